namespace TopUpBot.Routing;

/// <summary>A user's current step, serialized, with the time it was last touched (steps expire when idle).</summary>
internal sealed record StoredConversation(string StepJson, DateTimeOffset Touched);

internal interface IConversationStore
{
    Task<StoredConversation?> Load(long userId, CancellationToken cancellationToken);

    Task Save(long userId, StoredConversation conversation, CancellationToken cancellationToken);

    Task Clear(long userId, CancellationToken cancellationToken);
}
