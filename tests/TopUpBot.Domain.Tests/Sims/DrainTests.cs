using TopUpBot.Domain.Sims;

namespace TopUpBot.Domain.Tests.Sims;

/// <summary>
/// The forecast skips ahead in stretches of equal daily charges. Here it must agree with a plain
/// day-by-day walk, written independently, over many seeded random plans, fees and balances.
/// </summary>
public class DrainTests
{
    private static readonly DateOnly Start = new(2027, 12, 20);

    [Fact]
    public void Skipping_ahead_agrees_with_walking_day_by_day()
    {
        var random = new Random(20261125);
        for (var i = 0; i < 1000; i++)
        {
            SimPlan plan = random.Next(3) switch
            {
                0 => SimPlan.None,
                1 => new MonthlyPlan(random.Next(1, 400), random.Next(1, 32)),
                _ => new DailyPlan(random.Next(1, 300) / 100m),
            };
            var feeFrom = Start.AddDays(random.Next(-5, 120));
            var drain = new Drain(plan, random.Next(0, 3) * 2.5m, feeFrom, random.Next(4) == 0 ? DateOnly.MaxValue : feeFrom.AddDays(random.Next(-3, 60)));
            var balance = random.Next(-5, 600) + (random.Next(100) / 100m);
            var horizon = Start.AddDays(700);

            var walked = Walk(drain, balance, horizon);
            var skipped = drain.RunsOutOn(balance, Start, horizon);

            Assert.True(walked == skipped, $"{drain} from {balance}: walked {walked}, skipped {skipped}");
        }
    }

    [Fact]
    public void Cost_agrees_with_adding_up_each_day()
    {
        var random = new Random(7);
        for (var i = 0; i < 1000; i++)
        {
            SimPlan plan = random.Next(2) == 0 ? new MonthlyPlan(random.Next(1, 400), random.Next(1, 32)) : new DailyPlan(random.Next(1, 300) / 100m);
            var feeFrom = Start.AddDays(random.Next(-5, 60));
            var drain = new Drain(plan, 3m, feeFrom, feeFrom.AddDays(random.Next(-3, 60)));
            var until = Start.AddDays(random.Next(-2, 120));

            var added = 0m;
            for (var day = Start.AddDays(1); day <= until; day = day.AddDays(1))
            {
                added += ChargeOn(drain, day);
            }

            Assert.True(added == drain.CostBetween(Start, until), $"{drain} until {until}: added {added}, got {drain.CostBetween(Start, until)}");
        }
    }

    private static DateOnly? Walk(Drain drain, decimal balance, DateOnly horizon)
    {
        if (balance <= 0m)
        {
            return Start;
        }

        for (var day = Start.AddDays(1); day <= horizon; day = day.AddDays(1))
        {
            balance -= ChargeOn(drain, day);
            if (balance <= 0m)
            {
                return day;
            }
        }

        return null;
    }

    private static decimal ChargeOn(Drain drain, DateOnly day)
    {
        var charge = day >= drain.FeeFrom && day <= drain.FeeUntil ? drain.Fee : 0m;
        switch (drain.Plan)
        {
            case DailyPlan daily:
                charge += daily.FeePerDay;
                break;
            case MonthlyPlan monthly when day.Day == Math.Min(monthly.ChargeDay, DateTime.DaysInMonth(day.Year, day.Month)):
                charge += monthly.Fee;
                break;
        }

        return charge;
    }
}
