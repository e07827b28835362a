using Telegram.Bot.Types.ReplyMarkups;
using TopUpBot.Domain.Operators;
using TopUpBot.Domain.Sims;
using TopUpBot.Features.Menu;
using TopUpBot.Features.Reminders;
using TopUpBot.Features.TopUps;
using static TopUpBot.Features.Menu.MenuKeyboards;

namespace TopUpBot.Features.Sims;

internal static class SimKeyboards
{
    /// <summary>Monthly plan fees offered as buttons; anything else can be typed.</summary>
    public static readonly int[] PlanPresets = [0, 100, 200, 300, 500, 700];

    /// <summary>Inactivity windows offered as buttons for another operator's rules; anything else can be typed.</summary>
    public static readonly int[] InactivityPresets = [60, 90, 120, 180];

    public static InlineKeyboardMarkup List(Texts.Texts t, IEnumerable<(Sim Sim, string Label)> sims) => new(
        sims.Select(s => new[] { Button(s.Label, new OpenSim(s.Sim.Id)) })
            .Append([Button(t["Sims.Button.Add"], new StartAddSim()), Button(t["Common.BackToMenu"], new OpenMenuPage(MenuPage.Main))]));

    /// <summary>The card's buttons; <c>muted</c> (the SIM's reminders are muted) adds the mute toggle.</summary>
    public static InlineKeyboardMarkup Card(Texts.Texts t, Sim sim, bool? muted = null) => new(
    [
        [Button(t["Sims.Button.RecordActivity"], new RecordActivity(sim.Id, sim.Revision, null, null))],
        [Button(t["Sims.Button.UpdateBalance"], new UpdateBalance(sim.Id)), Button(t["Sims.Button.TopUp"], new StartTopUp(sim.Id))],
        [Button(t["TopUps.Button.History"], new OpenHistory(sim.Id, 0)), Button(t["Guide.Button.HowToTopUp"], new Guide.OpenGuide(sim.OperatorId, null))],
        [Button(t["Sims.Button.Edit"], new EditSim(sim.Id, sim.Revision)), Button(t["Sims.Button.Delete"], new DeleteSim(sim.Id, sim.Revision, false))],
        .. muted is { } isMuted ? new[] { new[] { ReminderKeyboards.MuteToggle(t, sim.Id, isMuted) } } : [],
        [Button(t["Sims.Button.BackToList"], new ListSims())],
    ]);

    public static InlineKeyboardMarkup ActivityKinds(Texts.Texts t, Sim sim) => new(
    [
        [Kind(t, sim, ActivityKind.Call), Kind(t, sim, ActivityKind.Sms)],
        [Kind(t, sim, ActivityKind.Data), Kind(t, sim, ActivityKind.Other)],
        [Button(t["Common.Back"], new OpenSim(sim.Id))],
    ]);

    public static InlineKeyboardMarkup ActivityDays(Texts.Texts t, Sim sim, ActivityKind kind) => new(
    [
        [Day(t, "Sims.Button.Today", sim, kind, 0), Day(t, "Sims.Button.Yesterday", sim, kind, 1)],
        [Day(t, "Sims.Button.OtherDate", sim, kind, -1)],
        [Button(t["Common.Back"], new RecordActivity(sim.Id, sim.Revision, null, null))],
    ]);

    public static InlineKeyboardMarkup ConfirmBalance(Texts.Texts t, Sim sim, decimal amount) => new(
    [
        [Button(t["Sims.Button.Apply"], new ApplyBalance(sim.Id, sim.Revision, amount)), Button(t["Common.Cancel"], new OpenSim(sim.Id))],
    ]);

    public static InlineKeyboardMarkup BackToCard(Texts.Texts t, long simId) => new([[Button(t["Common.Back"], new OpenSim(simId))]]);

    public static InlineKeyboardMarkup ConfirmDelete(Texts.Texts t, Sim sim) => new(
    [
        [Button(t["Sims.Button.ConfirmDelete"], new DeleteSim(sim.Id, sim.Revision, true)), Button(t["Common.Cancel"], new OpenSim(sim.Id))],
    ]);

    public static InlineKeyboardMarkup Operators(Texts.Texts t, OperatorCatalog catalog) => new(
        catalog.All
            .Select(o => Button(o.Name(t.Language), new PickOperator(o.Id)))
            .Chunk(2)
            .Append([Button(t["Common.Cancel"], new WizardButton(WizardAction.Cancel, 0))]));

    public static InlineKeyboardMarkup WizardStep(Texts.Texts t, params InlineKeyboardButton[][] extra) => new(
        extra.Append([Wizard(t["Common.Back"], WizardAction.Back), Wizard(t["Common.Cancel"], WizardAction.Cancel)]));

    public static InlineKeyboardMarkup Plans(Texts.Texts t) => WizardStep(
        t,
        [.. PlanPresets.Take(3).Select(fee => PlanButton(t, fee))],
        [.. PlanPresets.Skip(3).Select(fee => PlanButton(t, fee))]);

    public static InlineKeyboardMarkup ActivityPresets(Texts.Texts t) => WizardStep(
        t,
        [Wizard(t["Sims.Button.Today"], WizardAction.DaysAgo, 0), Wizard(t["Sims.Button.Yesterday"], WizardAction.DaysAgo, 1), Wizard(t["Sims.Button.WeekAgo"], WizardAction.DaysAgo, 7)]);

    public static InlineKeyboardMarkup InactivityWindows(Texts.Texts t) => WizardStep(
        t,
        [.. InactivityPresets.Select(days => Wizard(t.Format("Sims.Button.Days", days), WizardAction.InactivityDays, days))],
        [DontKnow(t)]);

    public static InlineKeyboardMarkup TopUpRule(Texts.Texts t) => WizardStep(
        t,
        [
            Wizard(t["Sims.Button.Yes"], WizardAction.TopUpCounts, (int)TopUpCounts.Yes),
            Wizard(t["Sims.Button.No"], WizardAction.TopUpCounts, (int)TopUpCounts.No),
            Wizard(t["Sims.Button.DontKnow"], WizardAction.TopUpCounts, (int)TopUpCounts.Unknown),
        ]);

    /// <summary>Today's day of the month, the 1st and the 15th; any other day can be typed.</summary>
    public static InlineKeyboardMarkup ChargeDays(Texts.Texts t, int today) => WizardStep(
        t,
        [.. new[] { today, 1, 15 }.Distinct().Select(day => Wizard(t.Format(day == today ? "Sims.Button.ChargeDayToday" : "Sims.Button.ChargeDay", day), WizardAction.ChargeDay, day))]);

    public static InlineKeyboardButton DontKnow(Texts.Texts t) => Wizard(t["Sims.Button.DontKnow"], WizardAction.DontKnow);

    public static InlineKeyboardMarkup Summary(Texts.Texts t) => new(
    [
        [Wizard(t["Sims.Button.Save"], WizardAction.Save)],
        [Wizard(t["Sims.Button.EditField"], WizardAction.ChooseField), Wizard(t["Common.Cancel"], WizardAction.Cancel)],
        [Wizard(t["Common.Back"], WizardAction.Back)],
    ]);

    public static InlineKeyboardMarkup Fields(Texts.Texts t, IEnumerable<SimField> fields) => new(
        fields.Select(f => Wizard(t[$"Sims.Field.{f}"], WizardAction.EditField, (int)f)).Chunk(2)
            .Append([Wizard(t["Common.Back"], WizardAction.Summary), Wizard(t["Common.Cancel"], WizardAction.Cancel)]));

    public static InlineKeyboardButton Wizard(string label, WizardAction action, int value = 0) =>
        Button(label, new WizardButton(action, value));

    private static InlineKeyboardButton PlanButton(Texts.Texts t, int fee) =>
        Wizard(fee == 0 ? t["Sims.Button.NoFee"] : t.Rubles(fee), WizardAction.Plan, fee);

    private static InlineKeyboardButton Kind(Texts.Texts t, Sim sim, ActivityKind kind) =>
        Button(t[$"Sims.Kind.{kind}"], new RecordActivity(sim.Id, sim.Revision, kind, null));

    private static InlineKeyboardButton Day(Texts.Texts t, string key, Sim sim, ActivityKind kind, int daysAgo) =>
        Button(t[key], new RecordActivity(sim.Id, sim.Revision, kind, daysAgo));
}
