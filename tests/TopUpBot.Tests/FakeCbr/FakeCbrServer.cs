using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace TopUpBot.Tests.FakeCbr;

/// <summary>
/// The Bank of Russia's XML_daily address on 127.0.0.1: serves whatever <see cref="Serve"/> set last (at first the recorded
/// 4 Oct 2024 document), windows-1251 like the real one, or a failure: a status code, an empty body, a broken document, or
/// no answer at all.
/// </summary>
public sealed class FakeCbrServer : IAsyncDisposable
{
    private const string DailyPath = "/scripts/XML_daily.asp";

    private readonly WebApplication _app;
    private readonly CancellationTokenSource _stopping = new();
    private CbrAnswer _answer;
    private int _requests;
    private TaskCompletionSource _held = NewSignal();

    private FakeCbrServer(CbrAnswer answer)
    {
        _answer = answer;
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        _app = builder.Build();
        _app.MapGet(DailyPath, Answer);
    }

    /// <summary>The address to use as ExchangeRates:SourceUrl.</summary>
    public string Url => _app.Urls.Single() + DailyPath;

    /// <summary>How many requests arrived so far.</summary>
    public int Requests => Volatile.Read(ref _requests);

    /// <summary>Completes once a request is being held by <see cref="CbrAnswer.Hang"/>; renewed by every <see cref="Serve"/>.</summary>
    public Task RequestHeld => Volatile.Read(ref _held).Task;

    public static async Task<FakeCbrServer> StartAsync(CbrAnswer? answer = null)
    {
        var server = new FakeCbrServer(answer ?? CbrAnswer.Recorded);
        await server._app.StartAsync();
        return server;
    }

    public void Serve(CbrAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        Volatile.Write(ref _held, NewSignal());
        Volatile.Write(ref _answer, answer);
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        await _app.DisposeAsync();
        _stopping.Dispose();
    }

    private async Task Answer(HttpContext http)
    {
        Interlocked.Increment(ref _requests);
        switch (Volatile.Read(ref _answer))
        {
            case CbrAnswer.Document document:
                http.Response.ContentType = "application/xml; charset=windows-1251";
                await http.Response.Body.WriteAsync(document.Body, http.RequestAborted);
                break;
            case CbrAnswer.Failure failure:
                http.Response.StatusCode = failure.StatusCode;
                await http.Response.WriteAsync("<html><body>Service unavailable</body></html>", http.RequestAborted);
                break;
            default:
                using (var gone = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, _stopping.Token))
                {
                    Volatile.Read(ref _held).TrySetResult();

                    // Held until the client gives up or the server stops; nothing here waits on a clock.
                    await Task.Delay(Timeout.Infinite, gone.Token).ContinueWith(_ => { }, TaskScheduler.Default);
                }

                break;
        }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
