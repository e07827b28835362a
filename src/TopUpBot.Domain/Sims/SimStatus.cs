namespace TopUpBot.Domain.Sims;

/// <summary>How urgent a SIM is; thresholds are in <see cref="DeadlineEngine"/>.</summary>
public enum SimStatus
{
    /// <summary>The next action is due in <see cref="DeadlineEngine.SoonWithinDays"/> days or later.</summary>
    Ok,

    /// <summary>Due within <see cref="DeadlineEngine.SoonWithinDays"/> days, today counted as the first.</summary>
    Soon,

    /// <summary>Due within <see cref="DeadlineEngine.UrgentWithinDays"/> days, today counted as the first.</summary>
    Urgent,

    /// <summary>The due day has passed, but the number is not yet at risk of being lost.</summary>
    Overdue,

    /// <summary>On or after <see cref="SimOutlook.NumberAtRiskOn"/>: the number may be gone.</summary>
    ProbablyLost,

    /// <summary>No date can be computed (<see cref="ActionReason.RulesUnknown"/>); the user should enter the rules.</summary>
    Unknown,
}
