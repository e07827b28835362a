using TopUpBot.Domain.Operators;
using TopUpBot.Domain.TopUps;
using TopUpBot.Routing;

namespace TopUpBot.Features.TopUps;

/// <summary>
/// The Bank of Russia rate for the currency paid, as known when the amount was entered: RUB per unit, the day it was
/// set for, and whether it is an older rate kept because the latest refresh failed.
/// </summary>
internal sealed record OfficialQuote(decimal RubPerUnit, DateOnly On, bool Stale);

/// <summary>
/// What the top-up wizard has collected so far. <see cref="Currency"/> is the currency of a bare number until the
/// amount is entered, then the currency paid. <see cref="SimRevision"/> is the SIM as the user saw it.
/// </summary>
internal sealed record TopUpDraft(
    long SimId,
    int SimRevision,
    string Currency,
    decimal? Amount = null,
    OfficialQuote? Official = null,
    TopUpChannelKind? Channel = null,
    DateOnly? On = null,
    string? Note = null,
    ActualPayment? Actual = null,
    bool BackToSummary = false);

internal sealed record EnteringTopUpAmount(TopUpDraft Draft) : ConversationStep;

internal sealed record ChoosingTopUpChannel(TopUpDraft Draft) : ConversationStep;

internal sealed record ChoosingTopUpDate(TopUpDraft Draft) : ConversationStep;

internal sealed record EnteringTopUpNote(TopUpDraft Draft) : ConversationStep;

/// <summary>Asking what a foreign-currency payment really brought: the RUB credited, or the rate.</summary>
internal sealed record EnteringActualPayment(TopUpDraft Draft, ActualPaymentKind Mode) : ConversationStep;

internal sealed record ConfirmingTopUp(TopUpDraft Draft) : ConversationStep;

/// <summary>The list of fields to change, opened from the summary; Back returns to the summary.</summary>
internal sealed record ChoosingTopUpField(TopUpDraft Draft) : ConversationStep;
