using Microsoft.Extensions.Logging;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;
using TopUpBot.Bot;
using TopUpBot.Domain.Sims;
using TopUpBot.Features.Reminders;
using TopUpBot.Features.Sims;
using TopUpBot.Outbox;
using TopUpBot.Routing;
using TopUpBot.Users;
using static TopUpBot.Features.Menu.MenuKeyboards;

namespace TopUpBot.Features.Presence;

/// <summary>
/// my_chat_member in the private chat: blocking the bot marks the user inactive and drops their pending pushes;
/// unblocking marks them active again and shows where their SIMs stand. The pipeline saves the profile.
/// </summary>
internal sealed partial class PresenceFeature(ISimStore sims, SimViews views, IOutboxQueue outbox, IUserStore users, IReminderStore reminders, ILogger<PresenceFeature> logger) : IFeature
{
    public void Map(RouteBuilder routes) => routes.ChatMember(OnChatMember);

    private async Task OnChatMember(BotContext context)
    {
        if (context.Update.MyChatMember is not { } change)
        {
            return;
        }

        switch (change.NewChatMember.Status)
        {
            case ChatMemberStatus.Kicked:
                context.Profile.Active = false;
                var dropped = outbox.DropPending(context.UserId, context.Now);
                LogBlocked(logger, context.UserId, dropped);
                break;
            case ChatMemberStatus.Member:
                var returning = !context.Profile.Active || change.OldChatMember.Status == ChatMemberStatus.Kicked;
                context.Profile.Active = true;
                if (returning)
                {
                    // Saved now, not only after the handler, so the scan the recheck asks for sees the user as active.
                    await users.Save(context.Profile, context.Cancellation);
                    await reminders.RecheckOwner(context.UserId, context.Cancellation);
                    LogUnblocked(logger, context.UserId);
                    await SendStatus(context);
                }

                break;
        }
    }

    private async Task SendStatus(BotContext context)
    {
        var owned = await sims.ListOwnedBy(context.UserId, context.Cancellation);
        if (owned.Count == 0)
        {
            await context.Send(context.T["Presence.BackNoSims"], new InlineKeyboardMarkup([[Button(context.T["Menu.Button.AddSim"], new StartAddSim())]]));
            return;
        }

        var today = context.Today;
        var lines = owned
            .Select(sim => (Sim: sim, Outlook: views.Outlook(sim, today)))
            .OrderBy(s => s.Outlook, SimOutlook.ByUrgency)
            .Select(s => views.ListLine(context.T, s.Sim, s.Outlook));
        await context.Send(
            context.T.Format("Presence.Back", new Texts.Html(string.Join("\n", lines))),
            new InlineKeyboardMarkup([[Button(context.T["Menu.Button.MySims"], new ListSims())]]));
    }

    [LoggerMessage(EventId = 720, Level = LogLevel.Information, Message = "User {UserId} blocked the bot; marked inactive, {Dropped} pending pushes dropped")]
    private static partial void LogBlocked(ILogger logger, long userId, int dropped);

    [LoggerMessage(EventId = 721, Level = LogLevel.Information, Message = "User {UserId} unblocked the bot; marked active")]
    private static partial void LogUnblocked(ILogger logger, long userId);
}
