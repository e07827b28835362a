namespace TopUpBot.Outbox;

/// <summary>A queued push as the sender sees it: the message, how often sending it failed, and when it is due.</summary>
internal sealed record QueuedMessage(OutboxMessage Message, int Failures, DateTimeOffset DueAt)
{
    public string Key => Message.Key;
}

/// <summary>
/// The sender's side of the outbox. Every call is one synchronous LiteDB operation (no transaction spans an await).
/// A message is pending until it is sent, dropped (its user became inactive) or given up; rows that are done stay,
/// so their keys are never queued again, until <see cref="PruneDone"/> removes the old ones.
/// </summary>
internal interface IOutboxQueue
{
    /// <summary>Up to <paramref name="limit"/> pending messages due at <paramref name="now"/>, the earliest due first.</summary>
    IReadOnlyList<QueuedMessage> Due(DateTimeOffset now, int limit);

    /// <summary>When the first pending message due later than <paramref name="after"/> is due, or null when there is none.</summary>
    DateTimeOffset? NextDueAfter(DateTimeOffset after);

    /// <summary>The number of pending messages of <paramref name="userId"/>.</summary>
    int PendingFor(long userId);

    void MarkSent(string key, DateTimeOffset at);

    /// <summary>Keeps the message pending, due again at <paramref name="notBefore"/>, having failed <paramref name="failures"/> times.</summary>
    void Reschedule(string key, int failures, DateTimeOffset notBefore);

    /// <summary>Stops trying one message (Telegram refused it for good, or it failed for too long).</summary>
    void GiveUp(string key, DateTimeOffset at);

    /// <summary>Drops every pending message of <paramref name="userId"/>; returns how many.</summary>
    int DropPending(long userId, DateTimeOffset at);

    /// <summary>Deletes messages sent, dropped or given up before <paramref name="before"/>; returns how many.</summary>
    int PruneDone(DateTimeOffset before);

    /// <summary>
    /// Deletes every message of <paramref name="userId"/>, pending or done, texts and all (/deleteme; an import, whose
    /// SIMs get new ids, so no old key can come back). Runs inside the caller's transaction.
    /// </summary>
    void EraseAllOf(long userId);
}
