using TopUpBot.Domain.Sims;

namespace TopUpBot.Domain.TopUps;

public sealed record BalancePoint(DateOnly On, decimal Rub);

/// <summary>The balances a user recorded for one SIM, as points for a chart. Nothing is forecast between them.</summary>
public static class BalanceHistory
{
    /// <summary>
    /// For each top-up that raised the balance, the balance before and after it on its day; then the SIM's current
    /// balance, when it was recorded after the last of them. Oldest first, none before <paramref name="from"/>.
    /// </summary>
    public static IReadOnlyList<BalancePoint> Of(Sim sim, IEnumerable<TopUp> topUps, DateOnly from)
    {
        ArgumentNullException.ThrowIfNull(sim);
        var points = topUps
            .Where(t => t.SimId == sim.Id && t.BalanceAfter is not null)
            .OrderBy(t => t.On).ThenBy(t => t.CreatedAt)
            .SelectMany(t => new[] { new BalancePoint(t.On, t.BalanceAfter!.Value - t.Rub), new BalancePoint(t.On, t.BalanceAfter.Value) })
            .ToList();
        if (sim is { Balance: { } balance, BalanceKnownOn: { } knownOn } && (points.Count == 0 || knownOn > points[^1].On))
        {
            points.Add(new BalancePoint(knownOn, balance));
        }

        return [.. points.Where(p => p.On >= from)];
    }
}
