using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using Telegram.Bot.Types.ReplyMarkups;
using TopUpBot.Bot;
using TopUpBot.Domain.Finance;
using TopUpBot.Domain.Operators;
using TopUpBot.Domain.Parsing;
using TopUpBot.Domain.Sims;
using TopUpBot.Features.Menu;
using TopUpBot.Routing;

namespace TopUpBot.Features.Sims;

/// <summary>
/// The "Add SIM" wizard (also used to edit one field of a SIM): operator (→ its rules, for "other") → number → label →
/// balance → plan (→ charge day, for a monthly fee) → last paid activity → summary with Save, Edit a field and Cancel.
/// Every step has Back and Cancel, and bad input gets an explanation with an example while the step stays.
/// </summary>
/// <remarks>
/// The per-SIM inactivity window and the notes are only offered under "Edit a field": few users need them, and every
/// extra question in the first run makes it likelier that someone gives up before the SIM is saved.
/// </remarks>
internal sealed partial class AddSimWizard(ISimStore sims, SimsFeature simsFeature, SimViews views, OperatorCatalog catalog, ILogger<AddSimWizard> logger) : IFeature
{
    public void Map(RouteBuilder routes) => routes
        .Command("add", Start, "Commands.Add")
        .Callback<StartAddSim>((context, _) => Start(context))
        .Callback<PickOperator>(PickOperator)
        .Callback<WizardButton>(Press)
        .Callback<EditSim>(EditExisting)
        .Step<ChoosingOperator>("sims.add.operator", (_, _) => Task.FromResult(false), (context, _) => context.Send(context.T["Sims.Add.UseOperatorButtons"]))
        .TextStep<EnteringInactivityDays>("sims.add.rules.days", ReadInactivityDays, Otherwise)
        .TextStep<EnteringInactivityFee>("sims.add.rules.fee", ReadInactivityFee, Otherwise)
        .TextStep<EnteringDaysAtZero>("sims.add.rules.zero", ReadDaysAtZero, Otherwise)
        .Step<ChoosingTopUpCounts>("sims.add.rules.topup", (_, _) => Task.FromResult(false), (context, step) => context.Send(context.T["Sims.Rules.UseTopUpButtons"], Keyboard(context, step)))
        .TextStep<EnteringNumber>("sims.add.number", ReadNumber, Otherwise)
        .TextStep<EnteringLabel>("sims.add.label", ReadLabel, Otherwise)
        .TextStep<EnteringBalance>("sims.add.balance", ReadBalance, Otherwise)
        .TextStep<EnteringPlan>("sims.add.plan", ReadPlan, Otherwise)
        .TextStep<EnteringChargeDay>("sims.add.charge-day", ReadChargeDay, Otherwise)
        .TextStep<EnteringLastActivity>("sims.add.activity", ReadActivity, Otherwise)
        .Step<ConfirmingSim>("sims.add.confirm", (_, _) => Task.FromResult(false), (context, _) => context.Send(context.T["Sims.Add.UseSummaryButtons"]))
        .TextStep<EnteringInactivityOverride>("sims.edit.window", ReadInactivityOverride, Otherwise)
        .TextStep<EnteringNotes>("sims.edit.notes", ReadNotes, Otherwise);

    private async Task Start(BotContext context)
    {
        var owned = await sims.ListOwnedBy(context.UserId, context.Cancellation);
        if (SimLimits.CheckCanAdd(owned.Count) != SimError.None)
        {
            context.EndConversation();
            await context.Show(context.T.Format("Sims.Add.Limit", SimLimits.MaxSimsPerUser), MenuKeyboards.BackToMenu(context.T));
            return;
        }

        await Enter(context, new ChoosingOperator());
    }

    private async Task PickOperator(BotContext context, PickOperator pick)
    {
        if (context.Step is not ChoosingOperator step || catalog.Find(pick.OperatorId) is null)
        {
            await WizardOutdated(context);
            return;
        }

        var draft = step.Draft is null ? new SimDraft(pick.OperatorId) : step.Draft with { OperatorId = pick.OperatorId };
        if (pick.OperatorId == OperatorIds.Other)
        {
            // The catalog knows nothing about this operator, so its rules come from the user, four short questions.
            await Enter(context, new EnteringInactivityDays(draft with { CustomRules = draft.CustomRules ?? OperatorRules.Unknown }));
            return;
        }

        await Enter(context, Next(draft, new EnteringNumber(draft)));
    }

    private async Task ReadNumber(BotContext context, EnteringNumber step, string text)
    {
        var parsed = RussianMobileNumber.Parse(text);
        if (!parsed.IsSuccess)
        {
            await context.Send(context.T[$"Sims.Number.{parsed.Error}"], Keyboard(context, step));
            return;
        }

        var owned = await sims.ListOwnedBy(context.UserId, context.Cancellation);
        if (owned.FirstOrDefault(s => s.Number == parsed.Value.E164 && s.Id != step.Draft.EditingSimId) is { } existing)
        {
            await context.Send(
                context.T.Format("Sims.Add.Duplicate", views.Title(context.T, existing)),
                new InlineKeyboardMarkup([[MenuKeyboards.Button(context.T["Sims.Button.OpenExisting"], new OpenSim(existing.Id))], .. Keyboard(context, step).InlineKeyboard]));
            return;
        }

        var draft = step.Draft with { Number = parsed.Value.E164 };
        await Enter(context, Next(draft, new EnteringLabel(draft)));
    }

    private async Task ReadLabel(BotContext context, EnteringLabel step, string text)
    {
        var label = text.Trim();
        if (label.Length > SimLimits.MaxLabelLength)
        {
            await context.Send(context.T.Format("Sims.Label.TooLong", label.Length, SimLimits.MaxLabelLength), Keyboard(context, step));
            return;
        }

        var draft = step.Draft with { Label = label };
        await Enter(context, Next(draft, new EnteringBalance(draft)));
    }

    private async Task ReadBalance(BotContext context, EnteringBalance step, string text)
    {
        if (SimsFeature.ParseBalance(text) is not { } amount)
        {
            await context.Send(context.T.Format("Sims.Balance.Unreadable", views.BalanceCode(context.T, step.Draft.OperatorId)), Keyboard(context, step));
            return;
        }

        if (SimLimits.CheckBalance(amount) != SimError.None)
        {
            await context.Send(context.T["Sims.Balance.OutOfRange"], Keyboard(context, step));
            return;
        }

        var draft = step.Draft with { Balance = amount };
        await Enter(context, Next(draft, new EnteringPlan(draft)));
    }

    private async Task ReadPlan(BotContext context, EnteringPlan step, string text)
    {
        var daily = DailyFee().Match(text.Trim());
        var parsed = AmountParser.Parse(daily.Success ? daily.Groups["amount"].Value : text);
        if (!parsed.IsSuccess && parsed.Error == AmountParseError.ZeroOrNegative && !daily.Success)
        {
            await SetPlan(context, step.Draft, new NoPlan());
            return;
        }

        if (!parsed.IsSuccess || parsed.Value.Currency is not (null or { Code: "RUB" }) || parsed.Value.Amount > (daily.Success ? SimLimits.MaxDailyFee : SimLimits.MaxMonthlyFee))
        {
            await context.Send(context.T["Sims.Plan.Invalid"], Keyboard(context, step));
            return;
        }

        if (daily.Success)
        {
            await SetPlan(context, step.Draft, new DailyPlan(parsed.Value.Amount));
            return;
        }

        await Enter(context, new EnteringChargeDay(step.Draft, parsed.Value.Amount));
    }

    private Task SetPlan(BotContext context, SimDraft draft, SimPlan plan)
    {
        var next = draft with { Plan = plan };
        return Enter(context, Next(next, new EnteringLastActivity(next)));
    }

    private async Task ReadActivity(BotContext context, EnteringLastActivity step, string text)
    {
        if (await PastDateInput.Read(context, text, context.Today.AddDays(-3), Keyboard(context, step)) is { } on)
        {
            await SetActivity(context, step.Draft, on);
        }
    }

    private Task SetActivity(BotContext context, SimDraft draft, DateOnly on)
    {
        var next = draft with { LastPaidActivity = new PaidActivity(on, ActivityKind.Other), BackToSummary = true };
        return Enter(context, new ConfirmingSim(next));
    }

    private async Task Press(BotContext context, WizardButton button)
    {
        switch (button.Action, context.Step)
        {
            case (WizardAction.Cancel, { } step) when Draft(step) is { EditingSimId: { } editing }:
                // Cancelling the edit of an existing SIM leads back to its card, where the edit began.
                context.EndConversation();
                await context.Answer(context.T["Sims.Add.Cancelled"]);
                if (await simsFeature.FindOwned(context, editing) is { } kept)
                {
                    await simsFeature.ShowCard(context, kept);
                }

                break;
            case (WizardAction.Cancel, _):
                context.EndConversation();
                await context.Answer(context.T["Sims.Add.Cancelled"]);
                await MenuFeature.ShowMainMenu(context);
                break;
            case (WizardAction.Back, { } step) when Previous(step) is { } previous:
                await Enter(context, previous);
                break;
            case (WizardAction.Back, ConfirmingSim { Draft.EditingSimId: { } editing }):
                // Leaving the edit of an existing SIM without saving: back to its card.
                if (await simsFeature.FindOwned(context, editing) is { } unchanged)
                {
                    context.EndConversation();
                    await simsFeature.ShowCard(context, unchanged);
                }

                break;
            case (WizardAction.Back, ChoosingOperator):
                context.EndConversation();
                await MenuFeature.ShowMainMenu(context);
                break;
            case (WizardAction.SkipLabel, EnteringLabel step):
                var withoutLabel = step.Draft with { Label = null };
                await Enter(context, Next(withoutLabel, new EnteringBalance(withoutLabel)));
                break;
            case (WizardAction.UnknownBalance, EnteringBalance step):
                var withoutBalance = step.Draft with { Balance = null };
                await Enter(context, Next(withoutBalance, new EnteringPlan(withoutBalance)));
                break;
            case (WizardAction.Plan, EnteringPlan step) when button.Value == 0:
                await SetPlan(context, step.Draft, new NoPlan());
                break;
            case (WizardAction.Plan, EnteringPlan step) when SimKeyboards.PlanPresets.Contains(button.Value):
                await Enter(context, new EnteringChargeDay(step.Draft, button.Value));
                break;
            case (WizardAction.ChargeDay, EnteringChargeDay step) when SimLimits.CheckChargeDay(button.Value) == SimError.None:
                await SetPlan(context, step.Draft, new MonthlyPlan(step.Fee, button.Value));
                break;
            case (WizardAction.InactivityDays, EnteringInactivityDays step) when SimKeyboards.InactivityPresets.Contains(button.Value):
                await SetInactivityDays(context, step.Draft, button.Value);
                break;
            case (WizardAction.DontKnow, EnteringInactivityDays step):
                await SetInactivityDays(context, step.Draft, null);
                break;
            case (WizardAction.DontKnow, EnteringInactivityFee step):
                await SetInactivityFee(context, step.Draft, null);
                break;
            case (WizardAction.DontKnow, EnteringDaysAtZero step):
                await SetDaysAtZero(context, step.Draft, null);
                break;
            case (WizardAction.TopUpCounts, ChoosingTopUpCounts step) when Enum.IsDefined((TopUpCounts)button.Value):
                await SetTopUpCounts(context, step.Draft, (TopUpCounts)button.Value);
                break;
            case (WizardAction.OperatorWindow, EnteringInactivityOverride step):
                await Enter(context, new ConfirmingSim(step.Draft with { InactivityDaysOverride = null }));
                break;
            case (WizardAction.ClearNotes, EnteringNotes step):
                await Enter(context, new ConfirmingSim(step.Draft with { Notes = null }));
                break;
            case (WizardAction.DaysAgo, EnteringLastActivity step) when button.Value is >= 0 and <= 31:
                await SetActivity(context, step.Draft, context.Today.AddDays(-button.Value));
                break;
            case (WizardAction.Save, ConfirmingSim step):
                await Save(context, step.Draft);
                break;
            case (WizardAction.ChooseField, ConfirmingSim step):
                await context.Show(context.T["Sims.Add.ChooseField"], SimKeyboards.Fields(context.T, FieldsFor(step.Draft)));
                break;
            case (WizardAction.Summary, ConfirmingSim step):
                await Enter(context, step);
                break;
            case (WizardAction.EditField, ConfirmingSim step) when FieldsFor(step.Draft).Contains((SimField)button.Value):
                await Enter(context, StepFor((SimField)button.Value, step.Draft));
                break;
            default:
                await WizardOutdated(context);
                break;
        }
    }

    private async Task EditExisting(BotContext context, EditSim edit)
    {
        if (await simsFeature.FindCurrent(context, edit.SimId, edit.Revision) is not { } sim)
        {
            return;
        }

        var draft = new SimDraft(
            sim.OperatorId, sim.Number, sim.Label, sim.Balance, sim.Plan, sim.LastPaidActivity, sim.Id, sim.Revision, BackToSummary: true,
            sim.CustomRules, sim.InactivityDaysOverride, sim.Notes);
        context.Go(new ConfirmingSim(draft));
        await context.Show(context.T["Sims.Add.ChooseField"], SimKeyboards.Fields(context.T, FieldsFor(draft)));
    }

    private async Task Save(BotContext context, SimDraft draft)
    {
        if (draft.Number is null || draft.LastPaidActivity is null)
        {
            await WizardOutdated(context);
            return;
        }

        var owned = await sims.ListOwnedBy(context.UserId, context.Cancellation);
        if (owned.Any(s => s.Number == draft.Number && s.Id != draft.EditingSimId))
        {
            await Enter(context, new EnteringNumber(draft));
            return;
        }

        Sim? saved;
        if (draft.EditingSimId is { } id)
        {
            var current = owned.FirstOrDefault(s => s.Id == id);
            if (current is null)
            {
                LogEditedSimGone(logger, context.UserId, id);
            }

            saved = current is null || current.Revision != draft.EditingRevision
                ? null
                : await sims.Update(Apply(current, draft, context), context.Cancellation);
            if (saved is null)
            {
                context.EndConversation();
                await context.Answer(context.T["Sims.Add.ChangedMeanwhile"], alert: true);
                await simsFeature.ShowList(context);
                return;
            }
        }
        else if (SimLimits.CheckCanAdd(owned.Count) != SimError.None)
        {
            context.EndConversation();
            await context.Show(context.T.Format("Sims.Add.Limit", SimLimits.MaxSimsPerUser), MenuKeyboards.BackToMenu(context.T));
            return;
        }
        else
        {
            var now = context.Now;
            saved = await sims.Add(Apply(new Sim { Id = 0, OwnerId = context.UserId, OperatorId = draft.OperatorId, Number = draft.Number, CreatedAt = now, UpdatedAt = now }, draft, context), context.Cancellation);
        }

        context.EndConversation();
        await context.Answer(context.T["Sims.Add.Saved"]);
        await simsFeature.ShowCard(context, saved);
    }

    private static Sim Apply(Sim sim, SimDraft draft, BotContext context) => sim with
    {
        OperatorId = draft.OperatorId,
        Number = draft.Number!,
        Label = string.IsNullOrWhiteSpace(draft.Label) ? null : draft.Label,
        Balance = draft.Balance,
        BalanceKnownOn = draft.Balance is null ? null : sim.Balance == draft.Balance && sim.BalanceKnownOn is not null ? sim.BalanceKnownOn : context.Today,
        Plan = draft.Plan ?? new NoPlan(),
        LastPaidActivity = draft.LastPaidActivity,
        CustomRules = draft.OperatorId == OperatorIds.Other ? draft.CustomRules ?? OperatorRules.Unknown : null,
        InactivityDaysOverride = draft.OperatorId == OperatorIds.Other ? null : draft.InactivityDaysOverride,
        Notes = string.IsNullOrWhiteSpace(draft.Notes) ? null : draft.Notes,
        UpdatedAt = context.Now,
    };

    /// <summary>Enters a step: remembers it and shows its question.</summary>
    private async Task Enter(BotContext context, ConversationStep step)
    {
        context.Go(step);
        var (text, keyboard) = Prompt(context, step);
        await context.Show(text, keyboard);
    }

    private async Task WizardOutdated(BotContext context)
    {
        await context.Answer(context.T["Common.Outdated"]);
        if (context.Step is { } step && (step is ChoosingOperator || Draft(step) is not null))
        {
            var (text, keyboard) = Prompt(context, step);
            await context.Show(text, keyboard);
            return;
        }

        await MenuFeature.ShowMainMenu(context);
    }

    private (string Text, InlineKeyboardMarkup Keyboard) Prompt(BotContext context, ConversationStep step)
    {
        var t = context.T;
        return step switch
        {
            ChoosingOperator => (t["Sims.Add.ChooseOperator"], SimKeyboards.Operators(t, catalog)),
            EnteringInactivityDays s => (t["Sims.Rules.AskDays"] + Current(t, s.Draft.CustomRules?.InactivityDays is { } days ? SimViews.Days(t, days) : null), Keyboard(context, step)),
            EnteringInactivityFee s => (t["Sims.Rules.AskFee"] + Current(t, s.Draft.CustomRules?.InactivityFeePerDay is { } fee ? t.Format("Sims.Plan.Daily", new Texts.Html(t.Rubles(fee))) : null), Keyboard(context, step)),
            EnteringDaysAtZero s => (t["Sims.Rules.AskDaysAtZero"] + Current(t, s.Draft.CustomRules?.DaysAtZeroBeforeTermination is { } atZero ? SimViews.Days(t, atZero) : null), Keyboard(context, step)),
            ChoosingTopUpCounts => (t["Sims.Rules.AskTopUp"], Keyboard(context, step)),
            EnteringNumber => (t["Sims.Add.AskNumber"], Keyboard(context, step)),
            EnteringLabel => (t.Format("Sims.Add.AskLabel", SimLimits.MaxLabelLength), Keyboard(context, step)),
            EnteringBalance s => (t.Format("Sims.Add.AskBalance", views.BalanceCode(t, s.Draft.OperatorId)), Keyboard(context, step)),
            EnteringPlan => (t["Sims.Add.AskPlan"], Keyboard(context, step)),
            EnteringChargeDay s => (t.Format("Sims.Add.AskChargeDay", new Texts.Html(t.Rubles(s.Fee))), Keyboard(context, step)),
            EnteringLastActivity => (t.Format("Sims.Add.AskActivity", context.Today.AddDays(-3)), Keyboard(context, step)),
            ConfirmingSim s => (t.Format("Sims.Add.Summary", new Texts.Html(views.Card(t, Preview(context, s.Draft), views.Outlook(Preview(context, s.Draft), context.Today)))), SimKeyboards.Summary(t)),
            EnteringInactivityOverride s => (
                t.Format("Sims.Add.AskOverride", OperatorRules.MaxDays, views.OperatorName(t, s.Draft.OperatorId), new Texts.Html(SimViews.Days(t, catalog.Find(s.Draft.OperatorId)?.Rules.InactivityDays)))
                    + Current(t, s.Draft.InactivityDaysOverride is { } window ? SimViews.Days(t, window) : null),
                Keyboard(context, step)),
            EnteringNotes s => (t.Format("Sims.Add.AskNotes", SimLimits.MaxNotesLength) + Current(t, s.Draft.Notes is { } notes ? System.Net.WebUtility.HtmlEncode(notes) : null), Keyboard(context, step)),
            _ => throw new InvalidOperationException($"{step.GetType().Name} is not a wizard step"),
        };
    }

    /// <summary>What a field holds now, under its question, so an edit can start from it; empty when nothing is set.</summary>
    private static string Current(Texts.Texts t, string? value) =>
        value is null ? string.Empty : "\n\n" + t.Format("Sims.Add.Current", new Texts.Html(value));

    private static InlineKeyboardMarkup Keyboard(BotContext context, ConversationStep step) => step switch
    {
        EnteringInactivityDays => SimKeyboards.InactivityWindows(context.T),
        EnteringInactivityFee or EnteringDaysAtZero => SimKeyboards.WizardStep(context.T, [SimKeyboards.DontKnow(context.T)]),
        ChoosingTopUpCounts => SimKeyboards.TopUpRule(context.T),
        EnteringChargeDay => SimKeyboards.ChargeDays(context.T, context.Today.Day),
        EnteringInactivityOverride => SimKeyboards.WizardStep(context.T, [SimKeyboards.Wizard(context.T["Sims.Button.OperatorWindow"], WizardAction.OperatorWindow)]),
        EnteringNotes { Draft.Notes: not null } => SimKeyboards.WizardStep(context.T, [SimKeyboards.Wizard(context.T["Sims.Button.ClearNotes"], WizardAction.ClearNotes)]),
        EnteringLabel => SimKeyboards.WizardStep(context.T, [SimKeyboards.Wizard(context.T["Sims.Button.Skip"], WizardAction.SkipLabel)]),
        EnteringBalance => SimKeyboards.WizardStep(context.T, [SimKeyboards.Wizard(context.T["Sims.Button.UnknownBalance"], WizardAction.UnknownBalance)]),
        EnteringPlan => SimKeyboards.Plans(context.T),
        EnteringLastActivity => SimKeyboards.ActivityPresets(context.T),
        _ => SimKeyboards.WizardStep(context.T),
    };

    private static Sim Preview(BotContext context, SimDraft draft) => Apply(
        new Sim { Id = draft.EditingSimId ?? 0, OwnerId = context.UserId, OperatorId = draft.OperatorId, Number = draft.Number ?? string.Empty, CreatedAt = context.Now, UpdatedAt = context.Now },
        draft,
        context);

    private static ConversationStep Next(SimDraft draft, ConversationStep next) =>
        draft.BackToSummary && draft.Number is not null && draft.LastPaidActivity is not null ? new ConfirmingSim(draft) : next;

    private static ConversationStep? Previous(ConversationStep step) => step switch
    {
        _ when Draft(step) is { BackToSummary: true } draft && step is not ConfirmingSim && draft.LastPaidActivity is not null => new ConfirmingSim(draft),
        EnteringInactivityDays s => new ChoosingOperator(s.Draft),
        EnteringInactivityFee s => new EnteringInactivityDays(s.Draft),
        EnteringDaysAtZero s => new EnteringInactivityFee(s.Draft),
        ChoosingTopUpCounts s => new EnteringDaysAtZero(s.Draft),
        EnteringNumber { Draft.OperatorId: OperatorIds.Other } s => new ChoosingTopUpCounts(s.Draft),
        EnteringNumber s => new ChoosingOperator(s.Draft),
        EnteringLabel s => new EnteringNumber(s.Draft),
        EnteringBalance s => new EnteringLabel(s.Draft),
        EnteringPlan s => new EnteringBalance(s.Draft),
        EnteringChargeDay s => new EnteringPlan(s.Draft),
        EnteringLastActivity { Draft.Plan: MonthlyPlan monthly } s => new EnteringChargeDay(s.Draft, monthly.Fee),
        EnteringLastActivity s => new EnteringPlan(s.Draft),
        ConfirmingSim s when s.Draft.EditingSimId is null => new EnteringLastActivity(s.Draft with { BackToSummary = false }),
        _ => null,
    };

    private static SimDraft? Draft(ConversationStep step) => step switch
    {
        ChoosingOperator s => s.Draft,
        EnteringInactivityDays s => s.Draft,
        EnteringInactivityFee s => s.Draft,
        EnteringDaysAtZero s => s.Draft,
        ChoosingTopUpCounts s => s.Draft,
        EnteringNumber s => s.Draft,
        EnteringLabel s => s.Draft,
        EnteringBalance s => s.Draft,
        EnteringPlan s => s.Draft,
        EnteringChargeDay s => s.Draft,
        EnteringLastActivity s => s.Draft,
        ConfirmingSim s => s.Draft,
        EnteringInactivityOverride s => s.Draft,
        EnteringNotes s => s.Draft,
        _ => null,
    };

    private static ConversationStep StepFor(SimField field, SimDraft draft) => field switch
    {
        SimField.Operator => new ChoosingOperator(draft),
        SimField.Number => new EnteringNumber(draft),
        SimField.Label => new EnteringLabel(draft),
        SimField.Balance => new EnteringBalance(draft),
        SimField.Plan => new EnteringPlan(draft),
        SimField.LastActivity => new EnteringLastActivity(draft),
        SimField.Rules => new EnteringInactivityDays(draft with { CustomRules = draft.CustomRules ?? OperatorRules.Unknown }),
        SimField.InactivityOverride => new EnteringInactivityOverride(draft),
        _ => new EnteringNotes(draft),
    };

    /// <summary>
    /// The fields of <paramref name="draft"/> that can be edited: another operator's rules are the user's own, so there
    /// is no separate window to override; a catalog operator's rules are not the user's to change.
    /// </summary>
    private static IEnumerable<SimField> FieldsFor(SimDraft draft) => Enum.GetValues<SimField>().Where(field => field switch
    {
        SimField.Rules => draft.OperatorId == OperatorIds.Other,
        SimField.InactivityOverride => draft.OperatorId != OperatorIds.Other,
        _ => true,
    });

    private static Task Otherwise(BotContext context, ConversationStep step) =>
        context.Send(context.T["Sims.Add.SendText"], Keyboard(context, step));

    /// <summary>"5/day", "5 в день", "5/天", "每天5": a daily fee; a plain amount is monthly.</summary>
    [LoggerMessage(EventId = 402, Level = LogLevel.Warning, Message = "User {UserId} saved an edit of SIM {SimId}, which is not among their SIMs (deleted meanwhile?)")]
    private static partial void LogEditedSimGone(ILogger logger, long userId, long simId);

    [GeneratedRegex(@"^(?:(?:每天|每日)\s*(?<amount>[\d\s.,]+)|(?<amount>[\d\s.,]+)\s*(?:₽|руб\.?|rub|р\.?|元)?\s*(?:/\s*(?:d|day|д|день|сут|天)|в\s*день|в\s*сутки|per\s*day|a\s*day|每天|每日))$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DailyFee();
}
