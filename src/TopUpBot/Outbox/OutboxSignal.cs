namespace TopUpBot.Outbox;

/// <summary>
/// Wakes the sender when there may be something new to send: a message was queued or a send finished. A caller that
/// queues inside its own LiteDB transaction should call <see cref="Notify"/> again after committing, because the
/// sender cannot see uncommitted rows; otherwise they go out at the sender's next periodic look.
/// </summary>
internal sealed class OutboxSignal
{
    private TaskCompletionSource _signal = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Notify() => Volatile.Read(ref _signal).TrySetResult();

    /// <summary>Returns when notified (also before this call, since the last wait), after <paramref name="timeout"/>, or throws when cancelled.</summary>
    public async Task Wait(TimeSpan timeout, TimeProvider clock, CancellationToken cancellationToken)
    {
        var current = Volatile.Read(ref _signal);
        if (!current.Task.IsCompleted && timeout > TimeSpan.Zero)
        {
            try
            {
                await current.Task.WaitAsync(timeout, clock, cancellationToken);
            }
            catch (TimeoutException)
            {
                // Time to look again anyway.
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        if (current.Task.IsCompleted)
        {
            // Reset only the signal that was seen; a notification after this lands on the new one.
            Interlocked.CompareExchange(ref _signal, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously), current);
        }
    }
}
