using Microsoft.Extensions.Logging;
using TopUpBot.Bot;
using TopUpBot.Domain.Finance;
using TopUpBot.Domain.Parsing;
using TopUpBot.Domain.Reminders;
using TopUpBot.Domain.Sims;
using TopUpBot.Features.Reminders;
using TopUpBot.Domain.TopUps;
using TopUpBot.Features.TopUps;
using TopUpBot.Routing;

namespace TopUpBot.Features.Sims;

/// <summary>"My SIMs": the list sorted by urgency, the SIM card, paid activity, balance updates and deletion.</summary>
internal sealed partial class SimsFeature(ISimStore sims, SimViews views, IHistoryStore history, IReminderStore reminders, ILogger<SimsFeature> logger) : IFeature
{
    public void Map(RouteBuilder routes) => routes
        .Command("sims", ShowList, "Commands.Sims")
        .Callback<ListSims>((context, _) => ShowList(context))
        .Callback<OpenSim>(OpenCard)
        .Callback<RecordActivity>(RecordActivity)
        .Callback<UpdateBalance>(AskBalance)
        .Callback<ApplyBalance>(ApplyBalance)
        .Callback<DeleteSim>(Delete)
        .TextStep<EnteringBalanceText>("sims.balance-text", ReadBalance, (context, step) => context.Send(context.T["Sims.Balance.SendText"], SimKeyboards.BackToCard(context.T, step.SimId)))
        .TextStep<EnteringActivityDate>("sims.activity-date", ReadActivityDate, (context, step) => context.Send(context.T["Sims.Activity.SendDate"], SimKeyboards.BackToCard(context.T, step.SimId)));

    public async Task ShowList(BotContext context)
    {
        context.EndConversation();
        var today = context.Today;
        var owned = await sims.ListOwnedBy(context.UserId, context.Cancellation);
        if (owned.Count == 0)
        {
            await context.Show(context.T["Sims.ListEmpty"], SimKeyboards.List(context.T, []));
            return;
        }

        var sorted = owned
            .Select(sim => (Sim: sim, Outlook: views.Outlook(sim, today)))
            .OrderBy(s => s.Outlook, SimOutlook.ByUrgency)
            .ToList();
        var states = await reminders.ListOwnedBy(context.UserId, context.Cancellation);
        var text = context.T["Sims.ListTitle"] + "\n\n" + string.Join("\n", sorted.Select(s => views.ListLine(
            context.T, s.Sim, s.Outlook, ReminderViews.ListMark(context.T, context.Profile, s.Outlook, states.GetValueOrDefault(s.Sim.Id, ReminderState.Empty), context.Now))));
        var buttons = sorted.Select(s => (s.Sim, $"{context.T[$"Sims.Mark.{s.Outlook.Status}"]} {views.Title(context.T, s.Sim)}"));
        await context.Show(text, SimKeyboards.List(context.T, buttons));
    }

    public async Task ShowCard(BotContext context, Sim sim)
    {
        var outlook = views.Outlook(sim, context.Today);
        var reminder = await reminders.Find(sim.Id, context.Cancellation);
        await context.Show(
            views.Card(context.T, sim, outlook, ReminderViews.CardLine(context.T, context.Profile, outlook, reminder, context.Now)),
            SimKeyboards.Card(context.T, sim, reminder.Muted));
    }

    private async Task OpenCard(BotContext context, OpenSim open)
    {
        context.EndConversation();
        if (await FindOwned(context, open.SimId) is { } sim)
        {
            await ShowCard(context, sim);
        }
    }

    private async Task RecordActivity(BotContext context, RecordActivity record)
    {
        if (await FindCurrent(context, record.SimId, record.Revision) is not { } sim)
        {
            return;
        }

        switch (record)
        {
            case { Kind: null }:
                await context.Show(context.T.Format("Sims.Activity.ChooseKind", views.Title(context.T, sim)), SimKeyboards.ActivityKinds(context.T, sim));
                break;
            case { Kind: { } kind, DaysAgo: null }:
                await context.Show(context.T["Sims.Activity.ChooseDay"], SimKeyboards.ActivityDays(context.T, sim, kind));
                break;
            case { Kind: { } kind, DaysAgo: < 0 }:
                context.Go(new EnteringActivityDate(sim.Id, kind));
                await context.Show(context.T.Format("Sims.Activity.AskDate", context.Today.AddDays(-3)), SimKeyboards.BackToCard(context.T, sim.Id));
                break;
            case { Kind: { } kind, DaysAgo: { } days }:
                await SaveActivity(context, sim, new PaidActivity(context.Today.AddDays(-Math.Min(days, 365)), kind));
                break;
        }
    }

    private async Task ReadActivityDate(BotContext context, EnteringActivityDate step, string text)
    {
        if (await PastDateInput.Read(context, text, context.Today.AddDays(-3), SimKeyboards.BackToCard(context.T, step.SimId)) is { } on
            && await FindOwned(context, step.SimId) is { } sim)
        {
            await SaveActivity(context, sim, new PaidActivity(on, step.Kind));
        }
    }

    private async Task SaveActivity(BotContext context, Sim sim, PaidActivity activity)
    {
        var saved = await RecordPaidActivity(context, sim, activity);
        context.EndConversation();
        await context.Answer(context.T["Sims.Activity.Recorded"]);
        await ShowSavedOrFresh(context, saved, sim.Id);
    }

    /// <summary>Records a paid activity and returns the saved SIM, or null when the SIM was changed meanwhile.</summary>
    public async Task<Sim?> RecordPaidActivity(BotContext context, Sim sim, PaidActivity activity)
    {
        // An older activity than the one on record changes nothing: the clock runs from the latest one.
        var latest = sim.LastPaidActivity is { } known && known.On > activity.On ? known : activity;
        var recorded = new RecordedActivity(0, context.UserId, sim.Id, activity.On, activity.Kind, context.Now);
        return await sims.Update(
            sim with { LastPaidActivity = latest, UpdatedAt = context.Now },
            () => history.AddActivity(recorded),
            context.Cancellation);
    }

    private async Task AskBalance(BotContext context, UpdateBalance update)
    {
        if (await FindOwned(context, update.SimId) is not { } sim)
        {
            return;
        }

        context.Go(new EnteringBalanceText(sim.Id));
        await context.Show(context.T.Format("Sims.Balance.Ask", views.BalanceCode(context.T, sim)), SimKeyboards.BackToCard(context.T, sim.Id));
    }

    private async Task ReadBalance(BotContext context, EnteringBalanceText step, string text)
    {
        if (await FindOwned(context, step.SimId) is not { } sim)
        {
            context.EndConversation();
            return;
        }

        if (ParseBalance(text) is not { } amount)
        {
            var key = BalanceTextParser.Parse(text) is { Error: BalanceParseError.Ambiguous } ? "Sims.Balance.Ambiguous" : "Sims.Balance.Unreadable";
            await context.Send(context.T.Format(key, views.BalanceCode(context.T, sim)), SimKeyboards.BackToCard(context.T, sim.Id));
            return;
        }

        if (SimLimits.CheckBalance(amount) != SimError.None)
        {
            await context.Send(context.T["Sims.Balance.OutOfRange"], SimKeyboards.BackToCard(context.T, sim.Id));
            return;
        }

        await context.Send(context.T.Format("Sims.Balance.Read", new Texts.Html(context.T.Rubles(amount))), SimKeyboards.ConfirmBalance(context.T, sim, amount));
    }

    /// <summary>A pasted operator message, or just the amount.</summary>
    public static decimal? ParseBalance(string text)
    {
        if (BalanceTextParser.Parse(text) is { IsSuccess: true } fromText)
        {
            return fromText.Value;
        }

        return AmountParser.Parse(text, AmountOptions.AllowZeroOrNegative) is { IsSuccess: true } typed && typed.Value.Currency is null or { Code: "RUB" }
            ? typed.Value.Amount
            : null;
    }

    private async Task ApplyBalance(BotContext context, ApplyBalance apply)
    {
        if (await FindCurrent(context, apply.SimId, apply.Revision) is not { } sim)
        {
            return;
        }

        if (SimLimits.CheckBalance(apply.Amount) != SimError.None)
        {
            await Outdated(context, sim);
            return;
        }

        var saved = await sims.Update(sim with { Balance = apply.Amount, BalanceKnownOn = context.Today, UpdatedAt = context.Now }, context.Cancellation);
        context.EndConversation();
        await context.Answer(context.T["Sims.Balance.Updated"]);
        await ShowSavedOrFresh(context, saved, sim.Id);
    }

    private async Task Delete(BotContext context, DeleteSim delete)
    {
        if (await FindCurrent(context, delete.SimId, delete.Revision) is not { } sim)
        {
            return;
        }

        if (!delete.Confirmed)
        {
            await context.Show(context.T.Format("Sims.Delete.Confirm", views.Title(context.T, sim), SimViews.Masked(sim.Number)), SimKeyboards.ConfirmDelete(context.T, sim));
            return;
        }

        await sims.Delete(context.UserId, sim.Id, context.Cancellation);
        LogDeleted(logger, sim.Id);
        await context.Answer(context.T.Format("Sims.Delete.Done", views.Title(context.T, sim)));
        await ShowList(context);
    }

    /// <summary>The user's own SIM, or "not found" (for someone else's SIM too, which is also logged).</summary>
    public async Task<Sim?> FindOwned(BotContext context, long simId)
    {
        var sim = await sims.FindOwned(context.UserId, simId, context.Cancellation);
        if (sim is null)
        {
            LogNotFound(logger, context.UserId, simId);
            context.EndConversation();
            if (context.Callback is null)
            {
                // A typed answer (balance, date) has no callback to answer: the explanation goes as a message.
                await context.Send(context.T["Sims.NotFound"]);
            }
            else
            {
                await context.Answer(context.T["Sims.NotFound"], alert: true);
            }

            await ShowList(context);
        }

        return sim;
    }

    /// <summary>Like <see cref="FindOwned"/>, but a button rendered for an older revision shows the SIM as it is now.</summary>
    public async Task<Sim?> FindCurrent(BotContext context, long simId, int revision)
    {
        if (await FindOwned(context, simId) is not { } sim)
        {
            return null;
        }

        if (sim.Revision != revision)
        {
            await Outdated(context, sim);
            return null;
        }

        return sim;
    }

    private async Task Outdated(BotContext context, Sim sim)
    {
        await context.Answer(context.T["Common.Outdated"]);
        await ShowCard(context, sim);
    }

    private async Task ShowSavedOrFresh(BotContext context, Sim? saved, long simId)
    {
        if (saved is not null)
        {
            await ShowCard(context, saved);
        }
        else if (await FindOwned(context, simId) is { } fresh)
        {
            await Outdated(context, fresh);
        }
    }

    [LoggerMessage(EventId = 400, Level = LogLevel.Warning, Message = "User {UserId} asked for SIM {SimId}, which is not theirs or does not exist")]
    private static partial void LogNotFound(ILogger logger, long userId, long simId);

    [LoggerMessage(EventId = 401, Level = LogLevel.Information, Message = "SIM {SimId} deleted")]
    private static partial void LogDeleted(ILogger logger, long simId);
}
