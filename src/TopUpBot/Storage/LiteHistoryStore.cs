using LiteDB;
using TopUpBot.Domain.Finance;
using TopUpBot.Domain.Operators;
using TopUpBot.Domain.Sims;
using TopUpBot.Domain.TopUps;
using TopUpBot.Features.TopUps;

namespace TopUpBot.Storage;

/// <summary>Top-ups ("topups") and paid activities ("activities") as flat documents, indexed by owner.</summary>
internal sealed class LiteHistoryStore : IHistoryStore
{
    private readonly ILiteCollection<TopUpDocument> _topUps;
    private readonly ILiteCollection<ActivityDocument> _activities;

    public LiteHistoryStore(LiteDbContext context)
    {
        _topUps = context.Database.GetCollection<TopUpDocument>("topups");
        _topUps.EnsureIndex(t => t.OwnerId);
        _activities = context.Database.GetCollection<ActivityDocument>("activities");
        _activities.EnsureIndex(a => a.OwnerId);
    }

    public TopUp AddTopUp(TopUp topUp)
    {
        var document = ToDocument(topUp);
        document.Id = 0;
        _topUps.Insert(document);
        return ToTopUp(document);
    }

    public Task<IReadOnlyList<TopUp>> TopUps(long ownerId, long? simId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<TopUp>>([.. _topUps.Find(t => t.OwnerId == ownerId)
            .Where(t => simId is null || t.SimId == simId)
            .OrderByDescending(t => t.On).ThenByDescending(t => t.CreatedAt).ThenByDescending(t => t.Id)
            .Select(ToTopUp)]);

    public RecordedActivity AddActivity(RecordedActivity activity)
    {
        var document = ToDocument(activity);
        _activities.Insert(document);
        return activity with { Id = document.Id };
    }

    public void ReplaceTopUpsOf(long ownerId, IReadOnlyList<TopUp> topUps)
    {
        ArgumentNullException.ThrowIfNull(topUps);
        _topUps.DeleteMany(t => t.OwnerId == ownerId);
        foreach (var topUp in topUps)
        {
            var document = ToDocument(topUp with { OwnerId = ownerId });
            document.Id = 0;
            _topUps.Insert(document);
        }
    }

    public void ReplaceActivitiesOf(long ownerId, IReadOnlyList<RecordedActivity> activities)
    {
        ArgumentNullException.ThrowIfNull(activities);
        _activities.DeleteMany(a => a.OwnerId == ownerId);
        foreach (var activity in activities)
        {
            _activities.Insert(ToDocument(activity with { OwnerId = ownerId }));
        }
    }

    public Task<IReadOnlyList<RecordedActivity>> Activities(long ownerId, long? simId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<RecordedActivity>>([.. _activities.Find(a => a.OwnerId == ownerId)
            .Where(a => simId is null || a.SimId == simId)
            .OrderByDescending(a => a.On).ThenByDescending(a => a.CreatedAt).ThenByDescending(a => a.Id)
            .Select(a => new RecordedActivity(a.Id, a.OwnerId, a.SimId, FromDate(a.On), a.Kind, a.CreatedAt))]);

    /// <summary>A new document: its id comes from LiteDB.</summary>
    private static ActivityDocument ToDocument(RecordedActivity activity) => new()
    {
        OwnerId = activity.OwnerId,
        SimId = activity.SimId,
        On = ToDate(activity.On),
        Kind = activity.Kind,
        CreatedAt = activity.CreatedAt,
    };

    private static TopUpDocument ToDocument(TopUp t) => new()
    {
        Id = t.Id,
        OwnerId = t.OwnerId,
        SimId = t.SimId,
        On = ToDate(t.On),
        PaidAmount = t.Paid.Amount,
        PaidCurrency = t.Paid.Currency.Code,
        Rub = t.Rub,
        Channel = t.Channel,
        Note = t.Note,
        OfficialRubPerUnit = t.OfficialRate?.RubPerUnit,
        OfficialRateOn = t.OfficialRate is { } official ? ToDate(official.Date) : null,
        OfficialRateStale = t.OfficialRateStale,
        UserRubPerUnit = t.UserRate?.RubPerUnit,
        BalanceAfter = t.BalanceAfter,
        CreatedAt = t.CreatedAt,
    };

    private static TopUp ToTopUp(TopUpDocument d)
    {
        var currency = Currency.FromCode(d.PaidCurrency);
        var on = FromDate(d.On);
        return new TopUp
        {
            Id = d.Id,
            OwnerId = d.OwnerId,
            SimId = d.SimId,
            On = on,
            Paid = new Money(d.PaidAmount, currency),
            Rub = d.Rub,
            Channel = d.Channel,
            Note = d.Note,
            OfficialRate = d is { OfficialRubPerUnit: { } official, OfficialRateOn: { } officialOn }
                ? new ExchangeRate(currency, official, FromDate(officialOn), RateSource.Official)
                : null,
            OfficialRateStale = d.OfficialRateStale,
            UserRate = d.UserRubPerUnit is { } user ? new ExchangeRate(currency, user, on, RateSource.UserTyped) : null,
            BalanceAfter = d.BalanceAfter,
            CreatedAt = d.CreatedAt,
        };
    }

    // LiteDB has no DateOnly; a date is kept as midnight UTC, as in the SIM store.
    private static DateTime ToDate(DateOnly date) => date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);

    private static DateOnly FromDate(DateTime value) => DateOnly.FromDateTime(value.ToUniversalTime());

    private sealed class TopUpDocument
    {
        public long Id { get; set; }

        public long OwnerId { get; set; }

        public long SimId { get; set; }

        public DateTime On { get; set; }

        public decimal PaidAmount { get; set; }

        public string PaidCurrency { get; set; } = "RUB";

        public decimal Rub { get; set; }

        public TopUpChannelKind Channel { get; set; }

        public string? Note { get; set; }

        public decimal? OfficialRubPerUnit { get; set; }

        public DateTime? OfficialRateOn { get; set; }

        public bool OfficialRateStale { get; set; }

        public decimal? UserRubPerUnit { get; set; }

        public decimal? BalanceAfter { get; set; }

        public DateTimeOffset CreatedAt { get; set; }
    }

    private sealed class ActivityDocument
    {
        public long Id { get; set; }

        public long OwnerId { get; set; }

        public long SimId { get; set; }

        public DateTime On { get; set; }

        public ActivityKind Kind { get; set; }

        public DateTimeOffset CreatedAt { get; set; }
    }
}
