using TopUpBot.Texts;

namespace TopUpBot.Features.YourData;

/// <summary>One reading of an imported file: what sections need to know, and every problem found, in the user's words.</summary>
internal sealed class ImportReading(Texts.Texts t, long userId, DateTimeOffset now)
{
    private readonly List<string> _problems = [];

    public Texts.Texts T => t;

    public long UserId => userId;

    public DateTimeOffset Now => now;

    /// <summary>
    /// The latest date that is already today somewhere (UTC+14): a date the user saw as today is not "in the future",
    /// whatever time zone the file was made in.
    /// </summary>
    public DateOnly LatestToday { get; } = DateOnly.FromDateTime(now.UtcDateTime.AddHours(14));

    public SimIdMap Sims { get; } = new();

    /// <summary>Each problem as one line of Telegram HTML.</summary>
    public IReadOnlyList<string> Problems => _problems;

    /// <summary>A problem of the whole file; <paramref name="html"/> is already formatted.</summary>
    public void Problem(string html) => _problems.Add(t.Format("Data.FileProblem", new Html(html)));

    /// <summary>A problem of one item, e.g. "SIM 2": "the balance must be ...".</summary>
    public void Problem(string where, string html) => _problems.Add(t.Format("Data.Problem", where, new Html(html)));
}
