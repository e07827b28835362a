namespace TopUpBot.Routing;

/// <summary>A user's current step, serialized, with the time it was last touched (steps expire when idle).</summary>
internal sealed record StoredConversation(string StepJson, DateTimeOffset Touched);

internal interface IConversationStore
{
    Task<StoredConversation?> Load(long userId, CancellationToken cancellationToken);

    Task Save(long userId, StoredConversation conversation, CancellationToken cancellationToken);

    Task Clear(long userId, CancellationToken cancellationToken);

    /// <summary>
    /// <see cref="Clear"/> for /deleteme and imports: synchronous, because it runs inside the caller's LiteDB transaction,
    /// which LiteDB binds to the thread.
    /// </summary>
    void Erase(long userId);
}
