using System.Text.Json.Serialization;

namespace TopUpBot.Domain.Sims;

/// <summary>What the tariff charges regularly. The set of plans is closed: <see cref="NoPlan"/>, <see cref="MonthlyPlan"/>, <see cref="DailyPlan"/>.</summary>
/// <remarks>The type names let a half-finished dialog that holds a plan be stored as JSON.</remarks>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(NoPlan), "none")]
[JsonDerivedType(typeof(MonthlyPlan), "monthly")]
[JsonDerivedType(typeof(DailyPlan), "daily")]
public abstract record SimPlan
{
    private protected SimPlan()
    {
    }

    public static SimPlan None { get; } = new NoPlan();
}

/// <summary>No regular fee: only what the user spends (and any inactivity fee) drains the balance.</summary>
public sealed record NoPlan : SimPlan;

/// <summary>
/// <paramref name="Fee"/> RUB charged once a month on <paramref name="ChargeDay"/> (1–31);
/// in shorter months, on the last day of the month.
/// </summary>
public sealed record MonthlyPlan(decimal Fee, int ChargeDay) : SimPlan;

/// <summary><paramref name="FeePerDay"/> RUB charged every day.</summary>
public sealed record DailyPlan(decimal FeePerDay) : SimPlan;
