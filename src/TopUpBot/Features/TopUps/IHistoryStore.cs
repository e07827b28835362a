using TopUpBot.Domain.TopUps;

namespace TopUpBot.Features.TopUps;

/// <summary>
/// A user's top-ups and recorded paid activities. Every read names the owner, so another user's entries are never
/// seen; a null SIM id means all the owner's SIMs, including ones since deleted.
/// </summary>
internal interface IHistoryStore
{
    /// <summary>
    /// Stores a new top-up and returns it with its id. Synchronous, to run inside the transaction of the SIM change it
    /// belongs to (<see cref="Sims.ISimStore.Update(Domain.Sims.Sim, Action, CancellationToken)"/>).
    /// </summary>
    TopUp AddTopUp(TopUp topUp);

    /// <summary>Newest first (by day, then by when it was recorded).</summary>
    Task<IReadOnlyList<TopUp>> TopUps(long ownerId, long? simId, CancellationToken cancellationToken);

    /// <summary>Stores a paid activity and returns it with its id; synchronous like <see cref="AddTopUp"/>.</summary>
    RecordedActivity AddActivity(RecordedActivity activity);

    /// <summary>Newest first (by day, then by when it was recorded).</summary>
    Task<IReadOnlyList<RecordedActivity>> Activities(long ownerId, long? simId, CancellationToken cancellationToken);

    /// <summary>
    /// Replaces all of the owner's top-ups (an import; none for /deleteme); they get new ids. Synchronous: it runs inside
    /// the caller's LiteDB transaction, which LiteDB binds to the thread, so no await may come between.
    /// </summary>
    void ReplaceTopUpsOf(long ownerId, IReadOnlyList<TopUp> topUps);

    /// <summary>Replaces all of the owner's recorded activities, like <see cref="ReplaceTopUpsOf"/>.</summary>
    void ReplaceActivitiesOf(long ownerId, IReadOnlyList<RecordedActivity> activities);
}
