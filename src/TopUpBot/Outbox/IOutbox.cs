namespace TopUpBot.Outbox;

/// <summary>Push messages stored in LiteDB until the sender has delivered them.</summary>
internal interface IOutbox
{
    /// <summary>
    /// Queues <paramref name="message"/> unless a message with its key was ever queued. Synchronous on purpose:
    /// a caller can queue inside the same LiteDB transaction that records why the message exists.
    /// </summary>
    /// <returns>False when the key was already used.</returns>
    bool TryAdd(OutboxMessage message);
}
