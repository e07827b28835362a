using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace TopUpBot.Tests.FakeBotApi;

/// <summary>
/// Incoming updates with getUpdates' semantics: an update stays until a getUpdates call with a higher offset confirms it;
/// a negative offset forgets all but the last -offset updates; allowed_updates is remembered between calls.
/// </summary>
internal sealed class UpdateQueue
{
    /// <summary>What an empty or never-given allowed_updates excludes, per the Bot API.</summary>
    private static readonly UpdateType[] ExcludedByDefault = [UpdateType.ChatMember, UpdateType.MessageReaction, UpdateType.MessageReactionCount];

    private readonly Lock _gate = new();
    private readonly List<Pending> _pending = [];
    private readonly Dictionary<int, string> _dropped = [];
    private readonly TaskCompletionSource _pollingStarted = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TaskCompletionSource _arrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TaskCompletionSource? _activePoll;
    private UpdateType[] _allowed = [];
    private int _lastId;
    private int? _lastOffset;

    /// <summary>Completes at the bot's first getUpdates call.</summary>
    public Task PollingStarted => _pollingStarted.Task;

    public int Enqueue(Update update)
    {
        TaskCompletionSource arrived;
        lock (_gate)
        {
            update.Id = ++_lastId;
            _pending.Add(new Pending(update, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)));
            arrived = _arrived;
            _arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        arrived.TrySetResult();
        return update.Id;
    }

    /// <summary>Completes when a getUpdates call confirms the update; fails if the update was dropped undelivered.</summary>
    public Task WaitUntilConsumed(int updateId)
    {
        lock (_gate)
        {
            if (updateId < 1 || updateId > _lastId)
            {
                return Task.FromException(new ArgumentOutOfRangeException(nameof(updateId), updateId, $"No update {updateId} was enqueued."));
            }

            if (_pending.Find(pending => pending.Update.Id == updateId) is { } waiting)
            {
                return waiting.Consumed.Task;
            }

            return _dropped.TryGetValue(updateId, out var reason)
                ? Task.FromException(new InvalidOperationException($"Update {updateId} was {reason}."))
                : Task.CompletedTask;
        }
    }

    /// <summary>
    /// Starts a getUpdates call: applies its offset and allowed_updates. The returned task completes when a later call
    /// supersedes this one, which Telegram answers with 409 Conflict.
    /// </summary>
    public Task BeginPoll(int? offset, UpdateType[]? allowedUpdates)
    {
        var superseded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        TaskCompletionSource? previous;
        lock (_gate)
        {
            previous = _activePoll;
            _activePoll = superseded;
            _lastOffset = offset;
            _allowed = allowedUpdates ?? _allowed;
            if (offset > 0)
            {
                foreach (var confirmed in _pending.Where(pending => pending.Update.Id < offset))
                {
                    confirmed.Consumed.TrySetResult();
                }

                _pending.RemoveAll(pending => pending.Update.Id < offset);
            }
            else if (offset < 0)
            {
                Drop(_pending.SkipLast(-offset.Value).ToList(), $"forgotten: the bot called getUpdates with offset {offset}");
            }
        }

        previous?.TrySetResult();
        _pollingStarted.TrySetResult();
        return superseded.Task;
    }

    /// <summary>Up to <paramref name="limit"/> deliverable updates, oldest first, or a task that completes when one is enqueued.</summary>
    public (Update[] Updates, Task Arrived) Take(int limit)
    {
        lock (_gate)
        {
            var allowed = _allowed.Length == 0 ? Update.AllTypes.Except(ExcludedByDefault).ToArray() : _allowed;
            var excluded = _pending.Where(pending => !allowed.Contains(pending.Update.Type)).ToList();
            Drop(excluded, $"not delivered: the bot's allowed_updates do not include it ({string.Join(", ", allowed)})");
            return (_pending.Take(limit).Select(pending => pending.Update).ToArray(), _arrived.Task);
        }
    }

    /// <summary>Drops every pending update, as deleteWebhook with drop_pending_updates does.</summary>
    public void DropAll(string reason)
    {
        lock (_gate)
        {
            Drop([.. _pending], reason);
        }
    }

    /// <summary>A line on the state of polling, for failure messages.</summary>
    public string Describe()
    {
        lock (_gate)
        {
            if (!_pollingStarted.Task.IsCompleted)
            {
                return "The bot has not called getUpdates yet.";
            }

            var pending = string.Join(", ", _pending.Select(pending => $"{pending.Update.Id} ({pending.Update.Type})"));
            return $"The bot's last getUpdates offset was {_lastOffset?.ToString() ?? "none"}; unconfirmed updates: {(pending.Length == 0 ? "none" : pending)}.";
        }
    }

    /// <summary>Ends every wait, for disposal.</summary>
    public void CancelWaits()
    {
        lock (_gate)
        {
            _pending.ForEach(pending => pending.Consumed.TrySetCanceled());
        }

        _pollingStarted.TrySetCanceled();
    }

    private void Drop(List<Pending> dropped, string reason)
    {
        foreach (var pending in dropped)
        {
            _dropped[pending.Update.Id] = reason;
            _pending.Remove(pending);
            pending.Consumed.TrySetException(new InvalidOperationException($"Update {pending.Update.Id} ({pending.Update.Type}) was {reason}."));
        }
    }

    private sealed record Pending(Update Update, TaskCompletionSource Consumed);
}
