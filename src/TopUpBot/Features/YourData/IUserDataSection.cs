using System.Text.Json;
using System.Text.Json.Nodes;

namespace TopUpBot.Features.YourData;

/// <summary>
/// Some of a user's data that /deleteme erases. Register one with
/// <see cref="YourDataServiceCollectionExtensions.AddUserDataEraser{TEraser}"/>; sections are erasers already.
/// </summary>
internal interface IUserDataEraser
{
    /// <summary>
    /// Erases the user's data here. Runs inside the single LiteDB transaction of /deleteme or an import, which LiteDB
    /// binds to the thread: synchronous, and it must not take a lock another writer may hold while waiting for LiteDB.
    /// </summary>
    void Erase(long userId);
}

/// <summary>
/// One part of a user's data: written to /export's file as <c>sections.{Name}</c>, read back by /import, erased by
/// /deleteme. One registration, <see cref="YourDataServiceCollectionExtensions.AddUserDataSection{TSection}"/>, joins
/// all three. An import replaces the user's data in every section, and erases what other erasers hold.
/// </summary>
internal interface IUserDataSection : IUserDataEraser
{
    /// <summary>The key under "sections": part of the file format, so never renamed.</summary>
    string Name { get; }

    /// <summary>
    /// Sections are read and written in ascending order. SIMs come before the sections that refer to them, so those
    /// can check SIM ids while reading (<see cref="ImportReading.Sims"/>) and map them to new ones while writing.
    /// </summary>
    int Order { get; }

    /// <summary>
    /// The text key naming this data in counts shown to the user ("SIMs: 3"); null for data that is not counted, such
    /// as settings.
    /// </summary>
    string? TitleKey { get; }

    /// <summary>How many items the user has now.</summary>
    Task<int> Count(long userId, CancellationToken cancellationToken);

    /// <summary>The user's data as plain JSON, everything the user could want back, phone numbers in full.</summary>
    Task<JsonNode> Export(long userId, CancellationToken cancellationToken);

    /// <summary>
    /// Checks this section of an imported file without writing anything: <paramref name="json"/> is null when the file
    /// has no such section, which means none of this data (settings: no change). Reports every problem to
    /// <paramref name="import"/> in the user's words, and returns what will be written if the whole file is fine.
    /// </summary>
    ImportedSection Read(JsonElement? json, ImportReading import);
}

/// <summary>
/// A store whose writers take a .NET lock before LiteDB's (the reminder scan does). Imports and /deleteme run their
/// whole transaction inside <see cref="Around"/>, so they take the locks in the same order as those writers. A section
/// that implements it is registered as one by <see cref="YourDataServiceCollectionExtensions.AddUserDataSection{TSection}"/>.
/// </summary>
internal interface IUserDataLock
{
    void Around(Action action);
}

/// <summary>A section of an imported file, checked and ready to write.</summary>
internal abstract class ImportedSection
{
    /// <summary>How many items the file has, counted like <see cref="IUserDataSection.Count"/>.</summary>
    public abstract int Count { get; }

    /// <summary>
    /// Replaces the user's data in this section with the file's. Runs inside the import's LiteDB transaction, in
    /// <see cref="IUserDataSection.Order"/>, after every section was read without a problem; synchronous, like
    /// <see cref="IUserDataEraser.Erase"/>. The SIM section fills <paramref name="sims"/>; later ones use it.
    /// </summary>
    public abstract void Write(long userId, SimIdMap sims);
}
