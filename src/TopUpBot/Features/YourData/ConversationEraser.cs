using TopUpBot.Routing;

namespace TopUpBot.Features.YourData;

/// <summary>A half-finished dialog is the user's data too, though not worth exporting.</summary>
internal sealed class ConversationEraser(IConversationStore conversations) : IUserDataEraser
{
    public void Erase(long userId) => conversations.Erase(userId);
}
