using System.Collections.Frozen;
using LiteDB;
using TopUpBot.Domain.Finance;
using TopUpBot.Features.Rates;

namespace TopUpBot.Storage;

/// <summary>One document in the "rates" collection: the latest day of official rates and whether it is stale.</summary>
internal sealed class LiteRatesCache(LiteDbContext context) : IRatesCache
{
    private const int LatestId = 1;

    private readonly ILiteCollection<RatesDocument> _rates = context.Database.GetCollection<RatesDocument>("rates");

    public Task<KnownRates?> Load(CancellationToken cancellationToken) =>
        Task.FromResult(_rates.FindById(LatestId) is { } document ? ToRates(document) : null);

    public Task Save(KnownRates rates, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rates);
        _rates.Upsert(new RatesDocument
        {
            Id = LatestId,
            Date = rates.Rates.Date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
            RubPerUnit = rates.Rates.Rates.ToDictionary(r => r.Key, r => r.Value.RubPerUnit, StringComparer.Ordinal),
            FetchedAt = rates.FetchedAt,
            Stale = rates.Stale,
        });
        return Task.CompletedTask;
    }

    private static KnownRates ToRates(RatesDocument document)
    {
        // LiteDB has no DateOnly; the date is kept as midnight UTC.
        var date = DateOnly.FromDateTime(document.Date.ToUniversalTime());
        var rates = document.RubPerUnit.ToFrozenDictionary(
            r => r.Key,
            r => new ExchangeRate(Currency.FromCode(r.Key), r.Value, date, RateSource.Official),
            StringComparer.OrdinalIgnoreCase);
        return new KnownRates(new CbrRates(date, rates), document.FetchedAt, document.Stale);
    }

    private sealed class RatesDocument
    {
        public int Id { get; set; }

        public DateTime Date { get; set; }

        public Dictionary<string, decimal> RubPerUnit { get; set; } = [];

        public DateTimeOffset FetchedAt { get; set; }

        public bool Stale { get; set; }
    }
}
