using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace TopUpBot.Tests.FakeBotApi;

/// <summary>
/// A fake Telegram Bot API on 127.0.0.1 for the real <see cref="TelegramBotClient"/>: point the client at <see cref="BaseUrl"/>
/// with <see cref="Token"/>. It serves the methods in bot-api-methods.json, keeps a model of each chat, records every call,
/// and answers with faults scripted in <see cref="Faults"/>.
/// </summary>
public sealed class FakeBotApiServer : IAsyncDisposable
{
    private readonly FakeBotApiOptions _options;
    private readonly WebApplication _app;
    private readonly CancellationTokenSource _stopping = new();
    private readonly RequestLog _requests = new();
    private readonly UpdateQueue _updates = new();
    private readonly CallbackQueries _callbackQueries = new();
    private readonly FileStore _files = new();
    private readonly CommandStore _commands = new();
    private readonly ChatDirectory _chats;
    private readonly BotApiMethods _methods;
    private readonly TelegramLimits? _limits;
    private int _disposed;

    private FakeBotApiServer(FakeBotApiOptions options)
    {
        _options = options;
        var botId = options.Token.Split(':')[0];
        Bot = new User
        {
            Id = long.Parse(botId, NumberStyles.None, CultureInfo.InvariantCulture),
            IsBot = true,
            FirstName = options.BotFirstName,
            Username = options.BotUsername,
            CanJoinGroups = true,
        };
        _chats = new ChatDirectory(_callbackQueries);
        _methods = new BotApiMethods(Bot, _chats, _files, _callbackQueries, _updates, _commands, options.TimeProvider);
        _limits = options.EnforceTelegramLimits ? new TelegramLimits() : null;

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        _app = builder.Build();
        _app.MapMethods("/bot{token}/{method}", ["GET", "POST"], Serve);
        _app.MapGet("/file/bot{token}/{**path}", Download);
    }

    /// <summary>http://127.0.0.1:port, for <c>new TelegramBotClientOptions(Token, BaseUrl)</c>.</summary>
    public string BaseUrl => _app.Urls.Single();

    public string Token => _options.Token;

    /// <summary>The bot as getMe describes it.</summary>
    public User Bot { get; }

    public FaultScript Faults { get; } = new();

    /// <summary>Completes at the bot's first getUpdates call.</summary>
    public Task PollingStarted => _updates.PollingStarted;

    /// <summary>Every call so far, in arrival order.</summary>
    public IReadOnlyList<RecordedRequest> Requests => _requests.All;

    /// <summary>Every answer the bot gave to a button tap, in the order given.</summary>
    public IReadOnlyList<CallbackAnswer> CallbackAnswers => _callbackQueries.Answers;

    internal TimeProvider Time => _options.TimeProvider;

    public static async Task<FakeBotApiServer> StartAsync(FakeBotApiOptions? options = null, CancellationToken cancellationToken = default)
    {
        var server = new FakeBotApiServer(options ?? new FakeBotApiOptions());
        await server._app.StartAsync(cancellationToken);
        return server;
    }

    /// <summary>The calls of one method (any case), in arrival order.</summary>
    public IReadOnlyList<RecordedRequest> RequestsOf(string method) =>
        Requests.Where(request => request.Method.Equals(method, StringComparison.OrdinalIgnoreCase)).ToArray();

    /// <summary>The first answered call that matches, among those already answered or, if none, those to come.</summary>
    public Task<RecordedRequest> WaitForRequest(Func<RecordedRequest, bool> match) => _requests.WaitFor(match);

    public FakeChat Chat(long chatId) =>
        _chats.Find(chatId) ?? throw new ArgumentException($"The fake knows no chat {chatId}.", nameof(chatId));

    /// <summary>The commands setMyCommands left for exactly this scope (default: the default scope) and language.</summary>
    public IReadOnlyList<BotCommand> CommandsFor(BotCommandScope? scope = null, string? languageCode = null) =>
        _commands.Get(scope is null ? null : JsonSerializer.SerializeToElement(scope, JsonBotAPI.Options), languageCode);

    /// <summary>
    /// Queues an incoming update and returns the update_id it was given. Chats in it become known; a message in it joins
    /// its chat's model, numbered next in that chat if it has no id yet.
    /// </summary>
    public int Enqueue(Update update)
    {
        ArgumentNullException.ThrowIfNull(update);
        var chats = new[] { update.Message?.Chat, update.CallbackQuery?.Message?.Chat, update.MyChatMember?.Chat, update.ChatMember?.Chat };
        foreach (var chat in chats.OfType<Chat>())
        {
            _chats.Register(chat);
        }

        if (update.Message is { } message)
        {
            _chats.Register(message.Chat).Add(message, AttachmentOf(message));
        }

        return _updates.Enqueue(update);
    }

    /// <summary>
    /// Completes when the bot calls getUpdates with an offset above <paramref name="updateId"/>: a bot that confirms an update
    /// only after handling it has then handled it. Fails if the update was dropped undelivered.
    /// </summary>
    public Task WaitUntilConsumed(int updateId) => _updates.WaitUntilConsumed(updateId);

    /// <summary>A user with a private chat with the bot, to drive the bot as that user would.</summary>
    public FakeUser CreateUser(long id, string firstName, string? languageCode = null, string? lastName = null, string? username = null)
    {
        var user = new User { Id = id, FirstName = firstName, LastName = lastName, Username = username, LanguageCode = languageCode };
        var chat = _chats.Register(new Chat { Id = id, Type = ChatType.Private, FirstName = firstName, LastName = lastName, Username = username });
        return new FakeUser(this, user, chat);
    }

    /// <summary>A group the bot is in; users write there with <see cref="FakeUser.SendsInGroup"/>.</summary>
    public FakeChat CreateGroup(long id, string title)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(id, 0);
        return _chats.Register(new Chat { Id = id, Type = ChatType.Group, Title = title });
    }

    /// <summary>From now on the bot's calls for this chat get 403, as when the user blocked the bot.</summary>
    public void BlockBot(long chatId) => Chat(chatId).IsBotBlocked = true;

    public void UnblockBot(long chatId) => Chat(chatId).IsBotBlocked = false;

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        await _stopping.CancelAsync();
        _updates.CancelWaits();
        _requests.CancelWaiters();
        await _app.StopAsync();
        await _app.DisposeAsync();
        _stopping.Dispose();
    }

    /// <summary>Enqueues the update and waits, up to the configured real-time limit, for the bot to confirm it.</summary>
    internal async Task Deliver(Update update, string description)
    {
        var updateId = Enqueue(update);
        try
        {
            await WaitUntilConsumed(updateId).WaitAsync(_options.ConsumeTimeout);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException(
                $"The bot did not confirm update {updateId} ({description}) within {_options.ConsumeTimeout.TotalSeconds} s. {_updates.Describe()}");
        }
    }

    internal FakeFile AddFile(string folder, string fileName, byte[] content) => _files.Add(folder, fileName, content);

    internal string IssueCallbackQuery(long userId, ChatMessage message, string data) => _callbackQueries.Issue(userId, message, data);

    private FakeFile? AttachmentOf(Message message) =>
        (message.Document?.FileId ?? message.Photo?.LastOrDefault()?.FileId ?? message.Sticker?.FileId) is { } fileId
            ? _files.Find(fileId)
            : null;

    private async Task Serve(HttpContext http)
    {
        var receivedAt = _options.TimeProvider.GetUtcNow();
        var timestamp = Stopwatch.GetTimestamp();
        var name = (string)http.GetRouteValue("method")!;
        BotApiSpec.Methods.TryGetValue(name, out var method);
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, _stopping.Token);
        ReadRequest read;
        BotApiError? unreadable = null;
        try
        {
            read = await RequestReader.Read(http.Request, method, cancellation.Token);
        }
        catch (BotApiError error)
        {
            read = new ReadRequest([], []);
            unreadable = error;
        }

        var request = _requests.Record(method?.Name ?? name, read.Parameters, read.Uploads, receivedAt, timestamp);
        BotApiOutcome outcome;
        try
        {
            outcome = await Answer(http, request, method, unreadable, cancellation.Token);
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            outcome = new BotApiOutcome(0, "not answered: the client gave up or the server stopped");
        }

        _requests.Complete(request, outcome);
    }

    private async Task<BotApiOutcome> Answer(HttpContext http, RecordedRequest request, MethodSpec? method, BotApiError? unreadable, CancellationToken cancellationToken)
    {
        try
        {
            if ((string?)http.GetRouteValue("token") != Token)
            {
                throw new BotApiError(401, "Unauthorized");
            }

            if (method is null)
            {
                throw new BotApiError(404, "Not Found");
            }

            if (unreadable is not null)
            {
                throw unreadable;
            }

            if (Faults.Take(method.Name) is { } fault)
            {
                return await Inject(http.Response, fault, cancellationToken);
            }

            _limits?.Admit(request);

            var result = await _methods.Invoke(method, request, cancellationToken);
            await BotApiResponse.WriteResult(http.Response, result, cancellationToken);
            return new BotApiOutcome(200, null);
        }
        catch (Exception exception) when (exception is BotApiError or JsonException)
        {
            var error = exception as BotApiError ?? BotApiError.BadRequest("can't parse parameters: " + exception.Message);
            await BotApiResponse.WriteError(http.Response, error.ErrorCode, error.Message, error.RetryAfter, cancellationToken);
            return new BotApiOutcome(error.ErrorCode, error.Message);
        }
    }

    private static async Task<BotApiOutcome> Inject(HttpResponse response, Fault fault, CancellationToken cancellationToken)
    {
        if (fault.Hangs)
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }

        if (fault.IsHtmlPage)
        {
            await BotApiResponse.WriteBadGatewayPage(response, cancellationToken);
        }
        else
        {
            await BotApiResponse.WriteError(response, fault.StatusCode, fault.Description, fault.RetryAfter, cancellationToken);
        }

        return new BotApiOutcome(fault.StatusCode, fault.Description);
    }

    private async Task Download(HttpContext http)
    {
        var file = (string?)http.GetRouteValue("token") == Token ? _files.FindByPath((string)http.GetRouteValue("path")!) : null;
        if (file is null)
        {
            await BotApiResponse.WriteError(http.Response, 404, "Not Found", null, http.RequestAborted);
            return;
        }

        http.Response.ContentType = file.MimeType;
        http.Response.ContentLength = file.Content.Length;
        await http.Response.Body.WriteAsync(file.Content, http.RequestAborted);
    }
}
