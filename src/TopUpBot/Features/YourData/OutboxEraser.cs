using TopUpBot.Outbox;

namespace TopUpBot.Features.YourData;

/// <summary>Pushes waiting for the user, and the record of those sent: their texts name the user's SIMs.</summary>
internal sealed class OutboxEraser(IOutboxQueue outbox) : IUserDataEraser
{
    public void Erase(long userId) => outbox.EraseAllOf(userId);
}
