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

    Task<bool> Delete(long ownerId, long simId, CancellationToken cancellationToken);
}
