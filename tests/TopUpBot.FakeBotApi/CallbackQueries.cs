namespace TopUpBot.Tests.FakeBotApi;

/// <summary>How the bot answered a button tap (answerCallbackQuery).</summary>
public sealed record CallbackAnswer(
    string QueryId,
    long UserId,
    long ChatId,
    int MessageId,
    string Data,
    string? Text,
    bool ShowAlert,
    string? Url,
    int? CacheTime,
    DateTimeOffset AnsweredAt);

/// <summary>The callback queries users made, and the bot's answers to them; each can be answered once.</summary>
internal sealed class CallbackQueries
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, (long UserId, long ChatId, int MessageId, string Data)> _unanswered = new(StringComparer.Ordinal);
    private readonly List<CallbackAnswer> _answers = [];
    /// <summary>Telegram's callback query ids are long decimal numbers; these look the same.</summary>
    private long _lastId = 4_000_000_000_000_000_000;

    public IReadOnlyList<CallbackAnswer> Answers
    {
        get
        {
            lock (_gate)
            {
                return [.. _answers];
            }
        }
    }

    public string Issue(long userId, ChatMessage message, string data)
    {
        lock (_gate)
        {
            var id = (++_lastId).ToString();
            _unanswered[id] = (userId, message.ChatId, message.Id, data);
            return id;
        }
    }

    public CallbackAnswer Answer(string queryId, string? text, bool showAlert, string? url, int? cacheTime, DateTimeOffset now)
    {
        lock (_gate)
        {
            if (!_unanswered.Remove(queryId, out var query))
            {
                throw BotApiError.BadRequest("query is too old and response timeout expired or query ID is invalid");
            }

            var answer = new CallbackAnswer(queryId, query.UserId, query.ChatId, query.MessageId, query.Data, text, showAlert, url, cacheTime, now);
            _answers.Add(answer);
            return answer;
        }
    }
}
