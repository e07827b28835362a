using Telegram.Bot.Types.ReplyMarkups;
using TopUpBot.Domain.Finance;
using TopUpBot.Domain.Operators;
using TopUpBot.Domain.Sims;
using TopUpBot.Domain.TopUps;
using TopUpBot.Features.Menu;
using TopUpBot.Features.Sims;
using static TopUpBot.Features.Menu.MenuKeyboards;

namespace TopUpBot.Features.TopUps;

internal static class TopUpKeyboards
{
    /// <summary>Offered as buttons for a bare number; any other currency the Bank of Russia lists can be typed.</summary>
    public static readonly Currency[] PresetCurrencies = [Currency.Rub, Currency.Cny, Currency.Usd];

    /// <summary>The channels a user can pick, in the order shown.</summary>
    public static readonly TopUpChannelKind[] Channels =
    [
        TopUpChannelKind.ThirdPartyPlatform, TopUpChannelKind.BankApp,
        TopUpChannelKind.OfficialWebsite, TopUpChannelKind.OperatorApp,
        TopUpChannelKind.Terminal, TopUpChannelKind.OperatorStore,
        TopUpChannelKind.Other,
    ];

    public static InlineKeyboardMarkup ChooseSim(Texts.Texts t, IEnumerable<(Sim Sim, string Label)> sims) => new(
        sims.Select(s => new[] { Button(s.Label, new StartTopUp(s.Sim.Id)) })
            .Append([Button(t["Common.BackToMenu"], new OpenMenuPage(MenuPage.Main))]));

    public static InlineKeyboardMarkup NoSims(Texts.Texts t) => new(
    [
        [Button(t["Sims.Button.Add"], new StartAddSim())],
        [Button(t["Common.BackToMenu"], new OpenMenuPage(MenuPage.Main))],
    ]);

    public static InlineKeyboardMarkup Amount(Texts.Texts t, string selected) => Step(
        t,
        [.. PresetCurrencies.Select((c, i) => Wizard(c.Code == selected ? "✓ " + c.Code : c.Code, TopUpAction.Currency, i))]);

    public static InlineKeyboardMarkup Channel(Texts.Texts t) => Step(
        t,
        [.. Channels.Select(c => Wizard(t[$"TopUps.Channel.{c}"], TopUpAction.Channel, (int)c)).Chunk(2)]);

    public static InlineKeyboardMarkup Date(Texts.Texts t) => Step(
        t,
        [Wizard(t["TopUps.Button.Today"], TopUpAction.DaysAgo, 0), Wizard(t["TopUps.Button.Yesterday"], TopUpAction.DaysAgo, 1)]);

    public static InlineKeyboardMarkup Note(Texts.Texts t) => Step(t, [Wizard(t["TopUps.Button.Skip"], TopUpAction.SkipNote)]);

    /// <summary>Switch to the other way of saying what was got; skipping only when an official rate can convert instead.</summary>
    public static InlineKeyboardMarkup Actual(Texts.Texts t, ActualPaymentKind mode, bool canSkip)
    {
        var other = mode == ActualPaymentKind.CreditedRub ? ActualPaymentKind.RubPerUnit : ActualPaymentKind.CreditedRub;
        InlineKeyboardButton[] switchMode = [Wizard(t[$"TopUps.Button.Type{other}"], TopUpAction.ActualMode, (int)other)];
        return canSkip
            ? Step(t, switchMode, [Wizard(t["TopUps.Button.UseOfficial"], TopUpAction.SkipActual)])
            : Step(t, switchMode);
    }

    public static InlineKeyboardMarkup Summary(Texts.Texts t) => new(
    [
        [Wizard(t["TopUps.Button.Save"], TopUpAction.Save)],
        [Wizard(t["TopUps.Button.Edit"], TopUpAction.ChooseField), Wizard(t["Common.Cancel"], TopUpAction.Cancel)],
        [Wizard(t["Common.Back"], TopUpAction.Back)],
    ]);

    public static InlineKeyboardMarkup Fields(Texts.Texts t, bool foreign) => Step(
        t,
        [.. Enum.GetValues<TopUpField>()
            .Where(f => foreign || f != TopUpField.Actual)
            .Select(f => Wizard(t[$"TopUps.Field.{f}"], TopUpAction.EditField, (int)f))
            .Chunk(2)]);

    public static InlineKeyboardMarkup Saved(Texts.Texts t, long simId) => new(
    [
        [Button(t["TopUps.Button.OpenSim"], new OpenSim(simId)), Button(t["TopUps.Button.History"], new OpenHistory(simId, 0))],
        [Button(t["Common.BackToMenu"], new OpenMenuPage(MenuPage.Main))],
    ]);

    private static InlineKeyboardMarkup Step(Texts.Texts t, params InlineKeyboardButton[][] extra) => new(
        extra.Append([Wizard(t["Common.Back"], TopUpAction.Back), Wizard(t["Common.Cancel"], TopUpAction.Cancel)]));

    private static InlineKeyboardButton Wizard(string label, TopUpAction action, int value = 0) =>
        Button(label, new TopUpButton(action, value));
}
