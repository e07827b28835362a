using TopUpBot.Domain.Operators;
using TopUpBot.Domain.Parsing;
using TopUpBot.Domain.Sims;

namespace TopUpBot.Features.Sims;

/// <summary>Turns SIMs and their outlook into the texts of the list, the card and the wizard summary.</summary>
internal sealed class SimViews(OperatorCatalog catalog)
{
    public string OperatorName(Texts.Texts t, string operatorId) =>
        catalog.Find(operatorId)?.Name(t.Language) ?? operatorId;

    /// <summary>The code that shows the balance, or the operator's app, or (for another operator) a plain "balance request".</summary>
    public string BalanceCode(Texts.Texts t, string operatorId) =>
        catalog.Find(operatorId) is { } info ? info.Ussd.Balance.Value ?? info.App.Value ?? t["Sims.BalanceRequest"] : t["Sims.BalanceRequest"];

    public string BalanceCode(Texts.Texts t, Sim sim) => BalanceCode(t, sim.OperatorId);

    public SimOutlook Outlook(Sim sim, DateOnly today) => DeadlineEngine.Compute(sim, sim.RulesFrom(catalog), today);

    public static string Masked(string number) =>
        RussianMobileNumber.Parse(number) is { IsSuccess: true } parsed ? parsed.Value.Masked : number;

    public string Title(Texts.Texts t, Sim sim) => sim.Label ?? OperatorName(t, sim.OperatorId);

    /// <summary>A line of the SIM list; <c>reminder</c> (HTML) says when the next reminder comes.</summary>
    public string ListLine(Texts.Texts t, Sim sim, SimOutlook outlook, string? reminder = null) =>
        t.Format("Sims.ListLine", new Texts.Html(t[$"Sims.Mark.{outlook.Status}"]), Title(t, sim), Masked(sim.Number), new Texts.Html(NextAction(t, sim, outlook) + (reminder is null ? string.Empty : " · " + reminder)));

    /// <summary>The SIM card; <c>reminder</c> (HTML) is a line on its reminders, under the next action.</summary>
    public string Card(Texts.Texts t, Sim sim, SimOutlook outlook, string? reminder = null) => t.Format(
        "Sims.Card",
        Title(t, sim),
        sim.Label is null ? string.Empty : " · " + OperatorName(t, sim.OperatorId), // an unnamed SIM's title is already its operator
        Masked(sim.Number),
        new Texts.Html(Balance(t, sim.Balance, sim.BalanceKnownOn)),
        new Texts.Html(Plan(t, sim.Plan)),
        new Texts.Html(Activity(t, sim.LastPaidActivity)),
        new Texts.Html(DateOrDash(t, outlook.BalanceRunsOutOn)),
        new Texts.Html(DateOrDash(t, outlook.InactivityFeeStartsOn)),
        new Texts.Html(DateOrDash(t, outlook.NumberAtRiskOn)),
        new Texts.Html(t[$"Sims.Mark.{outlook.Status}"]),
        new Texts.Html(NextAction(t, sim, outlook)),
        new Texts.Html(Reason(t, sim, outlook) + (reminder is null ? string.Empty : "\n" + reminder)),
        new Texts.Html(sim.CustomRules is null ? t.Format("Sims.Card.RulesChecked", catalog.CheckedOn) : t["Sims.Card.RulesYours"]),
        new Texts.Html(Details(t, sim)));

    /// <summary>The lines only some SIMs have: the user's own window, notes, and the rules the user entered.</summary>
    private string Details(Texts.Texts t, Sim sim)
    {
        var lines = new List<string>();
        if (sim.InactivityDaysOverride is { } window)
        {
            lines.Add(t.Format("Sims.Card.Override", new Texts.Html(Days(t, window)), new Texts.Html(Days(t, sim.RulesFrom(catalog).InactivityDays))));
        }

        if (sim.Notes is { } notes)
        {
            lines.Add(t.Format("Sims.Card.Notes", notes));
        }

        if (sim.CustomRules is { } rules)
        {
            // A paragraph of its own: four lines that belong together.
            lines.Add("\n" + t.Format(
                "Sims.Card.CustomRules",
                new Texts.Html(Days(t, rules.InactivityDays)),
                new Texts.Html(rules.InactivityFeePerDay is { } fee ? t.Format("Sims.Plan.Daily", new Texts.Html(t.Rubles(fee))) : t["Sims.Unknown"]),
                new Texts.Html(Days(t, rules.DaysAtZeroBeforeTermination)),
                new Texts.Html(t[$"Sims.TopUpCounts.{rules.TopUpCountsAsActivity}"])));
        }

        return string.Concat(lines.Select(line => "\n" + line));
    }

    public static string Days(Texts.Texts t, int? days) => days switch
    {
        null => t["Sims.Unknown"],
        1 => t.Format("Sims.Days.One", 1),
        { } d => t.Format("Sims.Days", d),
    };

    public static string NextAction(Texts.Texts t, Sim sim, SimOutlook outlook) => outlook.NextAction.Kind switch
    {
        NextActionKind.PaidAction => t.Format("Sims.Next.PaidAction", outlook.NextAction.DueOn!.Value),
        NextActionKind.TopUp => t.Format("Sims.Next.TopUp", new Texts.Html(t.Rubles(outlook.NextAction.MinimumTopUp ?? 0)), outlook.NextAction.DueOn!.Value),
        _ when outlook.Status == SimStatus.ProbablyLost => t["Sims.Next.ProbablyLost"],
        _ => t["Sims.Next.None"],
    };

    /// <summary>Why this action; for rules the user entered, the reason says so instead of blaming "Other operator".</summary>
    public string Reason(Texts.Texts t, Sim sim, SimOutlook outlook) => (outlook.NextAction.Reason, sim.CustomRules) switch
    {
        (ActionReason.TopUpDoesNotCountAsActivity, null) => "\n" + t.Format("Sims.Reason.TopUpDoesNotCount", OperatorName(t, sim.OperatorId)),
        (ActionReason.TopUpDoesNotCountAsActivity, _) => "\n" + t["Sims.Reason.YourRulesTopUpDoesNotCount"],
        (ActionReason.TopUpMayNotCountAsActivity, null) => "\n" + t.Format("Sims.Reason.TopUpMayNotCount", OperatorName(t, sim.OperatorId)),
        (ActionReason.TopUpMayNotCountAsActivity, _) => "\n" + t["Sims.Reason.YourRulesTopUpMayNotCount"],
        (ActionReason.RulesUnknown, null) => "\n" + t["Sims.Reason.RulesUnknown"],
        (ActionReason.RulesUnknown, _) => "\n" + t["Sims.Reason.YourRulesUnknown"],
        _ => string.Empty,
    };

    public static string Balance(Texts.Texts t, decimal? balance, DateOnly? knownOn) => balance switch
    {
        null => t["Sims.Unknown"],
        { } amount when knownOn is { } date => t.Format("Sims.BalanceAsOf", new Texts.Html(t.Rubles(amount)), date),
        { } amount => t.Rubles(amount),
    };

    public static string Plan(Texts.Texts t, SimPlan? plan) => plan switch
    {
        MonthlyPlan monthly => t.Format(monthly.ChargeDay > 28 ? "Sims.Plan.MonthlyLate" : "Sims.Plan.Monthly", new Texts.Html(t.Rubles(monthly.Fee)), monthly.ChargeDay),
        DailyPlan daily => t.Format("Sims.Plan.Daily", new Texts.Html(t.Rubles(daily.FeePerDay))),
        _ => t["Sims.Plan.None"],
    };

    /// <summary>
    /// The date and kind of the last paid activity. "Other" is also what the wizard and the reminder's button record
    /// when the user did not say which kind, so it shows the date alone rather than claim "other paid service".
    /// </summary>
    public static string Activity(Texts.Texts t, PaidActivity? activity) => activity switch
    {
        null => t["Sims.Unknown"],
        { Kind: ActivityKind.Other } => t.Date(activity.On),
        _ => t.Format("Sims.ActivityOn", activity.On, new Texts.Html(t[$"Sims.Kind.{activity.Kind}"])),
    };

    private static string DateOrDash(Texts.Texts t, DateOnly? date) => date is { } d ? t.Date(d) : t["Sims.Never"];
}
