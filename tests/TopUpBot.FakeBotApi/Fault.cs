namespace TopUpBot.Tests.FakeBotApi;

/// <summary>How the fake answers a call instead of serving it. Script faults through <see cref="FaultScript"/>.</summary>
public sealed class Fault
{
    private Fault(string name, int statusCode, string description, int? retryAfter = null)
    {
        Name = name;
        StatusCode = statusCode;
        Description = description;
        RetryAfter = retryAfter;
    }

    internal string Name { get; }

    internal int StatusCode { get; }

    internal string Description { get; }

    internal int? RetryAfter { get; }

    internal bool Hangs => StatusCode == 0;

    /// <summary>Whether the answer is nginx's HTML error page rather than Telegram's JSON, as Telegram's front end gives on a 502.</summary>
    internal bool IsHtmlPage => StatusCode == 502;

    /// <summary>429 with <c>parameters.retry_after</c>, as Telegram's flood control answers.</summary>
    public static Fault TooManyRequests(int retryAfter) =>
        new(nameof(TooManyRequests), 429, $"Too Many Requests: retry after {retryAfter}", retryAfter);

    /// <summary>403, by default the answer to a message for a user who blocked the bot.</summary>
    public static Fault Forbidden(string description = "Forbidden: bot was blocked by the user") =>
        new(nameof(Forbidden), 403, description);

    /// <summary>400 with the given description, which should start with "Bad Request: " like Telegram's.</summary>
    public static Fault BadRequest(string description) => new(nameof(BadRequest), 400, description);

    /// <summary>500 in Telegram's JSON shape.</summary>
    public static Fault InternalServerError() => new(nameof(InternalServerError), 500, "Internal Server Error");

    /// <summary>502 as an HTML page, the way a proxy in front of Telegram answers: the client cannot parse it as JSON.</summary>
    public static Fault BadGateway() => new(nameof(BadGateway), 502, "Bad Gateway");

    /// <summary>Never answers: the call waits until the client gives up (its HTTP timeout) or the server is disposed.</summary>
    public static Fault Hang() => new(nameof(Hang), 0, "no answer");

    public override string ToString() => RetryAfter is { } seconds ? $"{Name}(retryAfter: {seconds})" : Name;
}
