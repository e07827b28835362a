using Microsoft.Extensions.Logging;
using TopUpBot.Domain.Reminders;
using TopUpBot.Features.Sims;
using TopUpBot.Outbox;
using TopUpBot.Users;

namespace TopUpBot.Features.Reminders;

/// <summary>What one scan did.</summary>
/// <param name="Looked">SIMs whose entry was due and whose look was stored.</param>
/// <param name="Queued">Reminders newly written to the outbox.</param>
internal sealed record ReminderScanResult(int Looked, int Queued);

/// <summary>
/// Finds the SIMs due for a look through the reminder index and, for each, queues the reminder that is due (if any) in
/// the same transaction that records it as delivered and sets the next look. A process killed half-way through loses
/// nothing: what was committed is queued exactly once, and the rest is still due at the next run.
/// </summary>
internal sealed partial class ReminderScan(
    IReminderStore reminders,
    ISimStore sims,
    IUserStore users,
    IOutbox outbox,
    OutboxSignal outboxSignal,
    SimViews simViews,
    ReminderViews views,
    TimeProvider clock,
    ILogger<ReminderScan> logger)
{
    /// <summary>Entries read from the index, and committed together, at a time.</summary>
    public const int BatchSize = 200;

    /// <summary>A SIM whose look failed is tried again after this long, so one bad SIM cannot make every run fail.</summary>
    public static readonly TimeSpan RetryAfterFailure = TimeSpan.FromHours(1);

    public async Task<ReminderScanResult> Run(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var profiles = new Dictionary<long, UserProfile?>();
        int looked = 0, queued = 0;
        while (true)
        {
            var due = reminders.Due(now, BatchSize);
            var looks = new List<Look>(due.Count);
            foreach (var entry in due)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (await LookAt(entry, now, profiles, cancellationToken) is { } look)
                {
                    looks.Add(look);
                }
            }

            var stored = Store(looks, now);
            foreach (var look in looks.Where(look => !stored.Contains(look.Write)))
            {
                // Written meanwhile (a SIM edit, new settings): looked at again with fresh data.
                profiles.Remove(look.Write.Read.OwnerId);
            }

            var added = looks.Where(look => look.Added && stored.Contains(look.Write)).ToList();
            if (added.Count > 0)
            {
                // The sender cannot see the messages before the commit, so it is woken again now.
                outboxSignal.Notify();
                added.ForEach(look => LogQueued(logger, look.Write.Read.SimId, look.Due!.Stage.Code, look.Due.Deadline));
            }

            looked += stored.Count;
            queued += added.Count;
            if (stored.Count == 0 || (due.Count < BatchSize && stored.Count == looks.Count))
            {
                break;
            }
        }

        LogScanned(logger, looked, queued);
        return new ReminderScanResult(looked, queued);
    }

    /// <summary>What to store for one entry; null when its SIM no longer exists (the entry is removed).</summary>
    private async Task<Look?> LookAt(ReminderEntry entry, DateTimeOffset now, Dictionary<long, UserProfile?> profiles, CancellationToken cancellationToken)
    {
        try
        {
            if (await sims.FindOwned(entry.OwnerId, entry.SimId, cancellationToken) is not { } sim)
            {
                reminders.Remove(entry);
                return null;
            }

            if (!profiles.TryGetValue(entry.OwnerId, out var profile))
            {
                profiles[entry.OwnerId] = profile = await users.Find(entry.OwnerId, cancellationToken);
            }

            if (profile is not { Active: true })
            {
                // Nothing is pushed to a user who blocked the bot; the SIMs are looked at again when the user comes back.
                return Look.Storing(new ReminderWrite(entry, entry.State, null));
            }

            var settings = profile.ReminderSettings();
            var outlook = simViews.Outlook(sim, LocalClock.Today(now, settings.TimeZone));
            var plan = ReminderPlanner.Plan(ReminderPlanner.Deadline(outlook.NextAction, entry.State.Deadline), settings, entry.State, now);
            if (plan.Due is not { } due)
            {
                return Look.Storing(new ReminderWrite(entry, plan.State, plan.NextDueAt));
            }

            var message = views.Message(profile, sim, outlook, due, now);
            return Look.Queueing(entry, plan, due, () => outbox.TryAdd(message));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // One SIM's failure is logged and retried later; the other SIMs' reminders go on.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            LogFailed(logger, entry.SimId, exception);
            return Look.Storing(new ReminderWrite(entry, entry.State, now + RetryAfterFailure));
        }
    }

    /// <summary>Stores the looks together; if that fails, one by one, so one bad write cannot hold back the others.</summary>
    private HashSet<ReminderWrite> Store(List<Look> looks, DateTimeOffset now)
    {
        try
        {
            return [.. reminders.Save([.. looks.Select(look => look.Write)])];
        }
#pragma warning disable CA1031 // Logged; each write is then tried alone, and one that still fails is retried later.
        catch (Exception exception) when (looks.Count > 1)
        {
            LogBatchFailed(logger, looks.Count, exception);
            return [.. looks.SelectMany(look => StoreAlone(look, now))];
        }
        catch (Exception exception)
        {
            // A batch of one: its failure is that SIM's own.
            return [.. RetryLater(looks[0], exception, now)];
        }
    }

    private IEnumerable<ReminderWrite> StoreAlone(Look look, DateTimeOffset now)
    {
        try
        {
            return reminders.Save([look.Write]);
        }
        catch (Exception exception)
        {
            return RetryLater(look, exception, now);
        }
    }

    /// <summary>Logs the failed write and sets the SIM's next look an hour away; if even that fails, the run still goes on.</summary>
    private IReadOnlyList<ReminderWrite> RetryLater(Look look, Exception failure, DateTimeOffset now)
    {
        var read = look.Write.Read;
        LogFailed(logger, read.SimId, failure);
        look.Added = false;
        try
        {
            return reminders.Save([new ReminderWrite(read, read.State, now + RetryAfterFailure)]);
        }
        catch (Exception exception)
        {
            LogRetryNotStored(logger, read.SimId, exception);
            return [];
        }
    }
#pragma warning restore CA1031

    /// <summary>One entry's write, the reminder it queues (if any), and whether the outbox took that as new.</summary>
    private sealed class Look
    {
        private Look(ReminderDue? due) => Due = due;

        public ReminderWrite Write { get; private set; } = null!;

        public ReminderDue? Due { get; }

        public bool Added { get; set; }

        public static Look Storing(ReminderWrite write) => new(null) { Write = write };

        public static Look Queueing(ReminderEntry entry, ReminderPlan plan, ReminderDue due, Func<bool> enqueue)
        {
            var look = new Look(due);
            look.Write = new ReminderWrite(entry, plan.State, plan.NextDueAt, () => look.Added = enqueue());
            return look;
        }
    }

    [LoggerMessage(EventId = 500, Level = LogLevel.Debug, Message = "Reminder scan: {Looked} SIMs looked at, {Queued} reminders queued")]
    private static partial void LogScanned(ILogger logger, int looked, int queued);

    [LoggerMessage(EventId = 501, Level = LogLevel.Information, Message = "Reminder {Stage} for the deadline {Deadline} of SIM {SimId} queued")]
    private static partial void LogQueued(ILogger logger, long simId, string stage, DateOnly deadline);

    [LoggerMessage(EventId = 502, Level = LogLevel.Error, Message = "Looking at the reminders of SIM {SimId} failed; trying again later")]
    private static partial void LogFailed(ILogger logger, long simId, Exception exception);

    [LoggerMessage(EventId = 503, Level = LogLevel.Warning, Message = "Storing {Count} reminder looks together failed; storing them one by one")]
    private static partial void LogBatchFailed(ILogger logger, int count, Exception exception);

    [LoggerMessage(EventId = 504, Level = LogLevel.Error, Message = "Putting off the reminders of SIM {SimId} for an hour failed; its look stays due")]
    private static partial void LogRetryNotStored(ILogger logger, long simId, Exception exception);
}
