using System.Net;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using TopUpBot.Outbox;

namespace TopUpBot.Tests.Outbox;

public sealed class TelegramRateGateTests
{
    private static readonly TimeSpan Safety = TimeSpan.FromSeconds(10);

    [Theory]
    [InlineData("""{"ok":false,"error_code":429,"description":"Too Many Requests: retry after 7","parameters":{"retry_after":7}}""", 7)]
    [InlineData("""{"ok":false,"error_code":429,"parameters":{"retry_after":0}}""", 0)]
    [InlineData("""{"ok":false,"error_code":429,"parameters":{"retry_after":86400}}""", 3600)]
    public void Reads_retry_after_from_the_parameters(string body, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), TelegramRateGate.RetryAfter(body));

    [Theory]
    [InlineData("""{"ok":false,"error_code":429,"description":"Too Many Requests"}""")]
    [InlineData("""{"ok":false,"parameters":{"retry_after":"7"}}""")]
    [InlineData("""{"ok":false,"parameters":{"retry_after":-3}}""")]
    [InlineData("""{"ok":false,"parameters":{"retry_after":1.5}}""")]
    [InlineData("""{"ok":false,"parameters":7}""")]
    [InlineData("[1,2]")]
    [InlineData("<html><body>429 Too Many Requests</body></html>")]
    [InlineData("")]
    public void Finds_no_retry_after_where_there_is_none(string body) =>
        Assert.Null(TelegramRateGate.RetryAfter(body));

    [Fact]
    public async Task A_429_holds_every_later_call_until_retry_after_and_the_margin_have_passed()
    {
        var clock = new FakeTimeProvider();
        var telegram = new ScriptedHandler(
            Answer(HttpStatusCode.TooManyRequests, """{"ok":false,"error_code":429,"description":"Too Many Requests: retry after 2","parameters":{"retry_after":2}}"""),
            Answer(HttpStatusCode.OK, """{"ok":true,"result":true}"""));
        using var client = new HttpClient(new TelegramRateGate(new TelegramPause(clock, NullLogger<TelegramPause>.Instance), NullLogger<TelegramRateGate>.Instance) { InnerHandler = telegram });

        using var first = await client.GetAsync(new Uri("http://127.0.0.1/bot1:x/getMe")).WaitAsync(Safety);
        Assert.Contains("retry after 2", await first.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var second = client.GetAsync(new Uri("http://127.0.0.1/bot1:x/getMe"));
        clock.Advance(TimeSpan.FromMilliseconds(2499));
        Assert.Equal(1, telegram.Calls);
        Assert.False(second.IsCompleted);

        clock.Advance(TimeSpan.FromMilliseconds(1));
        using var answer = await second.WaitAsync(Safety);
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal(2, telegram.Calls);
    }

    private static HttpResponseMessage Answer(HttpStatusCode status, string json) =>
        new(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };

    /// <summary>Stands in for the network: answers each call with the next scripted response.</summary>
    private sealed class ScriptedHandler(params HttpResponseMessage[] answers) : HttpMessageHandler
    {
        private int _calls;

        public int Calls => Volatile.Read(ref _calls);

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(answers[Interlocked.Increment(ref _calls) - 1]);
    }
}
