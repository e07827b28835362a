using TopUpBot.Bot;
using TopUpBot.Domain.Reminders;
using TopUpBot.Domain.Sims;
using TopUpBot.Features.Sims;
using TopUpBot.Routing;
using TopUpBot.Users;

namespace TopUpBot.Features.Reminders;

/// <summary>/settings (offsets, hour, time zone, pause, muted SIMs) and the buttons under a reminder: snooze, mute, paid call/SMS.</summary>
internal sealed class RemindersFeature(
    IReminderStore reminders,
    IUserStore users,
    ISimStore sims,
    SimsFeature simsFeature,
    SimViews simViews) : IFeature
{
    public void Map(RouteBuilder routes) => routes
        .Command("settings", ShowSettings, "Commands.Settings")
        .Callback<OpenReminderSettings>((context, _) => ShowSettings(context))
        .Callback<ToggleReminderOffset>(ToggleOffset)
        .Callback<ChooseReminderHour>(ChooseHour)
        .Callback<ChooseTimeZone>(ChooseZone)
        .Callback<TypeTimeZone>(AskZone)
        .Callback<PauseReminders>(Pause)
        .Callback<ListMutedSims>((context, _) => ShowMuted(context))
        .Callback<MuteSim>(Mute)
        .Callback<SnoozeReminder>(Snooze)
        .Callback<ReminderPaidAction>(PaidAction)
        .TextStep<EnteringTimeZone>("reminders.time-zone", ReadZone, (context, _) => context.Send(context.T["Reminders.Zone.SendText"], ReminderKeyboards.BackToSettings(context.T)));

    private async Task ShowSettings(BotContext context)
    {
        context.EndConversation();
        var muted = await MutedSims(context);
        var settings = context.Profile.ReminderSettings();
        await context.Show(ReminderViews.Settings(context.T, context.Profile, context.Now), ReminderKeyboards.Settings(context.T, settings, settings.TimeZone.Id, muted.Count));
    }

    private async Task ToggleOffset(BotContext context, ToggleReminderOffset toggle)
    {
        if (!ReminderSettings.AllowedOffsets.Contains(toggle.Days))
        {
            await Outdated(context);
            return;
        }

        context.Profile.ReminderOffsets = [.. ReminderSettings.Toggle(context.Profile.ReminderOffsets, toggle.Days)];
        await SaveSettings(context);
        await ShowSettings(context);
    }

    private async Task ChooseHour(BotContext context, ChooseReminderHour choice)
    {
        switch (choice.Hour)
        {
            case null:
                var zone = context.Profile.ReminderSettings().TimeZone;
                await context.Show(context.T.Format("Reminders.Hour.Choose", zone.Id, ReminderViews.LocalTime(context.Now, zone)), ReminderKeyboards.Hours(context.T, context.Profile.ReminderHour));
                break;
            case >= 0 and <= 23 and var hour:
                context.Profile.ReminderHour = hour;
                await SaveSettings(context);
                await ShowSettings(context);
                break;
            default:
                await Outdated(context);
                break;
        }
    }

    private async Task ChooseZone(BotContext context, ChooseTimeZone choice)
    {
        if (choice.Index is null)
        {
            var zone = context.Profile.ReminderSettings().TimeZone;
            await context.Show(context.T.Format("Reminders.Zone.Choose", zone.Id, ReminderViews.LocalTime(context.Now, zone)), ReminderKeyboards.TimeZones(context.T, zone.Id));
            return;
        }

        if (choice.Index is not { } index || index < 0 || index >= ReminderTimeZones.Common.Count)
        {
            await Outdated(context);
            return;
        }

        context.Profile.TimeZone = ReminderTimeZones.Common[index];
        await SaveSettings(context);
        await ShowSettings(context);
    }

    private async Task AskZone(BotContext context, TypeTimeZone ask)
    {
        context.Go(new EnteringTimeZone());
        await context.Show(context.T["Reminders.Zone.Ask"], ReminderKeyboards.BackToSettings(context.T));
    }

    private async Task ReadZone(BotContext context, EnteringTimeZone step, string text)
    {
        if (!ReminderTimeZones.TryFind(text, out var zone))
        {
            var shown = text.Trim();
            await context.Send(context.T.Format("Reminders.Zone.Unknown", shown.Length > 40 ? shown[..40] + "…" : shown), ReminderKeyboards.BackToSettings(context.T));
            return;
        }

        context.Profile.TimeZone = zone.Id;
        await SaveSettings(context);
        await ShowSettings(context);
    }

    private async Task Pause(BotContext context, PauseReminders pause)
    {
        context.Profile.RemindersPaused = pause.Paused;
        await SaveSettings(context);
        await context.Answer(context.T[pause.Paused ? "Reminders.Toast.Paused" : "Reminders.Toast.Resumed"]);
        await ShowSettings(context);
    }

    private async Task ShowMuted(BotContext context)
    {
        var muted = await MutedSims(context);
        await context.Show(
            context.T[muted.Count == 0 ? "Reminders.Muted.None" : "Reminders.Muted.Title"],
            ReminderKeyboards.MutedSims(context.T, muted.Select(sim => (sim.Id, simViews.Title(context.T, sim)))));
    }

    private async Task Mute(BotContext context, MuteSim mute)
    {
        if (await simsFeature.FindOwned(context, mute.SimId) is not { } sim)
        {
            return;
        }

        await reminders.Change(sim.Id, sim.OwnerId, state => state with { Muted = mute.Muted }, context.Cancellation);
        await context.Answer(context.T[mute.Muted ? "Reminders.Toast.Muted" : "Reminders.Toast.Unmuted"]);
        var title = simViews.Title(context.T, sim);
        switch (mute.From)
        {
            case MuteFrom.Reminder when mute.Muted:
                await context.Show(context.T.Format("Reminders.Done.Muted", title), ReminderKeyboards.Muted(context.T, sim.Id));
                break;
            case MuteFrom.Reminder:
                await context.Show(context.T.Format("Reminders.Done.Unmuted", title), ReminderKeyboards.Handled(context.T, sim.Id));
                break;
            case MuteFrom.Settings:
                await ShowMuted(context);
                break;
            default:
                await simsFeature.ShowCard(context, sim);
                break;
        }
    }

    private async Task Snooze(BotContext context, SnoozeReminder snooze)
    {
        if (await CurrentSim(context, snooze.SimId, snooze.Deadline) is not { } sim)
        {
            return;
        }

        if (snooze.Days is not (1 or 3))
        {
            await Outdated(context);
            return;
        }

        var until = context.Now.AddDays(snooze.Days);
        await reminders.Change(sim.Id, sim.OwnerId, state => state.SnoozedFor(snooze.Deadline, until), context.Cancellation);
        await context.Answer(context.T["Reminders.Toast.Snoozed"]);
        await context.Show(
            context.T.Format("Reminders.Done.Snoozed", simViews.Title(context.T, sim), new Texts.Html(ReminderViews.LocalDateTime(context.T, until, context.Profile.ReminderSettings().TimeZone)), snooze.Deadline),
            ReminderKeyboards.Handled(context.T, sim.Id));
    }

    private async Task PaidAction(BotContext context, ReminderPaidAction paid)
    {
        if (await CurrentSim(context, paid.SimId, paid.Deadline) is not { } sim)
        {
            return;
        }

        if (await simsFeature.RecordPaidActivity(context, sim, new PaidActivity(context.Today, ActivityKind.Other)) is not { } saved)
        {
            // Changed meanwhile: the fresh card shows what is on record now.
            await StaleReminder(context, sim.Id);
            return;
        }

        await context.Answer(context.T["Reminders.Toast.Recorded"]);
        var outlook = simViews.Outlook(saved, context.Today);
        await context.Show(
            context.T.Format("Reminders.Done.Paid", simViews.Title(context.T, saved), context.Today, new Texts.Html(SimViews.NextAction(context.T, saved, outlook))),
            ReminderKeyboards.Handled(context.T, saved.Id));
    }

    /// <summary>The user's SIM if the reminder's deadline is still the SIM's deadline; otherwise the user gets the fresh card.</summary>
    private async Task<Sim?> CurrentSim(BotContext context, long simId, DateOnly deadline)
    {
        if (await simsFeature.FindOwned(context, simId) is not { } sim)
        {
            return null;
        }

        var state = await reminders.Find(sim.Id, context.Cancellation);
        if (ReminderPlanner.Deadline(simViews.Outlook(sim, context.Today).NextAction, state.Deadline) != deadline)
        {
            await context.Answer(context.T["Reminders.Outdated"], alert: true);
            await simsFeature.ShowCard(context, sim);
            return null;
        }

        return sim;
    }

    private async Task StaleReminder(BotContext context, long simId)
    {
        if (await sims.FindOwned(context.UserId, simId, context.Cancellation) is { } fresh)
        {
            await context.Answer(context.T["Reminders.Outdated"], alert: true);
            await simsFeature.ShowCard(context, fresh);
        }
        else
        {
            await simsFeature.FindOwned(context, simId);
        }
    }

    private async Task<List<Sim>> MutedSims(BotContext context)
    {
        var states = await reminders.ListOwnedBy(context.UserId, context.Cancellation);
        var owned = await sims.ListOwnedBy(context.UserId, context.Cancellation);
        return [.. owned.Where(sim => states.TryGetValue(sim.Id, out var state) && state.Muted)];
    }

    /// <summary>Saves the settings now (not only after the handler), then has the scan recompute the user's SIMs with them.</summary>
    private async Task SaveSettings(BotContext context)
    {
        await users.Save(context.Profile, context.Cancellation);
        await reminders.RecheckOwner(context.UserId, context.Cancellation);
    }

    private async Task Outdated(BotContext context)
    {
        await context.Answer(context.T["Common.Outdated"]);
        await ShowSettings(context);
    }
}
