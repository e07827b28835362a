namespace TopUpBot.Bench;

/// <summary>A clock that shows <see cref="Now"/> until it is set again: for seeding and the scan benchmarks, which only read "now".</summary>
internal sealed class StoppedClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}

/// <summary>
/// Real time moved to the seeded data's day: "now" starts at <c>startAt</c> and runs on, and timers and delays take real
/// time, so the host's sender paces itself exactly as in production.
/// </summary>
internal sealed class ShiftedClock(DateTimeOffset startAt) : TimeProvider
{
    private readonly TimeSpan _offset = startAt - System.GetUtcNow();

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + _offset;
}
