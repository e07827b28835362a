using System.Diagnostics;
using System.Globalization;
using TopUpBot.Tests.FakeBotApi;

namespace TopUpBot.Bench;

/// <summary>
/// The messages the bot sent, as the fake Bot API saw them arrive (real-time <see cref="RecordedRequest.Timestamp"/>s).
/// Sustained rate: the sends after the first second, (n - 1) over the time from the first to the last of them, which
/// is exact for evenly spaced sends and leaves out the start-up.
/// </summary>
internal sealed record FanOutStats(
    int Sent,
    int TooManyRequests,
    int OtherErrors,
    double Seconds,
    double SustainedPerSecond,
    int MaxInOneSecond,
    int MaxPerChatInOneSecond)
{
    public static FanOutStats From(IReadOnlyList<RecordedRequest> sendMessages)
    {
        var ok = sendMessages.Where(r => r.Outcome?.StatusCode == 200).Select(r => (At: ToSeconds(r.Timestamp), Chat: r.Parameters["chat_id"].GetRawText())).OrderBy(s => s.At).ToList();
        var tooMany = sendMessages.Count(r => r.Outcome?.StatusCode == 429);
        var other = sendMessages.Count(r => r.Outcome?.StatusCode is not (200 or 429));
        if (ok.Count < 2)
        {
            return new FanOutStats(ok.Count, tooMany, other, 0, 0, ok.Count, ok.Count);
        }

        var start = ok[0].At;
        var steady = ok.Where(s => s.At >= start + 1).ToList();
        var sustained = steady.Count >= 2 ? (steady.Count - 1) / (steady[^1].At - steady[0].At) : 0;
        return new FanOutStats(
            ok.Count,
            tooMany,
            other,
            ok[^1].At - start,
            sustained,
            MaxInWindow(ok.Select(s => s.At).ToList()),
            ok.GroupBy(s => s.Chat).Max(chat => MaxInWindow([.. chat.Select(s => s.At)])));
    }

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Sent:N0} sent in {Seconds:F1} s; sustained {SustainedPerSecond:F2}/s after the first second; at most {MaxInOneSecond} in any one second " +
        $"(at most {MaxPerChatInOneSecond} to one chat); {TooManyRequests} answered 429, {OtherErrors} other errors");

    private static double ToSeconds(long timestamp) => timestamp / (double)Stopwatch.Frequency;

    /// <summary>The most sends within any window of one second (a send exactly one second after another is in the next window).</summary>
    private static int MaxInWindow(List<double> times)
    {
        var max = 0;
        for (int first = 0, last = 0; last < times.Count; last++)
        {
            while (times[last] - times[first] >= 1)
            {
                first++;
            }

            max = Math.Max(max, last - first + 1);
        }

        return max;
    }
}
