namespace TopUpBot.Domain.Sims;

/// <summary>
/// What is charged on each day: the plan, plus the inactivity fee on the days from
/// <paramref name="FeeFrom"/> through <paramref name="FeeUntil"/>.
/// </summary>
internal readonly record struct Drain(SimPlan Plan, decimal Fee, DateOnly FeeFrom, DateOnly FeeUntil)
{
    /// <summary>First day the balance is zero or less, or null when that is after <paramref name="horizon"/>.</summary>
    /// <remarks>Days pass in stretches of a constant daily rate, so even a ten-year forecast takes few steps.</remarks>
    public DateOnly? RunsOutOn(decimal balance, DateOnly knownOn, DateOnly horizon)
    {
        if (balance <= 0m)
        {
            return knownOn;
        }

        var day = knownOn;
        while (day < horizon)
        {
            var next = Min(horizon, NextChangeAfter(day));
            var rate = DailyRateOn(day.AddDays(1));
            var quietDays = next.DayNumber - day.DayNumber - 1;
            if (rate > 0m)
            {
                var daysToZero = Math.Ceiling(balance / rate);
                if (daysToZero <= quietDays)
                {
                    return day.AddDays((int)daysToZero);
                }

                balance -= rate * quietDays;
            }

            day = next;
            balance -= DailyRateOn(day) + MonthlyChargeOn(day);
            if (balance <= 0m)
            {
                return day;
            }
        }

        return null;
    }

    /// <summary>Everything charged on the days after <paramref name="from"/> up to and including <paramref name="until"/>.</summary>
    public decimal CostBetween(DateOnly from, DateOnly until)
    {
        if (until <= from)
        {
            return 0m;
        }

        var cost = Plan is DailyPlan daily ? daily.FeePerDay * (until.DayNumber - from.DayNumber) : 0m;
        if (Plan is MonthlyPlan monthly)
        {
            for (var charge = NextCharge(from, monthly.ChargeDay); charge <= until; charge = NextCharge(charge, monthly.ChargeDay))
            {
                cost += monthly.Fee;
            }
        }

        var firstFeeDay = Max(FeeFrom, from.AddDays(1));
        var lastFeeDay = Min(FeeUntil, until);
        return lastFeeDay >= firstFeeDay ? cost + (Fee * (lastFeeDay.DayNumber - firstFeeDay.DayNumber + 1)) : cost;
    }

    private decimal DailyRateOn(DateOnly day) =>
        (Plan is DailyPlan daily ? daily.FeePerDay : 0m) + (FeeFrom <= day && day <= FeeUntil ? Fee : 0m);

    private decimal MonthlyChargeOn(DateOnly day) =>
        Plan is MonthlyPlan monthly && day == ChargeDayIn(day.Year, day.Month, monthly.ChargeDay) ? monthly.Fee : 0m;

    /// <summary>The first day after <paramref name="day"/> with a monthly charge or a different daily rate.</summary>
    private DateOnly NextChangeAfter(DateOnly day)
    {
        var next = Plan is MonthlyPlan monthly ? NextCharge(day, monthly.ChargeDay) : DateOnly.MaxValue;
        if (Fee > 0m && FeeFrom > day.AddDays(1))
        {
            next = Min(next, FeeFrom);
        }

        if (Fee > 0m && FeeUntil > day && FeeUntil < DateOnly.MaxValue)
        {
            next = Min(next, FeeUntil.AddDays(1));
        }

        return next;
    }

    /// <summary>The first charge day after <paramref name="after"/>.</summary>
    private static DateOnly NextCharge(DateOnly after, int chargeDay)
    {
        var charge = ChargeDayIn(after.Year, after.Month, chargeDay);
        if (charge > after)
        {
            return charge;
        }

        var nextMonth = after.AddMonths(1);
        return ChargeDayIn(nextMonth.Year, nextMonth.Month, chargeDay);
    }

    /// <summary>Charge day 31 falls on the 30th, 29th or 28th in shorter months.</summary>
    private static DateOnly ChargeDayIn(int year, int month, int chargeDay) =>
        new(year, month, Math.Clamp(chargeDay, 1, DateTime.DaysInMonth(year, month)));

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
