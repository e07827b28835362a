namespace TopUpBot.Features.YourData;

/// <summary>
/// The SIM ids of an imported file and the ids those SIMs get now: SIM ids are LiteDB auto ids, so an import stores
/// the SIMs as new ones, and every section that refers to a SIM (top-ups, history, reminder state) writes the new id.
/// </summary>
internal sealed class SimIdMap
{
    private readonly HashSet<long> _inFile = [];
    private readonly Dictionary<long, long> _newIds = [];

    /// <summary>The ids the file's SIMs section declared, for sections that check their references while reading.</summary>
    public IReadOnlySet<long> InFile => _inFile;

    /// <summary>While reading: the file has a SIM with this id. False when it was declared already.</summary>
    public bool Declare(long fileId) => _inFile.Add(fileId);

    /// <summary>While writing: the SIM with <paramref name="fileId"/> is stored now under <paramref name="newId"/>.</summary>
    public void Assign(long fileId, long newId)
    {
        if (!_inFile.Contains(fileId))
        {
            throw new InvalidOperationException($"SIM {fileId} was not declared while reading the file.");
        }

        _newIds[fileId] = newId;
    }

    /// <summary>
    /// The id to store for a reference to <paramref name="fileId"/>. History can outlive its SIM, so a file may refer to
    /// a SIM deleted before the export: such an id gets a negative one, which no stored SIM has, the same one for every
    /// reference to it.
    /// </summary>
    public long NewIdOf(long fileId)
    {
        if (_newIds.TryGetValue(fileId, out var newId))
        {
            return newId;
        }

        if (_inFile.Contains(fileId))
        {
            throw new InvalidOperationException($"SIM {fileId} is not written yet; the SIM section must come first.");
        }

        newId = -1 - _newIds.Values.Count(id => id < 0);
        _newIds[fileId] = newId;
        return newId;
    }
}
