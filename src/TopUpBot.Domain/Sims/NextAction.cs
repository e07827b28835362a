namespace TopUpBot.Domain.Sims;

public enum NextActionKind
{
    /// <summary>Nothing can be scheduled; see <see cref="ActionReason.RulesUnknown"/>.</summary>
    None,

    /// <summary>An outgoing paid call or SMS (or paid data), which every operator counts as activity.</summary>
    PaidAction,

    /// <summary>Put at least <see cref="NextAction.MinimumTopUp"/> RUB on the number.</summary>
    TopUp,
}

public enum ActionReason
{
    /// <summary>The inactivity fee starts soon; a top-up counts as activity at this operator.</summary>
    InactivityFeeStarts,

    /// <summary>The inactivity fee starts soon, and this operator does not count a top-up as activity.</summary>
    TopUpDoesNotCountAsActivity,

    /// <summary>The inactivity fee starts soon, and nobody knows whether a top-up counts, so a paid action is safer.</summary>
    TopUpMayNotCountAsActivity,

    /// <summary>The balance reaches zero under the plan or the inactivity fee.</summary>
    BalanceRunsOut,

    /// <summary>No paid activity is recorded, so the inactivity fee may already run: act now and record it.</summary>
    NoPaidActivityKnown,

    /// <summary>The last recorded activity is a top-up that does not (or may not) count, so the clock was not reset.</summary>
    LastActivityWasTopUp,

    /// <summary>Neither an inactivity window nor a draining balance is known, so no date can be computed.</summary>
    RulesUnknown,
}

/// <summary>What the user should do next, and the last day to do it.</summary>
/// <param name="Kind">What to do.</param>
/// <param name="DueOn">
/// The last day on which acting still avoids the event: the day before the inactivity fee starts, or before the
/// balance hits zero (counting that the paid action is done on time, which stops the fee); today when the inactivity
/// clock cannot be read; null only for <see cref="NextActionKind.None"/>.
/// </param>
/// <param name="MinimumTopUp">RUB, for <see cref="NextActionKind.TopUp"/> only.</param>
/// <param name="Reason">Why this action, for the message to the user.</param>
public sealed record NextAction(NextActionKind Kind, DateOnly? DueOn, decimal? MinimumTopUp, ActionReason Reason);
