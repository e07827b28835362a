using TopUpBot.Domain.Operators;
using TopUpBot.Domain.Sims;
using static TopUpBot.Domain.Tests.Sims.TestSims;

namespace TopUpBot.Domain.Tests.Sims;

public class StatusTests
{
    [Theory]
    // Beeline, last call Jan 1: fee from Apr 1, paid action due Mar 31. Today counts as the first day,
    // so "within 3 days" is Mar 29..31 and "within 14 days" is Mar 18..31.
    [InlineData("2026-03-31", SimStatus.Urgent)]
    [InlineData("2026-03-29", SimStatus.Urgent)]
    [InlineData("2026-03-28", SimStatus.Soon)]
    [InlineData("2026-03-18", SimStatus.Soon)]
    [InlineData("2026-03-17", SimStatus.Ok)]
    [InlineData("2026-01-01", SimStatus.Ok)]
    [InlineData("2026-04-01", SimStatus.Overdue)]
    // The balance is unknown, so the number is never known to be at risk: overdue stays overdue.
    [InlineData("2027-01-01", SimStatus.Overdue)]
    public void Status_follows_the_days_left(string today, SimStatus expected)
    {
        Assert.Equal(expected, DeadlineEngine.Compute(Sim(activityOn: "2026-01-01"), Beeline, D(today)).Status);
    }

    [Theory]
    // 20 at 5 a day from Apr 1 runs out Apr 4; Beeline ends the contract 180 days later, on Oct 1.
    [InlineData("2026-09-30", SimStatus.Overdue)]
    [InlineData("2026-10-01", SimStatus.ProbablyLost)]
    [InlineData("2027-03-01", SimStatus.ProbablyLost)]
    public void Number_is_probably_lost_from_the_risk_day(string today, SimStatus expected)
    {
        var sim = Sim(balance: 20m, knownOn: "2026-01-01", activityOn: "2026-01-01");

        Assert.Equal(expected, DeadlineEngine.Compute(sim, Beeline, D(today)).Status);
    }

    [Fact]
    public void Zero_balance_at_an_operator_without_grace_is_lost_at_once()
    {
        // Yota ends the contract when the balance runs out (0 days at zero).
        var sim = Sim(balance: 0m, knownOn: "2026-03-01", activityOn: "2026-03-01");

        Assert.Equal(SimStatus.ProbablyLost, DeadlineEngine.Compute(sim, Yota, D("2026-03-01")).Status);
    }

    [Fact]
    public void Nothing_computable_is_unknown_not_ok()
    {
        var outlook = DeadlineEngine.Compute(Sim(activityOn: "2026-01-01"), OperatorRules.Unknown, D("2026-01-01"));

        Assert.Equal(SimStatus.Unknown, outlook.Status);
    }

    [Fact]
    public void Thresholds_are_three_and_fourteen_days()
    {
        Assert.Equal((3, 14), (DeadlineEngine.UrgentWithinDays, DeadlineEngine.SoonWithinDays));
    }
}
