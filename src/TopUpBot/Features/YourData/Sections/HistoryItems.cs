using System.Text.Json;
using TopUpBot.Domain.Sims;

namespace TopUpBot.Features.YourData.Sections;

/// <summary>What the history sections share: a list of items, each named by its place, and their date checks.</summary>
internal static class HistoryItems
{
    /// <summary>The items of a list section, each with its place ("Top-up 3"); none when the file has no such section.</summary>
    public static IEnumerable<(JsonElement Item, string Where)> Of(JsonElement? json, IUserDataSection section, string whereKey, ImportReading import)
    {
        if (json is not { } list)
        {
            yield break;
        }

        if (list.ValueKind != JsonValueKind.Array)
        {
            import.Problem(import.T[section.TitleKey!], import.T.Format("Data.Field.WrongType", section.Name, new Texts.Html(import.T["Data.Type.List"])));
            yield break;
        }

        var position = 0;
        foreach (var item in list.EnumerateArray())
        {
            yield return (item, import.T.Format(whereKey, ++position));
        }
    }

    /// <summary>A day of the history: not in the future, not before <see cref="SimLimits.EarliestDate"/>.</summary>
    public static string? DateProblem(Texts.Texts t, DateOnly date, DateOnly latestToday) => SimLimits.CheckDate(date, latestToday) switch
    {
        SimError.DateInFuture => t["Data.Sim.DateInFuture"],
        SimError.DateTooEarly => t.Format("Data.Sim.DateTooEarly", SimLimits.EarliestDate.Year),
        _ => null,
    };
}
