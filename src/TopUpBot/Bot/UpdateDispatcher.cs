using Microsoft.Extensions.Options;
using Telegram.Bot.Types;
using TopUpBot.Hosting;

namespace TopUpBot.Bot;

/// <summary>
/// Runs a batch of updates: one user's updates strictly in order, different users at the same time up to
/// <see cref="BotOptions.MaxConcurrentUsers"/>. Returns when the whole batch is handled, so the poller
/// confirms an offset only for updates that are done.
/// </summary>
internal sealed class UpdateDispatcher(UpdatePipeline pipeline, IOptions<BotOptions> options) : IDisposable
{
    private readonly SemaphoreSlim _slots = new(options.Value.MaxConcurrentUsers);

    public Task Dispatch(IReadOnlyList<Update> updates, CancellationToken cancellationToken) =>
        Task.WhenAll(updates
            .GroupBy(update => UpdatePipeline.UserIdOf(update) ?? 0)
            .Select(lane => RunLane(lane, cancellationToken)));

    public void Dispose() => _slots.Dispose();

    private async Task RunLane(IEnumerable<Update> lane, CancellationToken cancellationToken)
    {
        await _slots.WaitAsync(cancellationToken);
        try
        {
            foreach (var update in lane)
            {
                await pipeline.Handle(update, cancellationToken);
            }
        }
        finally
        {
            _slots.Release();
        }
    }
}
