using TopUpBot.Bot;

namespace TopUpBot.Routing;

internal delegate Task Handler(BotContext context);

internal delegate Task CallbackHandler<in TCallback>(BotContext context, TCallback callback)
    where TCallback : ICallback;

internal delegate Task StepHandler<in TStep>(BotContext context, TStep step)
    where TStep : ConversationStep;

/// <summary>A command every step honours. <paramref name="DescriptionKey"/> lists it in Telegram's command menu.</summary>
internal sealed record CommandRoute(string Name, Handler Handler, string? DescriptionKey);

internal sealed record CallbackRoute(CallbackShape Shape, Func<BotContext, ICallback, Task> Handler);

/// <summary>
/// A conversation step: <paramref name="Handle"/> returns false when the update is not the kind of input the step
/// waits for, and <paramref name="Otherwise"/> then tells the user what is expected while the step stays.
/// </summary>
internal sealed record StepRoute(
    string Name,
    Func<BotContext, ConversationStep, Task<bool>> Handle,
    Func<BotContext, ConversationStep, Task> Otherwise);

/// <summary>Collects the routes of all features; <see cref="Router"/> is built from it once at start.</summary>
internal sealed class RouteBuilder
{
    internal Dictionary<string, CommandRoute> Commands { get; } = new(StringComparer.OrdinalIgnoreCase);

    internal Dictionary<string, CallbackRoute> Callbacks { get; } = new(StringComparer.Ordinal);

    internal Dictionary<Type, StepRoute> Steps { get; } = [];

    internal Handler? OutdatedHandler { get; private set; }

    internal Handler? FallbackHandler { get; private set; }

    internal Handler? ChatMemberHandler { get; private set; }

    public RouteBuilder Command(string name, Handler handler, string? descriptionKey = null)
    {
        if (!Commands.TryAdd(name, new CommandRoute(name, handler, descriptionKey)))
        {
            throw new InvalidOperationException($"Command /{name} is mapped twice.");
        }

        return this;
    }

    public RouteBuilder Callback<TCallback>(CallbackHandler<TCallback> handler)
        where TCallback : ICallback
    {
        var shape = CallbackData.ShapeOf(typeof(TCallback));
        if (!Callbacks.TryAdd(shape.Prefix, new CallbackRoute(shape, (context, callback) => handler(context, (TCallback)callback))))
        {
            throw new InvalidOperationException($"Callback prefix '{shape.Prefix}' is mapped twice.");
        }

        return this;
    }

    /// <summary>A step that waits for a text message; anything else (a sticker, a photo, a command it doesn't know) gets <paramref name="otherwise"/>.</summary>
    public RouteBuilder TextStep<TStep>(string name, Func<BotContext, TStep, string, Task> onText, StepHandler<TStep> otherwise)
        where TStep : ConversationStep =>
        Step<TStep>(
            name,
            async (context, step) =>
            {
                if (context.Text is not { } text || context.Command is not null)
                {
                    return false;
                }

                await onText(context, step, text);
                return true;
            },
            otherwise);

    public RouteBuilder Step<TStep>(string name, Func<BotContext, TStep, Task<bool>> handle, StepHandler<TStep> otherwise)
        where TStep : ConversationStep
    {
        if (Steps.Values.Any(s => s.Name == name) || !Steps.TryAdd(
                typeof(TStep),
                new StepRoute(name, (context, step) => handle(context, (TStep)step), (context, step) => otherwise(context, (TStep)step))))
        {
            throw new InvalidOperationException($"Step {typeof(TStep).Name} ('{name}') is mapped twice.");
        }

        return this;
    }

    /// <summary>Callback data that doesn't parse, names an unknown prefix, or comes from an older version.</summary>
    public RouteBuilder Outdated(Handler handler)
    {
        OutdatedHandler = handler;
        return this;
    }

    public RouteBuilder Fallback(Handler handler)
    {
        FallbackHandler = handler;
        return this;
    }

    /// <summary>my_chat_member: the user blocked or unblocked the bot.</summary>
    public RouteBuilder ChatMember(Handler handler)
    {
        ChatMemberHandler = handler;
        return this;
    }
}
