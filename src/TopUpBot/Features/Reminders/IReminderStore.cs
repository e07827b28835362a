using TopUpBot.Domain.Reminders;

namespace TopUpBot.Features.Reminders;

/// <summary>One SIM's reminder state as read by the scan; <see cref="Stamp"/> changes with every write.</summary>
internal sealed record ReminderEntry(long SimId, long OwnerId, ReminderState State, long Stamp);

/// <summary>What the scan stores for an entry it read: the new state, the next look (null for never), and what else must commit with it.</summary>
internal sealed record ReminderWrite(ReminderEntry Read, ReminderState State, DateTimeOffset? NextDueAt, Action? InSameTransaction = null);

/// <summary>
/// Per-SIM reminder state and an index of when each SIM next needs a look. It is kept apart from the SIM, so the
/// scan writing it never makes the SIM's buttons outdated. Callers check that the SIM belongs to the user first.
/// </summary>
internal interface IReminderStore
{
    /// <summary>The SIM's state; <see cref="ReminderState.Empty"/> when nothing is stored yet.</summary>
    Task<ReminderState> Find(long simId, CancellationToken cancellationToken);

    /// <summary>The states of all of a user's SIMs that have one, by SIM id.</summary>
    Task<IReadOnlyDictionary<long, ReminderState>> ListOwnedBy(long ownerId, CancellationToken cancellationToken);

    /// <summary>Changes a SIM's state (snooze, mute); the scan looks at the SIM again at its next run.</summary>
    Task Change(long simId, long ownerId, Func<ReminderState, ReminderState> change, CancellationToken cancellationToken);

    /// <summary>The scan looks at every SIM of the user again at its next run (settings changed, user active again).</summary>
    Task RecheckOwner(long ownerId, CancellationToken cancellationToken);

    /// <summary>Up to <paramref name="max"/> SIMs whose next look is due at <paramref name="now"/>, the earliest first.</summary>
    IReadOnlyList<ReminderEntry> Due(DateTimeOffset now, int max);

    /// <summary>
    /// Stores the scan's results and runs each one's <see cref="ReminderWrite.InSameTransaction"/> (queueing its
    /// message), all in one transaction. A write whose entry was written since it was read is left out: nothing of it
    /// happens and the entry stays due. Returns the writes that were stored.
    /// </summary>
    IReadOnlyList<ReminderWrite> Save(IReadOnlyList<ReminderWrite> writes);

    /// <summary>Forgets the entry of a SIM that no longer exists, unless it was written since it was read.</summary>
    void Remove(ReminderEntry read);

    /// <summary>
    /// Replaces the entries of all the owner's SIMs with <paramref name="states"/> (by SIM id), each looked at by the next
    /// scan; none erases them. For an import or /deleteme: synchronous, inside the caller's transaction, which runs
    /// within <see cref="Exclusive"/>.
    /// </summary>
    void ReplaceOwner(long ownerId, IReadOnlyDictionary<long, ReminderState> states);

    /// <summary>
    /// Runs <paramref name="action"/> holding the lock every reminder write takes before LiteDB's. A transaction that
    /// writes reminder entries starts inside it, so it takes the locks in the scan's order: no deadlock, and no scan
    /// saves an entry read before the transaction.
    /// </summary>
    void Exclusive(Action action);
}
