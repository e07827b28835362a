using TopUpBot.Domain.Sims;
using TopUpBot.Routing;

namespace TopUpBot.Features.Sims;

/// <summary>What the add/edit wizard has collected so far. <see cref="EditingSimId"/> is set when an existing SIM is edited.</summary>
internal sealed record SimDraft(
    string OperatorId,
    string? Number = null,
    string? Label = null,
    decimal? Balance = null,
    SimPlan? Plan = null,
    PaidActivity? LastPaidActivity = null,
    long? EditingSimId = null,
    int EditingRevision = 0,
    bool BackToSummary = false);

internal sealed record ChoosingOperator(SimDraft? Draft = null) : ConversationStep;

internal sealed record EnteringNumber(SimDraft Draft) : ConversationStep;

internal sealed record EnteringLabel(SimDraft Draft) : ConversationStep;

internal sealed record EnteringBalance(SimDraft Draft) : ConversationStep;

internal sealed record EnteringPlan(SimDraft Draft) : ConversationStep;

internal sealed record EnteringLastActivity(SimDraft Draft) : ConversationStep;

internal sealed record ConfirmingSim(SimDraft Draft) : ConversationStep;

/// <summary>Waiting for the operator's balance text (or a plain amount) for an existing SIM.</summary>
internal sealed record EnteringBalanceText(long SimId) : ConversationStep;

/// <summary>Waiting for a typed date of a paid call, SMS or data use on an existing SIM.</summary>
internal sealed record EnteringActivityDate(long SimId, ActivityKind Kind) : ConversationStep;
