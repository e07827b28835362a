using Microsoft.Extensions.Logging;
using TopUpBot.Bot;
using TopUpBot.Domain.Operators;
using TopUpBot.Routing;

namespace TopUpBot.Features.Guide;

/// <summary>The top-up guide: operators → an operator's codes, contacts and rules → step-by-step pages per channel.</summary>
internal sealed partial class GuideFeature(OperatorCatalog catalog, GuideViews views, ILogger<GuideFeature> logger) : IFeature
{
    public void Map(RouteBuilder routes) => routes
        .Command("guide", FromCommand, "Commands.Guide")
        .Callback<OpenGuide>(Open);

    /// <summary>/guide lists the operators; /guide mts (an id or a name in any language) opens one.</summary>
    private Task FromCommand(BotContext context)
    {
        context.EndConversation();
        var wanted = context.Command?.Payload;
        var op = string.IsNullOrEmpty(wanted) ? null : catalog.All.FirstOrDefault(o => Names(o).Contains(wanted, StringComparer.OrdinalIgnoreCase));
        return op is null ? ShowList(context) : ShowOverview(context, op);
    }

    private async Task Open(BotContext context, OpenGuide open)
    {
        context.EndConversation();
        if (open.OperatorId is null)
        {
            await ShowList(context);
            return;
        }

        if (catalog.Find(open.OperatorId) is not { } op)
        {
            // An operator id from an older catalog, or forged data.
            LogUnknownOperator(logger, open.OperatorId);
            await context.Answer(context.T["Common.Outdated"]);
            await ShowList(context);
            return;
        }

        switch (open.Channel)
        {
            case null:
                await ShowOverview(context, op);
                break;
            case TopUpChannelKind.Missing:
                await context.Answer(context.T["Common.Outdated"]);
                await ShowOverview(context, op);
                break;
            case { } kind:
                await context.Show(views.Channel(context.T, op, kind), GuideKeyboards.Channel(context.T, op, kind));
                break;
        }
    }

    private Task ShowList(BotContext context) =>
        context.Show(views.List(context.T), GuideKeyboards.Operators(context.T, catalog.All));

    private Task ShowOverview(BotContext context, OperatorInfo op) =>
        context.Show(views.Overview(context.T, op), GuideKeyboards.Overview(context.T, op));

    private static IEnumerable<string> Names(OperatorInfo op) => [op.Id, op.Names.Zh, op.Names.Ru, op.Names.En];

    [LoggerMessage(EventId = 650, Level = LogLevel.Information, Message = "Guide button names the unknown operator {OperatorId}")]
    private static partial void LogUnknownOperator(ILogger logger, string operatorId);
}
