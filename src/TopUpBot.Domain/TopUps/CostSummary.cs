using TopUpBot.Domain.Finance;

namespace TopUpBot.Domain.TopUps;

/// <summary>Top-ups of one calendar month: their RUB, the same in the user's home currency (null when one of them
/// cannot be converted), and how many there were.</summary>
public sealed record MonthTotal(int Year, int Month, decimal Rub, decimal? Home, int Count);

/// <summary>What keeping a number costs a month, over <paramref name="Months"/> calendar months.</summary>
public sealed record MonthlyAverage(decimal Rub, decimal? Home, int Months);

/// <summary>Totals and averages of top-ups, in RUB and in the user's home currency.</summary>
/// <remarks>
/// A top-up paid in the home currency counts as what was paid, since that is what it cost the user. Others are
/// converted from their RUB at <c>homeRate</c>, the latest official rate of the home currency.
/// </remarks>
public static class CostSummary
{
    /// <summary>Averages look back at most this many calendar months, the current one included.</summary>
    public const int WindowMonths = 12;

    /// <summary>What <paramref name="topUp"/> cost in <paramref name="home"/>; <paramref name="homeRate"/> (RUB per unit of it) is not needed for RUB.</summary>
    public static decimal? InHome(TopUp topUp, Currency home, ExchangeRate? homeRate)
    {
        ArgumentNullException.ThrowIfNull(topUp);
        ArgumentNullException.ThrowIfNull(home);
        if (topUp.Paid.Currency == home)
        {
            return topUp.Paid.Amount;
        }

        if (home == Currency.Rub)
        {
            return topUp.Rub;
        }

        return homeRate is not null && homeRate.Currency == home
            ? Math.Round(topUp.Rub / homeRate.RubPerUnit, 2, MidpointRounding.AwayFromZero)
            : null;
    }

    /// <summary>One total per month that has top-ups, newest month first.</summary>
    public static IReadOnlyList<MonthTotal> ByMonth(IEnumerable<TopUp> topUps, Currency home, ExchangeRate? homeRate) =>
        [.. topUps
            .GroupBy(t => (t.On.Year, t.On.Month))
            .OrderByDescending(g => g.Key)
            .Select(g => new MonthTotal(g.Key.Year, g.Key.Month, g.Sum(t => t.Rub), SumInHome(g, home, homeRate), g.Count()))];

    /// <summary>
    /// The top-ups of the last <see cref="WindowMonths"/> months divided by the months since the first of them (the
    /// current month counted whole); null when there is none in that window.
    /// </summary>
    public static MonthlyAverage? Average(IEnumerable<TopUp> topUps, DateOnly today, Currency home, ExchangeRate? homeRate)
    {
        var windowStart = new DateOnly(today.Year, today.Month, 1).AddMonths(1 - WindowMonths);
        var inWindow = topUps.Where(t => t.On >= windowStart && t.On <= today).ToList();
        if (inWindow.Count == 0)
        {
            return null;
        }

        var first = inWindow.Min(t => t.On);
        var months = ((today.Year - first.Year) * 12) + today.Month - first.Month + 1;
        var inHome = SumInHome(inWindow, home, homeRate);
        return new MonthlyAverage(
            Math.Round(inWindow.Sum(t => t.Rub) / months, 2, MidpointRounding.AwayFromZero),
            inHome is { } total ? Math.Round(total / months, 2, MidpointRounding.AwayFromZero) : null,
            months);
    }

    private static decimal? SumInHome(IEnumerable<TopUp> topUps, Currency home, ExchangeRate? homeRate)
    {
        var sum = 0m;
        foreach (var topUp in topUps)
        {
            if (InHome(topUp, home, homeRate) is not { } amount)
            {
                return null;
            }

            sum += amount;
        }

        return sum;
    }
}
