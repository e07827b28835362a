using TopUpBot.Domain.Operators;
using TopUpBot.Domain.Sims;

namespace TopUpBot.Domain.TopUps;

public enum BalanceEffect
{
    /// <summary>The RUB were added to the recorded balance.</summary>
    Added,

    /// <summary>The balance was recorded after the top-up day, so it already holds the money and stays as it is.</summary>
    AlreadyIncluded,

    /// <summary>No balance is recorded, so none can go up; the user should update it.</summary>
    Unknown,
}

public enum ClockEffect
{
    /// <summary>The operator counts a top-up as paid activity: the inactivity clock restarts from the top-up day.</summary>
    Reset,

    /// <summary>The operator counts top-ups, but a later paid activity is already recorded, which stays.</summary>
    AlreadyLater,

    /// <summary>The operator does not count a top-up alone: a paid call or SMS is still needed.</summary>
    NotCounted,

    /// <summary>Nobody has confirmed whether the operator counts a top-up, so the clock is left alone to be safe.</summary>
    MayNotCount,
}

/// <summary>The SIM with the top-up applied (not yet stored), and what happened to its balance and inactivity clock.</summary>
public sealed record TopUpEffect(Sim Sim, BalanceEffect Balance, ClockEffect Clock);

/// <summary>What a top-up does to a SIM's record.</summary>
public static class SimTopUp
{
    /// <remarks>
    /// The balance keeps its date: a balance known on an earlier day plus the money added later drains the same way
    /// as long as it stays above zero, and if it did reach zero in between the forecast errs early, which is safe.
    /// </remarks>
    public static TopUpEffect Apply(Sim sim, decimal rub, DateOnly on, TopUpCounts counts)
    {
        ArgumentNullException.ThrowIfNull(sim);
        var (balance, balanceEffect) = sim switch
        {
            { Balance: null } or { BalanceKnownOn: null } => (sim.Balance, BalanceEffect.Unknown),
            { BalanceKnownOn: { } knownOn } when on < knownOn => (sim.Balance, BalanceEffect.AlreadyIncluded),
            _ => (sim.Balance + rub, BalanceEffect.Added),
        };

        var (activity, clockEffect) = counts switch
        {
            TopUpCounts.Yes when sim.LastPaidActivity is { } last && last.On > on => (last, ClockEffect.AlreadyLater),
            TopUpCounts.Yes => (new PaidActivity(on, ActivityKind.TopUp), ClockEffect.Reset),
            TopUpCounts.No => (sim.LastPaidActivity, ClockEffect.NotCounted),
            _ => (sim.LastPaidActivity, ClockEffect.MayNotCount),
        };

        return new TopUpEffect(sim with { Balance = balance, LastPaidActivity = activity }, balanceEffect, clockEffect);
    }
}
