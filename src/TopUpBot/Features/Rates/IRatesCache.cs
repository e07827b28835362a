namespace TopUpBot.Features.Rates;

/// <summary>The last rates read from the source, kept across restarts.</summary>
internal interface IRatesCache
{
    /// <summary>The saved rates, or null if none were ever saved.</summary>
    Task<KnownRates?> Load(CancellationToken cancellationToken);

    /// <summary>Replaces the saved rates.</summary>
    Task Save(KnownRates rates, CancellationToken cancellationToken);
}
