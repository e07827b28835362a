using TopUpBot.Domain.Operators;
using TopUpBot.Domain.Sims;
using TopUpBot.Routing;

namespace TopUpBot.Features.Sims;

/// <summary>
/// What the add/edit wizard has collected so far. <see cref="EditingSimId"/> is set when an existing SIM is edited.
/// <see cref="CustomRules"/> is kept only for the "other" operator and <see cref="InactivityDaysOverride"/> only for
/// the others (see AddSimWizard.Apply), so switching the operator back and forth loses neither.
/// </summary>
internal sealed record SimDraft(
    string OperatorId,
    string? Number = null,
    string? Label = null,
    decimal? Balance = null,
    SimPlan? Plan = null,
    PaidActivity? LastPaidActivity = null,
    long? EditingSimId = null,
    int EditingRevision = 0,
    bool BackToSummary = false,
    OperatorRules? CustomRules = null,
    int? InactivityDaysOverride = null,
    string? Notes = null);

internal sealed record ChoosingOperator(SimDraft? Draft = null) : ConversationStep;

/// <summary>"Other" operator, rule 1 of 4: days without paid activity before the fee starts (or the number is at risk).</summary>
internal sealed record EnteringInactivityDays(SimDraft Draft) : ConversationStep;

/// <summary>"Other" operator, rule 2 of 4: the unused-number fee in RUB per day.</summary>
internal sealed record EnteringInactivityFee(SimDraft Draft) : ConversationStep;

/// <summary>"Other" operator, rule 3 of 4: days at a zero balance before the contract ends.</summary>
internal sealed record EnteringDaysAtZero(SimDraft Draft) : ConversationStep;

/// <summary>"Other" operator, rule 4 of 4: whether a top-up alone counts as paid activity.</summary>
internal sealed record ChoosingTopUpCounts(SimDraft Draft) : ConversationStep;

internal sealed record EnteringNumber(SimDraft Draft) : ConversationStep;

internal sealed record EnteringLabel(SimDraft Draft) : ConversationStep;

internal sealed record EnteringBalance(SimDraft Draft) : ConversationStep;

internal sealed record EnteringPlan(SimDraft Draft) : ConversationStep;

/// <summary>After a monthly fee of <paramref name="Fee"/> RUB: the day of the month it is charged.</summary>
internal sealed record EnteringChargeDay(SimDraft Draft, decimal Fee) : ConversationStep;

internal sealed record EnteringLastActivity(SimDraft Draft) : ConversationStep;

internal sealed record ConfirmingSim(SimDraft Draft) : ConversationStep;

/// <summary>"Edit a field": the user's own inactivity window for this SIM, instead of the operator's.</summary>
internal sealed record EnteringInactivityOverride(SimDraft Draft) : ConversationStep;

/// <summary>"Edit a field": free-text notes.</summary>
internal sealed record EnteringNotes(SimDraft Draft) : ConversationStep;

/// <summary>Waiting for the operator's balance text (or a plain amount) for an existing SIM.</summary>
internal sealed record EnteringBalanceText(long SimId) : ConversationStep;

/// <summary>Waiting for a typed date of a paid call, SMS or data use on an existing SIM.</summary>
internal sealed record EnteringActivityDate(long SimId, ActivityKind Kind) : ConversationStep;
