using LiteDB;
using TopUpBot.Domain.Operators;
using TopUpBot.Domain.Reminders;
using TopUpBot.Domain.Sims;
using TopUpBot.Features.Sims;

namespace TopUpBot.Storage;

/// <summary>
/// SIMs in LiteDB as flat documents, so the domain records carry no storage attributes. Every write also tells the
/// reminder index, in the same transaction, that the SIM's reminders need a fresh look.
/// </summary>
internal sealed class LiteSimStore : ISimStore
{
    private readonly ILiteCollection<SimDocument> _sims;
    private readonly LiteReminderStore _reminders;

    // Check-then-write of a revision must not interleave with another writer of the same SIM.
    private readonly Lock _writes = new();

    public LiteSimStore(LiteDbContext context, LiteReminderStore reminders)
    {
        _reminders = reminders;
        _sims = context.Database.GetCollection<SimDocument>("sims");
        _sims.EnsureIndex(s => s.OwnerId);
    }

    public Task<IReadOnlyList<Sim>> ListOwnedBy(long ownerId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Sim>>([.. _sims.Find(s => s.OwnerId == ownerId).Select(ToSim)]);

    public Task<Sim?> FindOwned(long ownerId, long simId, CancellationToken cancellationToken) =>
        Task.FromResult(_sims.FindById(simId) is { } document && document.OwnerId == ownerId ? ToSim(document) : null);

    public Task<Sim> Add(Sim sim, CancellationToken cancellationToken)
    {
        var document = ToDocument(sim with { Revision = 1 });
        document.Id = 0;
        lock (_writes)
        {
            _reminders.WithSimWrite(sim.OwnerId, () => _sims.Insert(document).AsInt64);
        }

        return Task.FromResult(ToSim(document));
    }

    public Task<Sim?> Update(Sim sim, CancellationToken cancellationToken) => Update(sim, static () => { }, cancellationToken);

    public Task<Sim?> Update(Sim sim, Action inSameTransaction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inSameTransaction);
        lock (_writes)
        {
            var stored = _sims.FindById(sim.Id);
            if (stored is null || stored.OwnerId != sim.OwnerId || stored.Revision != sim.Revision)
            {
                return Task.FromResult<Sim?>(null);
            }

            var next = sim with { Revision = sim.Revision + 1 };
            var written = false;
            _reminders.WithSimWrite(sim.OwnerId, () =>
            {
                if (!_sims.Update(ToDocument(next)))
                {
                    return null;
                }

                inSameTransaction();
                written = true;
                return sim.Id;
            });
            return Task.FromResult(written ? next : null);
        }
    }

    public Task<bool> Delete(long ownerId, long simId, CancellationToken cancellationToken)
    {
        lock (_writes)
        {
            var deleted = false;
            _reminders.WithSimWrite(ownerId, () =>
            {
                deleted = _sims.FindById(simId) is { } stored && stored.OwnerId == ownerId && _sims.Delete(simId);
                return deleted ? simId : null;
            });
            return Task.FromResult(deleted);
        }
    }

    // The two whole-owner writes below run inside an import's or /deleteme's transaction and take no _writes lock:
    // that transaction holds LiteDB's lock on "sims" until it commits, and waiting for _writes meanwhile could
    // deadlock with an Update that holds _writes and waits for LiteDB. Like every SIM write they renew the reminder
    // index, through the transaction's own Exclusive section of the reminder store.
    public IReadOnlyList<Sim> ReplaceAllOf(long ownerId, IReadOnlyList<Sim> sims)
    {
        ArgumentNullException.ThrowIfNull(sims);
        _sims.DeleteMany(s => s.OwnerId == ownerId);
        IReadOnlyList<Sim> stored = [.. sims.Select(sim =>
        {
            var document = ToDocument(sim with { OwnerId = ownerId, Revision = 1 });
            document.Id = 0;
            _sims.Insert(document);
            return ToSim(document);
        })];
        _reminders.ReplaceOwner(ownerId, stored.ToDictionary(s => s.Id, _ => ReminderState.Empty));
        return stored;
    }

    public void EraseAllOf(long ownerId) => ReplaceAllOf(ownerId, []);

    private static SimDocument ToDocument(Sim sim) => new()
    {
        Id = sim.Id,
        OwnerId = sim.OwnerId,
        OperatorId = sim.OperatorId,
        Number = sim.Number,
        Label = sim.Label,
        Balance = sim.Balance,
        BalanceKnownOn = ToDate(sim.BalanceKnownOn),
        PlanKind = sim.Plan switch { MonthlyPlan => "monthly", DailyPlan => "daily", _ => "none" },
        PlanFee = sim.Plan switch { MonthlyPlan m => m.Fee, DailyPlan d => d.FeePerDay, _ => null },
        PlanChargeDay = (sim.Plan as MonthlyPlan)?.ChargeDay,
        ActivityOn = ToDate(sim.LastPaidActivity?.On),
        ActivityKind = sim.LastPaidActivity?.Kind,
        InactivityDaysOverride = sim.InactivityDaysOverride,
        CustomInactivityDays = sim.CustomRules?.InactivityDays,
        CustomFeePerDay = sim.CustomRules?.InactivityFeePerDay,
        CustomDaysAtZero = sim.CustomRules?.DaysAtZeroBeforeTermination,
        CustomTopUpCounts = sim.CustomRules?.TopUpCountsAsActivity,
        Notes = sim.Notes,
        CreatedAt = sim.CreatedAt,
        UpdatedAt = sim.UpdatedAt,
        Revision = sim.Revision,
    };

    private static Sim ToSim(SimDocument d) => new()
    {
        Id = d.Id,
        OwnerId = d.OwnerId,
        OperatorId = d.OperatorId,
        Number = d.Number,
        Label = d.Label,
        Balance = d.Balance,
        BalanceKnownOn = FromDate(d.BalanceKnownOn),
        Plan = d.PlanKind switch
        {
            "monthly" => new MonthlyPlan(d.PlanFee ?? 0, d.PlanChargeDay ?? 1),
            "daily" => new DailyPlan(d.PlanFee ?? 0),
            _ => SimPlan.None,
        },
        LastPaidActivity = FromDate(d.ActivityOn) is { } on ? new PaidActivity(on, d.ActivityKind ?? ActivityKind.Other) : null,
        InactivityDaysOverride = d.InactivityDaysOverride,
        CustomRules = d.CustomTopUpCounts is { } counts
            ? new OperatorRules(d.CustomInactivityDays, d.CustomFeePerDay, d.CustomDaysAtZero, counts)
            : null,
        Notes = d.Notes,
        CreatedAt = d.CreatedAt,
        UpdatedAt = d.UpdatedAt,
        Revision = d.Revision,
    };

    // LiteDB has no DateOnly; a date is kept as midnight UTC.
    private static DateTime? ToDate(DateOnly? date) => date?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);

    private static DateOnly? FromDate(DateTime? value) => value is { } v ? DateOnly.FromDateTime(v.ToUniversalTime()) : null;

    private sealed class SimDocument
    {
        public long Id { get; set; }

        public long OwnerId { get; set; }

        public string OperatorId { get; set; } = string.Empty;

        public string Number { get; set; } = string.Empty;

        public string? Label { get; set; }

        public decimal? Balance { get; set; }

        public DateTime? BalanceKnownOn { get; set; }

        public string PlanKind { get; set; } = "none";

        public decimal? PlanFee { get; set; }

        public int? PlanChargeDay { get; set; }

        public DateTime? ActivityOn { get; set; }

        public ActivityKind? ActivityKind { get; set; }

        public int? InactivityDaysOverride { get; set; }

        public int? CustomInactivityDays { get; set; }

        public decimal? CustomFeePerDay { get; set; }

        public int? CustomDaysAtZero { get; set; }

        public TopUpCounts? CustomTopUpCounts { get; set; }

        public string? Notes { get; set; }

        public DateTimeOffset CreatedAt { get; set; }

        public DateTimeOffset UpdatedAt { get; set; }

        public int Revision { get; set; }
    }
}
