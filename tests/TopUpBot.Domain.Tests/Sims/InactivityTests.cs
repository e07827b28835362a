using TopUpBot.Domain.Operators;
using TopUpBot.Domain.Sims;
using static TopUpBot.Domain.Tests.Sims.TestSims;

namespace TopUpBot.Domain.Tests.Sims;

/// <summary>The day the inactivity fee starts: last counted paid activity + the window.</summary>
public class InactivityTests
{
    public static TheoryData<string, Sim, OperatorRules, string?> FeeStarts => new()
    {
        // Jan 1 + 90 days = Apr 1 (31 + 28 + 31 = 90).
        { "operator window", Sim(activityOn: "2026-01-01"), Beeline, "2026-04-01" },
        { "override wins", Sim(activityOn: "2026-01-01", overrideDays: 30), Beeline, "2026-01-31" },
        // Dec 31 2027 + 60 = Feb 29 2028 (31 days of January + 29).
        { "override into a leap day", Sim(activityOn: "2027-12-31", overrideDays: 60), Beeline, "2028-02-29" },
        { "override when the rules are unknown", Sim(activityOn: "2027-12-31", overrideDays: 60), OperatorRules.Unknown, "2028-02-29" },
        { "rules unknown", Sim(activityOn: "2026-01-01"), OperatorRules.Unknown, null },
        { "no activity recorded", Sim(), Beeline, null },
        { "top-up where it does not count", Sim(activityOn: "2026-01-01", kind: ActivityKind.TopUp), Beeline, null },
        { "top-up where nobody knows", Sim(activityOn: "2026-01-01", kind: ActivityKind.TopUp), Yota, null },
        // Jan 1 + 120 = May 1 (31 + 28 + 31 + 30 = 120).
        { "top-up where it counts", Sim(activityOn: "2026-01-01", kind: ActivityKind.TopUp), T2, "2026-05-01" },
        { "paid data counts everywhere", Sim(activityOn: "2026-01-01", kind: ActivityKind.Data), Yota, "2026-04-01" },
    };

    [Theory]
    [MemberData(nameof(FeeStarts))]
    public void Fee_starts_after_the_window(string what, Sim sim, OperatorRules rules, string? expected)
    {
        var outlook = DeadlineEngine.Compute(sim, rules, D("2026-01-01"));

        Assert.True(MaybeD(expected) == outlook.InactivityFeeStartsOn, $"{what}: expected {expected}, got {outlook.InactivityFeeStartsOn}");
    }
}
