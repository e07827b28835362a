using TopUpBot.Domain.Sims;

namespace TopUpBot.Features.Sims;

/// <summary>
/// A user's SIMs. Every read and write names the owner, so a SIM of another user is indistinguishable from one
/// that never existed.
/// </summary>
internal interface ISimStore
{
    Task<IReadOnlyList<Sim>> ListOwnedBy(long ownerId, CancellationToken cancellationToken);

    Task<Sim?> FindOwned(long ownerId, long simId, CancellationToken cancellationToken);

    /// <summary>Stores a new SIM and returns it with its id and revision 1.</summary>
    Task<Sim> Add(Sim sim, CancellationToken cancellationToken);

    /// <summary>
    /// Saves <paramref name="sim"/> if the stored copy still has its revision and returns it with the next revision;
    /// null when the SIM was changed or deleted meanwhile (the caller shows the fresh state instead).
    /// </summary>
    Task<Sim?> Update(Sim sim, CancellationToken cancellationToken);

    /// <summary>
    /// Like <see cref="Update(Sim, CancellationToken)"/>, and runs <paramref name="inSameTransaction"/> (e.g. the history row
    /// that goes with the change) in the same LiteDB transaction: both are stored, or, when it throws, neither. It runs only
    /// when the revision matched. Synchronous, because LiteDB binds the transaction to the thread.
    /// </summary>
    Task<Sim?> Update(Sim sim, Action inSameTransaction, CancellationToken cancellationToken);

    Task<bool> Delete(long ownerId, long simId, CancellationToken cancellationToken);

    /// <summary>
    /// Replaces all of the owner's SIMs with <paramref name="sims"/> (an import): they get new ids and revision 1 and are
    /// returned in the same order. Synchronous, like <see cref="EraseAllOf"/>, to run inside the caller's transaction.
    /// </summary>
    IReadOnlyList<Sim> ReplaceAllOf(long ownerId, IReadOnlyList<Sim> sims);

    /// <summary>
    /// Erases every SIM of the owner (/deleteme). Synchronous: it runs inside the caller's LiteDB transaction, which LiteDB
    /// binds to the thread, so no await may come between.
    /// </summary>
    void EraseAllOf(long ownerId);
}
