using Microsoft.Extensions.Logging;
using Telegram.Bot.Types.ReplyMarkups;
using TopUpBot.Bot;
using TopUpBot.Domain.Finance;
using TopUpBot.Domain.Operators;
using TopUpBot.Domain.Sims;
using TopUpBot.Domain.TopUps;
using TopUpBot.Features.Menu;
using TopUpBot.Features.Sims;
using TopUpBot.Routing;

namespace TopUpBot.Features.TopUps;

/// <summary>
/// Recording a top-up: amount and currency → channel → date → note → (for a foreign currency) what was really
/// credited → summary with Save, Edit and Cancel. Every step has Back and Cancel; bad input is explained with an
/// example while the step stays. Saving raises the SIM's balance and, where the operator counts top-ups, restarts
/// its inactivity clock.
/// </summary>
internal sealed partial class TopUpWizard(
    ISimStore sims,
    SimsFeature simsFeature,
    SimViews simViews,
    TopUpViews views,
    IHistoryStore history,
    RateLookup rates,
    OperatorCatalog catalog,
    ILogger<TopUpWizard> logger) : IFeature
{
    public void Map(RouteBuilder routes) => routes
        .Command("topup", ChooseSim, "Commands.TopUp")
        .Callback<StartTopUp>(Start)
        .Callback<TopUpButton>(Press)
        .TextStep<EnteringTopUpAmount>("topups.amount", ReadAmount, Otherwise)
        .Step<ChoosingTopUpChannel>("topups.channel", (_, _) => Task.FromResult(false), (context, step) => context.Send(context.T["TopUps.UseButtons"], Keyboard(context, step)))
        .TextStep<ChoosingTopUpDate>("topups.date", ReadDate, Otherwise)
        .TextStep<EnteringTopUpNote>("topups.note", ReadNote, Otherwise)
        .TextStep<EnteringActualPayment>("topups.actual", ReadActual, Otherwise)
        .Step<ConfirmingTopUp>("topups.confirm", (_, _) => Task.FromResult(false), (context, step) => context.Send(context.T["TopUps.UseSummaryButtons"], Keyboard(context, step)))
        .Step<ChoosingTopUpField>("topups.field", (_, _) => Task.FromResult(false), (context, step) => context.Send(context.T["TopUps.UseButtons"], Keyboard(context, step)));

    /// <summary>/topup and the menu button: straight to the only SIM, a choice among several, or a hint to add one.</summary>
    private async Task ChooseSim(BotContext context)
    {
        context.EndConversation();
        var owned = await sims.ListOwnedBy(context.UserId, context.Cancellation);
        switch (owned.Count)
        {
            case 0:
                await context.Show(context.T["TopUps.NoSims"], TopUpKeyboards.NoSims(context.T));
                break;
            case 1:
                await Begin(context, owned[0]);
                break;
            default:
                var sorted = owned.OrderBy(s => simViews.Outlook(s, context.Today), SimOutlook.ByUrgency);
                await context.Show(context.T["TopUps.ChooseSim"], TopUpKeyboards.ChooseSim(context.T, sorted.Select(s => (s, $"{simViews.Title(context.T, s)} {SimViews.Masked(s.Number)}"))));
                break;
        }
    }

    private async Task Start(BotContext context, StartTopUp start)
    {
        if (start.SimId is not { } simId)
        {
            await ChooseSim(context);
            return;
        }

        if (await FindSim(context, simId) is { } sim)
        {
            await Begin(context, sim);
        }
    }

    private Task Begin(BotContext context, Sim sim)
    {
        var home = HistoryViews.HomeCurrencyOf(context.Profile);
        var currency = TopUpKeyboards.PresetCurrencies.Contains(home) ? home : Currency.Rub;
        return Enter(context, new EnteringTopUpAmount(new TopUpDraft(sim.Id, sim.Revision, currency.Code)));
    }

    private async Task ReadAmount(BotContext context, EnteringTopUpAmount step, string text)
    {
        var parsed = AmountParser.Parse(text);
        if (!parsed.IsSuccess)
        {
            await (parsed.Error == AmountParseError.UnknownCurrency
                ? UnknownCurrency(context, step, await rates.Latest(context.Cancellation))
                : context.Send(context.T[$"TopUps.Amount.{parsed.Error}"], Keyboard(context, step)));
            return;
        }

        var currency = parsed.Value.Currency ?? Drafts.Currency(step.Draft);
        OfficialQuote? quote = null;
        if (currency != Currency.Rub)
        {
            // Without any rates the code cannot be checked; the user is then asked for their own rate.
            var known = await rates.Latest(context.Cancellation);
            if (known is not null && known.Rates.RateFor(currency) is null)
            {
                await UnknownCurrency(context, step, known);
                return;
            }

            quote = known?.Rates.RateFor(currency) is { } rate ? new OfficialQuote(rate.RubPerUnit, rate.Date, known.Stale) : null;
        }

        var draft = step.Draft with { Amount = parsed.Value.Amount, Currency = currency.Code, Official = quote, Actual = null };
        if (Drafts.Convert(draft, context.Today) is { IsSuccess: false, Error: not ConversionError.NoRate } refused)
        {
            await context.Send(context.T[$"TopUps.Amount.{refused.Error}"], Keyboard(context, step));
            return;
        }

        await Enter(context, Next(context, draft, new ChoosingTopUpChannel(draft)));
    }

    private static Task<Telegram.Bot.Types.Message> UnknownCurrency(BotContext context, EnteringTopUpAmount step, Rates.KnownRates? known) =>
        context.Send(
            known is null
                ? context.T["TopUps.Amount.UnknownCurrencyNoList"]
                : context.T.Format("TopUps.Amount.UnknownCurrency", string.Join(", ", known.Rates.Rates.Keys.Append(Currency.Rub.Code).Order(StringComparer.Ordinal))),
            Keyboard(context, step));

    private async Task ReadDate(BotContext context, ChoosingTopUpDate step, string text)
    {
        if (await PastDateInput.Read(context, text, context.Today.AddDays(-2), Keyboard(context, step)) is { } on)
        {
            await SetDate(context, step.Draft, on);
        }
    }

    private Task SetDate(BotContext context, TopUpDraft draft, DateOnly on)
    {
        var next = draft with { On = on };
        return Enter(context, Next(context, next, new EnteringTopUpNote(next)));
    }

    private async Task ReadNote(BotContext context, EnteringTopUpNote step, string text)
    {
        var note = text.Trim();
        if (!TopUpLimits.NoteFits(note))
        {
            await context.Send(context.T.Format("TopUps.Note.TooLong", TopUpLimits.MaxNoteLength), Keyboard(context, step));
            return;
        }

        await AfterNote(context, step.Draft with { Note = note.Length == 0 ? null : note });
    }

    /// <summary>A foreign payment asks what it really brought; a RUB one goes to the summary.</summary>
    private Task AfterNote(BotContext context, TopUpDraft draft) => Enter(
        context,
        Next(context, draft, Drafts.IsForeign(draft) ? new EnteringActualPayment(draft, ActualPaymentKind.CreditedRub) : new ConfirmingTopUp(draft)));

    private async Task ReadActual(BotContext context, EnteringActualPayment step, string text)
    {
        ActualPayment actual;
        if (step.Mode == ActualPaymentKind.RubPerUnit)
        {
            var rate = RateParser.Parse(text);
            if (!rate.IsSuccess)
            {
                await context.Send(context.T.Format($"TopUps.Rate.{rate.Error}", step.Draft.Currency), Keyboard(context, step));
                return;
            }

            actual = new ActualPayment(ActualPaymentKind.RubPerUnit, rate.Value);
        }
        else
        {
            var credited = AmountParser.Parse(text);
            if (!credited.IsSuccess || credited.Value.Currency is not (null or { Code: "RUB" }))
            {
                var key = credited is { IsSuccess: false, Error: AmountParseError.TooLarge or AmountParseError.ZeroOrNegative } ? $"TopUps.Amount.{credited.Error}" : "TopUps.Credited.Invalid";
                await context.Send(context.T[key], Keyboard(context, step));
                return;
            }

            actual = new ActualPayment(ActualPaymentKind.CreditedRub, credited.Value.Amount);
        }

        var draft = step.Draft with { Actual = actual };
        if (Drafts.Convert(draft, context.Today) is { IsSuccess: false } refused)
        {
            await context.Send(context.T[$"TopUps.Amount.{refused.Error}"], Keyboard(context, step));
            return;
        }

        await Enter(context, new ConfirmingTopUp(draft));
    }

    private async Task Press(BotContext context, TopUpButton button)
    {
        switch (button.Action, context.Step)
        {
            case (TopUpAction.Cancel, var step):
                context.EndConversation();
                await context.Answer(context.T["TopUps.Cancelled"]);
                await LeaveTo(context, Draft(step));
                break;
            case (TopUpAction.Back, { } step) when Previous(context, step) is { } previous:
                await Enter(context, previous);
                break;
            case (TopUpAction.Back, EnteringTopUpAmount step):
                context.EndConversation();
                await LeaveTo(context, step.Draft);
                break;
            case (TopUpAction.Currency, EnteringTopUpAmount step) when button.Value >= 0 && button.Value < TopUpKeyboards.PresetCurrencies.Length:
                await Enter(context, new EnteringTopUpAmount(step.Draft with { Currency = TopUpKeyboards.PresetCurrencies[button.Value].Code }));
                break;
            case (TopUpAction.Channel, ChoosingTopUpChannel step) when TopUpKeyboards.Channels.Contains((TopUpChannelKind)button.Value):
                var withChannel = step.Draft with { Channel = (TopUpChannelKind)button.Value };
                await Enter(context, Next(context, withChannel, new ChoosingTopUpDate(withChannel)));
                break;
            case (TopUpAction.DaysAgo, ChoosingTopUpDate step) when button.Value is 0 or 1:
                await SetDate(context, step.Draft, context.Today.AddDays(-button.Value));
                break;
            case (TopUpAction.SkipNote, EnteringTopUpNote step):
                await AfterNote(context, step.Draft with { Note = null });
                break;
            case (TopUpAction.ActualMode, EnteringActualPayment step) when Enum.IsDefined((ActualPaymentKind)button.Value):
                await Enter(context, step with { Mode = (ActualPaymentKind)button.Value });
                break;
            case (TopUpAction.SkipActual, EnteringActualPayment step) when step.Draft.Official is not null:
                await Enter(context, new ConfirmingTopUp(step.Draft with { Actual = null }));
                break;
            case (TopUpAction.Save, ConfirmingTopUp step):
                await Save(context, step.Draft);
                break;
            case (TopUpAction.ChooseField, ConfirmingTopUp step):
                await Enter(context, new ChoosingTopUpField(step.Draft));
                break;
            case (TopUpAction.EditField, ChoosingTopUpField step) when Enum.IsDefined((TopUpField)button.Value):
                await Enter(context, StepFor((TopUpField)button.Value, step.Draft with { BackToSummary = true }));
                break;
            default:
                await WizardOutdated(context);
                break;
        }
    }

    private async Task Save(BotContext context, TopUpDraft draft)
    {
        var conversion = Drafts.Convert(draft, context.Today);
        if (!conversion.IsSuccess || draft is not { Channel: { } channel, On: { } on })
        {
            await WizardOutdated(context);
            return;
        }

        if (await FindSim(context, draft.SimId) is not { } sim)
        {
            return;
        }

        var effect = SimTopUp.Apply(sim, conversion.Value.Rub, on, sim.RulesFrom(catalog).TopUpCountsAsActivity);
        var official = Drafts.Official(draft);
        var topUp = new TopUp
        {
            Id = 0,
            OwnerId = context.UserId,
            SimId = sim.Id,
            On = on,
            Paid = Drafts.Paid(draft),
            Rub = conversion.Value.Rub,
            Channel = channel,
            Note = draft.Note,
            OfficialRate = official,
            OfficialRateStale = official is not null && draft.Official!.Stale,
            UserRate = conversion.Value.UserRate,
            BalanceAfter = effect.Balance == BalanceEffect.Added ? effect.Sim.Balance : null,
            CreatedAt = context.Now,
        };

        // The balance never rises without its top-up in the history: both commit in one transaction, or neither.
        var saved = sim.Revision == draft.SimRevision
            ? await sims.Update(effect.Sim with { UpdatedAt = context.Now }, () => topUp = history.AddTopUp(topUp), context.Cancellation)
            : null;
        if (saved is null)
        {
            await ChangedMeanwhile(context, draft);
            return;
        }

        LogSaved(logger, sim.Id, topUp.Rub, effect.Clock);
        context.EndConversation();
        await context.Answer(context.T["TopUps.SavedToast"]);
        await context.Show(views.Saved(context.T, topUp, effect, saved, context.Today), TopUpKeyboards.Saved(context.T, sim.Id));
    }

    /// <summary>The SIM changed since the summary was shown: show the summary again on the SIM as it is now.</summary>
    private async Task ChangedMeanwhile(BotContext context, TopUpDraft draft)
    {
        if (await FindSim(context, draft.SimId) is not { } fresh)
        {
            return;
        }

        await context.Answer(context.T["TopUps.ChangedMeanwhile"], alert: true);
        await Enter(context, new ConfirmingTopUp(draft with { SimRevision = fresh.Revision }));
    }

    /// <summary>The user's own SIM; a deleted (or someone else's) one ends the dialog with an explanation and the SIM list.</summary>
    private async Task<Sim?> FindSim(BotContext context, long simId)
    {
        var sim = await sims.FindOwned(context.UserId, simId, context.Cancellation);
        if (sim is null)
        {
            LogSimGone(logger, context.UserId, simId);
            context.EndConversation();
            if (context.Callback is null)
            {
                await context.Send(context.T["TopUps.SimGone"]);
            }
            else
            {
                await context.Answer(context.T["TopUps.SimGone"], alert: true);
            }

            await simsFeature.ShowList(context);
        }

        return sim;
    }

    /// <summary>Leaving the wizard shows the SIM card it was for, or the main menu.</summary>
    private async Task LeaveTo(BotContext context, TopUpDraft? draft)
    {
        if (draft is null)
        {
            await MenuFeature.ShowMainMenu(context);
        }
        else if (await FindSim(context, draft.SimId) is { } sim)
        {
            await simsFeature.ShowCard(context, sim);
        }
    }

    /// <summary>Enters a step: remembers it and shows its question.</summary>
    private async Task Enter(BotContext context, ConversationStep step)
    {
        if (Draft(step) is not { } draft || await FindSim(context, draft.SimId) is not { } sim)
        {
            return;
        }

        context.Go(step);
        await context.Show(Question(context, step, sim), Keyboard(context, step));
    }

    private async Task WizardOutdated(BotContext context)
    {
        await context.Answer(context.T["Common.Outdated"]);
        if (context.Step is { } step && Draft(step) is not null)
        {
            await Enter(context, step);
            return;
        }

        await MenuFeature.ShowMainMenu(context);
    }

    private string Question(BotContext context, ConversationStep step, Sim sim)
    {
        var t = context.T;
        return step switch
        {
            EnteringTopUpAmount s => t.Format("TopUps.AskAmount", new Texts.Html(views.SimLine(t, sim)), s.Draft.Currency),
            ChoosingTopUpChannel => t["TopUps.AskChannel"],
            ChoosingTopUpDate => t.Format("TopUps.AskDate", context.Today.AddDays(-2)),
            EnteringTopUpNote => t.Format("TopUps.AskNote", TopUpLimits.MaxNoteLength),
            EnteringActualPayment { Mode: ActualPaymentKind.RubPerUnit } s =>
                TopUpViews.OfficialWorth(t, s.Draft) + "\n\n" + t.Format("TopUps.AskRate", s.Draft.Currency),
            EnteringActualPayment s => TopUpViews.OfficialWorth(t, s.Draft) + "\n\n" + t["TopUps.AskCredited"],
            ConfirmingTopUp s => views.Summary(t, sim, s.Draft, Drafts.Convert(s.Draft, context.Today).Value),
            ChoosingTopUpField => t["TopUps.ChooseField"],
            _ => throw new InvalidOperationException($"{step.GetType().Name} is not a top-up step"),
        };
    }

    private static InlineKeyboardMarkup Keyboard(BotContext context, ConversationStep step) => step switch
    {
        EnteringTopUpAmount s => TopUpKeyboards.Amount(context.T, s.Draft.Currency),
        ChoosingTopUpChannel => TopUpKeyboards.Channel(context.T),
        ChoosingTopUpDate => TopUpKeyboards.Date(context.T),
        EnteringTopUpNote => TopUpKeyboards.Note(context.T),
        EnteringActualPayment s => TopUpKeyboards.Actual(context.T, s.Mode, canSkip: s.Draft.Official is not null),
        ChoosingTopUpField s => TopUpKeyboards.Fields(context.T, Drafts.IsForeign(s.Draft)),
        _ => TopUpKeyboards.Summary(context.T),
    };

    /// <summary>After an edit from the summary, straight back to it once the draft is complete again.</summary>
    private static ConversationStep Next(BotContext context, TopUpDraft draft, ConversationStep next) =>
        draft.BackToSummary && IsComplete(draft, context.Today) ? new ConfirmingTopUp(draft) : next;

    private static bool IsComplete(TopUpDraft draft, DateOnly today) =>
        draft is { Amount: not null, Channel: not null, On: not null } && Drafts.Convert(draft, today).IsSuccess;

    private static ConversationStep? Previous(BotContext context, ConversationStep step) => step switch
    {
        ConfirmingTopUp s when Drafts.IsForeign(s.Draft) => new EnteringActualPayment(s.Draft, s.Draft.Actual?.Kind ?? ActualPaymentKind.CreditedRub),
        ConfirmingTopUp s => new EnteringTopUpNote(s.Draft),
        ChoosingTopUpField s => new ConfirmingTopUp(s.Draft),
        _ when Draft(step) is { BackToSummary: true } draft && IsComplete(draft, context.Today) => new ConfirmingTopUp(draft),
        ChoosingTopUpChannel s => new EnteringTopUpAmount(s.Draft),
        ChoosingTopUpDate s => new ChoosingTopUpChannel(s.Draft),
        EnteringTopUpNote s => new ChoosingTopUpDate(s.Draft),
        EnteringActualPayment s => new EnteringTopUpNote(s.Draft),
        _ => null,
    };

    private static TopUpDraft? Draft(ConversationStep? step) => step switch
    {
        EnteringTopUpAmount s => s.Draft,
        ChoosingTopUpChannel s => s.Draft,
        ChoosingTopUpDate s => s.Draft,
        EnteringTopUpNote s => s.Draft,
        EnteringActualPayment s => s.Draft,
        ConfirmingTopUp s => s.Draft,
        ChoosingTopUpField s => s.Draft,
        _ => null,
    };

    private static ConversationStep StepFor(TopUpField field, TopUpDraft draft) => field switch
    {
        TopUpField.Amount => new EnteringTopUpAmount(draft),
        TopUpField.Channel => new ChoosingTopUpChannel(draft),
        TopUpField.Date => new ChoosingTopUpDate(draft),
        TopUpField.Note => new EnteringTopUpNote(draft),
        _ => new EnteringActualPayment(draft, draft.Actual?.Kind ?? ActualPaymentKind.CreditedRub),
    };

    private static Task Otherwise(BotContext context, ConversationStep step) =>
        context.Send(context.T["TopUps.SendText"], Keyboard(context, step));

    [LoggerMessage(EventId = 611, Level = LogLevel.Warning, Message = "User {UserId} recorded a top-up for SIM {SimId}, which is not theirs or no longer exists")]
    private static partial void LogSimGone(ILogger logger, long userId, long simId);

    [LoggerMessage(EventId = 612, Level = LogLevel.Information, Message = "Top-up of {Rub} RUB saved for SIM {SimId}; inactivity clock: {Clock}")]
    private static partial void LogSaved(ILogger logger, long simId, decimal rub, ClockEffect clock);
}
