namespace TopUpBot.Domain.Sims;

/// <summary>The deadlines of one SIM as of one day, from <see cref="DeadlineEngine.Compute"/>.</summary>
/// <param name="Sim">The SIM they were computed for.</param>
/// <param name="BalanceRunsOutOn">
/// First day the balance is zero or less if the user does nothing (plan plus inactivity fee);
/// null when the balance is unknown or nothing drains it within <see cref="DeadlineEngine.HorizonYears"/>.
/// </param>
/// <param name="InactivityFeeStartsOn">First day of the inactivity fee; null when the window or the last counted activity is unknown.</param>
/// <param name="NumberAtRiskOn">
/// The day the number may be lost if the user does nothing: <paramref name="BalanceRunsOutOn"/> plus the operator's days
/// at zero, or that day itself when those are unknown; null when the balance is not known to run out.
/// </param>
/// <param name="NextAction">What to do next and by when.</param>
/// <param name="Status">How urgent it is.</param>
/// <param name="DaysLeft">Days from today to <see cref="NextAction.DueOn"/>; negative when overdue, null when nothing is due.</param>
public sealed record SimOutlook(
    Sim Sim,
    DateOnly? BalanceRunsOutOn,
    DateOnly? InactivityFeeStartsOn,
    DateOnly? NumberAtRiskOn,
    NextAction NextAction,
    SimStatus Status,
    int? DaysLeft)
{
    /// <summary>
    /// Most urgent first: Overdue, Urgent, Soon, Unknown, Ok, then ProbablyLost (still listed, but nothing
    /// the user does on time can help it any more); ties by due day, then label (or number), then id.
    /// </summary>
    public static IComparer<SimOutlook> ByUrgency { get; } = new UrgencyComparer();

    private sealed class UrgencyComparer : IComparer<SimOutlook>
    {
        public int Compare(SimOutlook? x, SimOutlook? y)
        {
            if (ReferenceEquals(x, y))
            {
                return 0;
            }

            if (x is null || y is null)
            {
                return x is null ? -1 : 1;
            }

            var byStatus = Rank(x.Status).CompareTo(Rank(y.Status));
            if (byStatus != 0)
            {
                return byStatus;
            }

            var byDue = (x.NextAction.DueOn ?? DateOnly.MaxValue).CompareTo(y.NextAction.DueOn ?? DateOnly.MaxValue);
            if (byDue != 0)
            {
                return byDue;
            }

            var byName = StringComparer.InvariantCultureIgnoreCase.Compare(x.Sim.Label ?? x.Sim.Number, y.Sim.Label ?? y.Sim.Number);
            return byName != 0 ? byName : x.Sim.Id.CompareTo(y.Sim.Id);
        }

        private static int Rank(SimStatus status) => status switch
        {
            SimStatus.Overdue => 0,
            SimStatus.Urgent => 1,
            SimStatus.Soon => 2,
            SimStatus.Unknown => 3,
            SimStatus.Ok => 4,
            SimStatus.ProbablyLost => 5,
            _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown status."),
        };
    }
}
