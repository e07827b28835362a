using LiteDB;
using TopUpBot.Routing;

namespace TopUpBot.Storage;

internal sealed class LiteConversationStore(LiteDbContext context) : IConversationStore
{
    private readonly ILiteCollection<ConversationDocument> _conversations =
        context.Database.GetCollection<ConversationDocument>("conversations");

    public Task<StoredConversation?> Load(long userId, CancellationToken cancellationToken)
    {
        var document = _conversations.FindById(userId);
        return Task.FromResult(document is null ? null : new StoredConversation(document.Step, document.Touched));
    }

    public Task Save(long userId, StoredConversation conversation, CancellationToken cancellationToken)
    {
        _conversations.Upsert(new ConversationDocument { Id = userId, Step = conversation.StepJson, Touched = conversation.Touched });
        return Task.CompletedTask;
    }

    public Task Clear(long userId, CancellationToken cancellationToken)
    {
        Erase(userId);
        return Task.CompletedTask;
    }

    public void Erase(long userId) => _conversations.Delete(userId);

    private sealed class ConversationDocument
    {
        public long Id { get; set; }

        public string Step { get; set; } = string.Empty;

        public DateTimeOffset Touched { get; set; }
    }
}
