namespace TopUpBot.Outbox;

/// <summary>
/// Spaces sends evenly on the injected clock: one slot every <c>interval</c>, never a burst after a quiet spell, so
/// any one-second window holds at most 1 s / interval sends. A plain next-slot time rather than a token bucket with a
/// replenishing timer: nothing ticks while idle, and a test clock advanced by a day does not fire a timer 2 million times.
/// </summary>
internal sealed class SendPacer(TimeProvider clock, TimeSpan interval)
{
    private readonly Lock _gate = new();
    private DateTimeOffset _next = DateTimeOffset.MinValue;

    /// <summary>Takes the next free slot and waits for it.</summary>
    public async Task WaitTurn(CancellationToken cancellationToken)
    {
        TimeSpan wait;
        lock (_gate)
        {
            var now = clock.GetUtcNow();
            var slot = _next > now ? _next : now;
            _next = slot + interval;
            wait = slot - now;
        }

        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, clock, cancellationToken);
        }
    }
}
