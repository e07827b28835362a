namespace TopUpBot.Outbox;

/// <summary>At most one send per chat per <c>interval</c>, on the injected clock. Used by one loop, so not thread-safe.</summary>
internal sealed class ChatPacer(TimeProvider clock, TimeSpan interval)
{
    private const int PruneAbove = 10_000;
    private readonly Dictionary<long, DateTimeOffset> _freeAt = [];

    /// <summary>When <paramref name="chatId"/> may get its next message (now or earlier when it may already).</summary>
    public DateTimeOffset FreeAt(long chatId) => _freeAt.GetValueOrDefault(chatId, DateTimeOffset.MinValue);

    public bool IsFree(long chatId) => FreeAt(chatId) <= clock.GetUtcNow();

    public void Take(long chatId)
    {
        var now = clock.GetUtcNow();
        if (_freeAt.Count > PruneAbove)
        {
            foreach (var free in _freeAt.Where(entry => entry.Value <= now).Select(entry => entry.Key).ToList())
            {
                _freeAt.Remove(free);
            }
        }

        _freeAt[chatId] = now + interval;
    }
}
