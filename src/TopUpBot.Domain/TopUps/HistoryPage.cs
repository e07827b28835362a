namespace TopUpBot.Domain.TopUps;

/// <summary>One page of a list, in the order given.</summary>
/// <param name="Items">At most <see cref="HistoryPage.Size"/> entries.</param>
/// <param name="Number">Zero-based, clamped into the pages that exist.</param>
/// <param name="Count">How many pages there are; at least one, even for an empty list.</param>
public sealed record HistoryPage<T>(IReadOnlyList<T> Items, int Number, int Count)
{
    public bool HasPrevious => Number > 0;

    public bool HasNext => Number < Count - 1;
}

public static class HistoryPage
{
    public const int Size = 10;

    /// <summary>A page number out of range (an old button after entries were removed) gives the nearest page.</summary>
    public static HistoryPage<T> Of<T>(IReadOnlyList<T> all, int number)
    {
        ArgumentNullException.ThrowIfNull(all);
        var count = Math.Max(1, (all.Count + Size - 1) / Size);
        var page = Math.Clamp(number, 0, count - 1);
        return new HistoryPage<T>([.. all.Skip(page * Size).Take(Size)], page, count);
    }
}
