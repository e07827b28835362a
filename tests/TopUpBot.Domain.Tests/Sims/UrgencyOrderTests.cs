using TopUpBot.Domain.Sims;
using static TopUpBot.Domain.Tests.Sims.TestSims;

namespace TopUpBot.Domain.Tests.Sims;

public class UrgencyOrderTests
{
    private static SimOutlook Outlook(long id, SimStatus status, string? due, string? label = null, string number = "+79161234567") =>
        new(
            Sim(label: label, number: number, id: id),
            null,
            null,
            null,
            new NextAction(due is null ? NextActionKind.None : NextActionKind.PaidAction, MaybeD(due), null, ActionReason.RulesUnknown),
            status,
            null);

    [Fact]
    public void Overdue_urgent_soon_unknown_ok_then_probably_lost()
    {
        SimOutlook[] outlooks =
        [
            Outlook(1, SimStatus.Ok, "2026-05-01"),
            Outlook(2, SimStatus.ProbablyLost, "2026-01-01"),
            Outlook(3, SimStatus.Soon, "2026-03-10"),
            Outlook(4, SimStatus.Unknown, null),
            Outlook(5, SimStatus.Urgent, "2026-03-02"),
            Outlook(6, SimStatus.Overdue, "2026-02-01"),
        ];

        Assert.Equal([6, 5, 3, 4, 1, 2], outlooks.Order(SimOutlook.ByUrgency).Select(o => o.Sim.Id));
    }

    [Fact]
    public void Same_status_sorts_by_due_day_then_label_then_id()
    {
        SimOutlook[] outlooks =
        [
            Outlook(1, SimStatus.Soon, "2026-03-12", "a"),
            Outlook(2, SimStatus.Soon, "2026-03-10", "zeta"),
            Outlook(3, SimStatus.Soon, "2026-03-10", "Alpha"),
            Outlook(4, SimStatus.Soon, "2026-03-10", "alpha"),
        ];

        // Mar 10 before Mar 12; "Alpha" and "alpha" tie ignoring case, so the id decides.
        Assert.Equal([3, 4, 2, 1], outlooks.Order(SimOutlook.ByUrgency).Select(o => o.Sim.Id));
    }

    [Fact]
    public void A_sim_without_label_sorts_by_its_number()
    {
        SimOutlook[] outlooks =
        [
            Outlook(1, SimStatus.Ok, "2026-05-01", number: "+79162222222"),
            Outlook(2, SimStatus.Ok, "2026-05-01", number: "+79161111111"),
        ];

        Assert.Equal([2, 1], outlooks.Order(SimOutlook.ByUrgency).Select(o => o.Sim.Id));
    }

    [Fact]
    public void Engine_outlooks_sort_by_urgency()
    {
        var today = D("2026-03-30");
        Sim[] sims =
        [
            Sim(activityOn: "2026-03-01", id: 1),                                       // due May 29: Ok
            Sim(activityOn: "2026-01-01", id: 2),                                       // due Mar 31: Urgent
            Sim(activityOn: "2025-12-01", id: 3),                                       // due Feb 28: Overdue
            Sim(balance: 0m, knownOn: "2025-06-01", activityOn: "2025-06-01", id: 4),   // lost since Nov 28 2025
            Sim(activityOn: "2026-01-10", id: 5),                                       // due Apr 9: Soon
        ];

        var order = sims.Select(s => DeadlineEngine.Compute(s, Beeline, today)).Order(SimOutlook.ByUrgency);

        Assert.Equal([3, 2, 5, 1, 4], order.Select(o => o.Sim.Id));
    }
}
