using TopUpBot.Bot;

namespace TopUpBot.Routing;

/// <summary>
/// Maps an update to exactly one handler, always in this order:
/// 1. commands (/start, /help, /cancel, /language, /menu and every feature command work from any step);
/// 2. callback queries, by the typed prefix of their data (unparseable or older versions go to "outdated");
/// 3. the current conversation step's handler;
/// 4. that step's "otherwise" answer, when the update is not what the step waits for;
/// 5. the global fallback.
/// my_chat_member updates go to the chat-member handler.
/// </summary>
internal sealed class Router
{
    private readonly Dictionary<string, CommandRoute> _commands;
    private readonly Dictionary<string, CallbackRoute> _callbacks;
    private readonly Dictionary<Type, StepRoute> _steps;
    private readonly Handler _outdated;
    private readonly Handler _fallback;
    private readonly Handler? _chatMember;

    public Router(IEnumerable<IFeature> features)
    {
        var routes = new RouteBuilder();
        foreach (var feature in features)
        {
            feature.Map(routes);
        }

        _commands = routes.Commands;
        _callbacks = routes.Callbacks;
        _steps = routes.Steps;
        _outdated = routes.OutdatedHandler ?? throw new InvalidOperationException("No feature maps the outdated-menu handler.");
        _fallback = routes.FallbackHandler ?? throw new InvalidOperationException("No feature maps the fallback handler.");
        _chatMember = routes.ChatMemberHandler;
        Steps = new StepSerializer(_steps.ToDictionary(s => s.Key, s => s.Value.Name));
    }

    public StepSerializer Steps { get; }

    public IEnumerable<CommandRoute> Commands => _commands.Values;

    public IEnumerable<CallbackShape> CallbackShapes => _callbacks.Values.Select(c => c.Shape);

    public async Task Route(BotContext context)
    {
        if (context.Update.MyChatMember is not null)
        {
            if (_chatMember is not null)
            {
                await _chatMember(context);
            }

            return;
        }

        if (context.Command is { } command && _commands.TryGetValue(command.Name, out var commandRoute))
        {
            await commandRoute.Handler(context);
            return;
        }

        if (context.Callback is { } callback)
        {
            if (TryParse(callback.Data, out var route, out var data))
            {
                await route.Handler(context, data);
            }
            else
            {
                await _outdated(context);
            }

            return;
        }

        if (context.Step is { } step && _steps.TryGetValue(step.GetType(), out var stepRoute))
        {
            if (!await stepRoute.Handle(context, step))
            {
                await stepRoute.Otherwise(context, step);
            }

            return;
        }

        await _fallback(context);
    }

    private bool TryParse(string? raw, out CallbackRoute route, out ICallback data)
    {
        route = null!;
        data = null!;
        if (!CallbackData.TrySplit(raw, out var prefix, out var version, out var fields)
            || !_callbacks.TryGetValue(prefix, out var found)
            || found.Shape.Version != version
            || found.Shape.TryCreate(fields) is not { } parsed)
        {
            return false;
        }

        route = found;
        data = parsed;
        return true;
    }
}
