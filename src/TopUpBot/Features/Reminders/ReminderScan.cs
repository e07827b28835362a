using Microsoft.Extensions.Logging;
using TopUpBot.Domain.Reminders;
using TopUpBot.Features.Sims;
using TopUpBot.Outbox;
using TopUpBot.Users;

namespace TopUpBot.Features.Reminders;

/// <summary>What one scan did.</summary>
/// <param name="Looked">SIMs whose entry was due and was looked at.</param>
/// <param name="Queued">Reminders written to the outbox.</param>
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
    /// <summary>Entries read from the index at a time.</summary>
    public const int BatchSize = 500;

    /// <summary>A SIM whose look failed is tried again after this long, so one bad SIM cannot make every run fail.</summary>
    public static readonly TimeSpan RetryAfterFailure = TimeSpan.FromHours(1);

    private enum Outcome
    {
        Nothing,

        /// <summary>A reminder was written to the outbox.</summary>
        Queued,

        /// <summary>The entry was written meanwhile; nothing was stored.</summary>
        Conflict,
    }

    public async Task<ReminderScanResult> Run(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var profiles = new Dictionary<long, UserProfile?>();
        int looked = 0, queued = 0;
        while (true)
        {
            var due = reminders.Due(now, BatchSize);
            var conflicts = 0;
            foreach (var entry in due)
            {
                cancellationToken.ThrowIfCancellationRequested();
                switch (await Look(entry, now, profiles, cancellationToken))
                {
                    case Outcome.Queued:
                        queued++;
                        break;
                    case Outcome.Conflict:
                        // Written meanwhile (a SIM edit, new settings): look again with fresh data.
                        conflicts++;
                        profiles.Remove(entry.OwnerId);
                        break;
                }
            }

            looked += due.Count - conflicts;
            if (due.Count - conflicts == 0 || (due.Count < BatchSize && conflicts == 0))
            {
                break;
            }
        }

        LogScanned(logger, looked, queued);
        return new ReminderScanResult(looked, queued);
    }

    private async Task<Outcome> Look(ReminderEntry entry, DateTimeOffset now, Dictionary<long, UserProfile?> profiles, CancellationToken cancellationToken)
    {
        try
        {
            if (await sims.FindOwned(entry.OwnerId, entry.SimId, cancellationToken) is not { } sim)
            {
                reminders.Remove(entry);
                return Outcome.Nothing;
            }

            if (!profiles.TryGetValue(entry.OwnerId, out var profile))
            {
                profiles[entry.OwnerId] = profile = await users.Find(entry.OwnerId, cancellationToken);
            }

            if (profile is not { Active: true })
            {
                // Nothing is pushed to a user who blocked the bot; the SIMs are looked at again when the user comes back.
                return reminders.Save(entry, entry.State, null) ? Outcome.Nothing : Outcome.Conflict;
            }

            var settings = profile.ReminderSettings();
            var outlook = simViews.Outlook(sim, LocalClock.Today(now, settings.TimeZone));
            var plan = ReminderPlanner.Plan(ReminderPlanner.Deadline(outlook.NextAction, entry.State.Deadline), settings, entry.State, now);
            if (plan.Due is not { } due)
            {
                return reminders.Save(entry, plan.State, plan.NextDueAt) ? Outcome.Nothing : Outcome.Conflict;
            }

            var message = views.Message(profile, sim, outlook, due, now);
            var added = false;
            if (!reminders.Save(entry, plan.State, plan.NextDueAt, () => added = outbox.TryAdd(message)))
            {
                return Outcome.Conflict;
            }

            // The sender cannot see the message before the commit, so it is woken again now.
            outboxSignal.Notify();
            LogQueued(logger, sim.Id, due.Stage.Code, due.Deadline, added);
            return added ? Outcome.Queued : Outcome.Nothing;
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
            reminders.Save(entry, entry.State, now + RetryAfterFailure);
            return Outcome.Nothing;
        }
    }

    [LoggerMessage(EventId = 500, Level = LogLevel.Debug, Message = "Reminder scan: {Looked} SIMs looked at, {Queued} reminders queued")]
    private static partial void LogScanned(ILogger logger, int looked, int queued);

    [LoggerMessage(EventId = 501, Level = LogLevel.Information, Message = "Reminder {Stage} for the deadline {Deadline} of SIM {SimId} queued (new in the outbox: {Added})")]
    private static partial void LogQueued(ILogger logger, long simId, string stage, DateOnly deadline, bool added);

    [LoggerMessage(EventId = 502, Level = LogLevel.Error, Message = "Looking at the reminders of SIM {SimId} failed; trying again later")]
    private static partial void LogFailed(ILogger logger, long simId, Exception exception);
}
