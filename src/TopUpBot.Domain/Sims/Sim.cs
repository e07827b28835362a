using TopUpBot.Domain.Operators;

namespace TopUpBot.Domain.Sims;

/// <summary>
/// One SIM card a user keeps alive. Immutable: change it with <c>with</c>, then <see cref="Bumped"/>.
/// Check user input with <see cref="SimLimits"/> before storing it.
/// </summary>
public sealed record Sim
{
    public required long Id { get; init; }

    /// <summary>Telegram user id of the owner.</summary>
    public required long OwnerId { get; init; }

    /// <summary>One of <see cref="OperatorIds"/>.</summary>
    public required string OperatorId { get; init; }

    /// <summary>E.164, e.g. +79161234567.</summary>
    public required string Number { get; init; }

    public string? Label { get; init; }

    /// <summary>
    /// RUB, null when unknown; it is the balance at the end of <see cref="BalanceKnownOn"/>, after that day's
    /// charges. The deadline engine uses it only when both are set.
    /// </summary>
    public decimal? Balance { get; init; }

    public DateOnly? BalanceKnownOn { get; init; }

    public SimPlan Plan { get; init; } = SimPlan.None;

    /// <summary>
    /// The latest paid action the user made. Record a top-up here only where the operator counts top-ups:
    /// elsewhere it would hide the date of the last paid call or SMS, and the engine then asks for a new one.
    /// </summary>
    public PaidActivity? LastPaidActivity { get; init; }

    /// <summary>The user's own inactivity window (e.g. from their tariff); wins over the operator's.</summary>
    public int? InactivityDaysOverride { get; init; }

    /// <summary>Rules the user entered; replace the catalog's. Needed for <see cref="OperatorIds.Other"/>.</summary>
    public OperatorRules? CustomRules { get; init; }

    public string? Notes { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required DateTimeOffset UpdatedAt { get; init; }

    /// <summary>Bumped on every change, so a button made for an older revision is recognised as stale.</summary>
    public int Revision { get; init; }

    /// <summary>This SIM after a change made at <paramref name="now"/>.</summary>
    public Sim Bumped(DateTimeOffset now) => this with { Revision = Revision + 1, UpdatedAt = now };

    /// <summary>
    /// The rules the deadline engine should use: the user's own, else the catalog's, else unknown
    /// (an operator id missing from the catalog must not stop the reminders of the user's other SIMs).
    /// </summary>
    public OperatorRules RulesFrom(OperatorCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return CustomRules ?? catalog.Find(OperatorId)?.Rules ?? OperatorRules.Unknown;
    }
}
