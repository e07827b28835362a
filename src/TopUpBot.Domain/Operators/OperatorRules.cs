namespace TopUpBot.Domain.Operators;

/// <summary>
/// The numbers the deadline engine needs, without their sources. Null means unknown.
/// Comes from the catalog, or from the user for an operator the catalog does not know.
/// </summary>
/// <param name="InactivityDays">Days without paid activity before the daily fee for keeping the number starts.</param>
/// <param name="InactivityFeePerDay">That fee, in RUB per day.</param>
/// <param name="DaysAtZeroBeforeTermination">Days at a zero or negative balance after which the contract ends.</param>
/// <param name="TopUpCountsAsActivity">Whether a top-up alone resets the inactivity clock.</param>
public sealed record OperatorRules(
    int? InactivityDays,
    decimal? InactivityFeePerDay,
    int? DaysAtZeroBeforeTermination,
    TopUpCounts TopUpCountsAsActivity)
{
    /// <summary>Longest sane inactivity or termination window; operators use 45 to 270 days.</summary>
    public const int MaxDays = 730;

    /// <summary>Highest sane inactivity fee; the highest known one is Yota's 150 RUB per day.</summary>
    public const decimal MaxFeePerDay = 1000m;

    public static OperatorRules Unknown { get; } = new(null, null, null, TopUpCounts.Unknown);
}
