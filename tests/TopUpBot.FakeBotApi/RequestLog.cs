using System.Text.Json;

namespace TopUpBot.Tests.FakeBotApi;

/// <summary>Every call in arrival order, and waits for answered calls that match a condition.</summary>
internal sealed class RequestLog
{
    private readonly Lock _gate = new();
    private readonly List<RecordedRequest> _requests = [];
    private readonly List<(Func<RecordedRequest, bool> Match, TaskCompletionSource<RecordedRequest> Found)> _waiters = [];

    public IReadOnlyList<RecordedRequest> All
    {
        get
        {
            lock (_gate)
            {
                return [.. _requests];
            }
        }
    }

    public RecordedRequest Record(
        string method,
        IReadOnlyDictionary<string, JsonElement> parameters,
        IReadOnlyList<UploadedFile> uploads,
        DateTimeOffset receivedAt,
        long timestamp)
    {
        lock (_gate)
        {
            var request = new RecordedRequest(_requests.Count + 1, method, parameters, uploads, receivedAt, timestamp);
            _requests.Add(request);
            return request;
        }
    }

    public void Complete(RecordedRequest request, BotApiOutcome outcome)
    {
        request.Complete(outcome);
        List<TaskCompletionSource<RecordedRequest>> found;
        lock (_gate)
        {
            found = _waiters.Where(waiter => waiter.Match(request)).Select(waiter => waiter.Found).ToList();
            _waiters.RemoveAll(waiter => found.Contains(waiter.Found));
        }

        found.ForEach(waiter => waiter.TrySetResult(request));
    }

    public Task<RecordedRequest> WaitFor(Func<RecordedRequest, bool> match)
    {
        lock (_gate)
        {
            if (_requests.Find(request => request.Outcome is not null && match(request)) is { } answered)
            {
                return Task.FromResult(answered);
            }

            var waiter = new TaskCompletionSource<RecordedRequest>(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((match, waiter));
            return waiter.Task;
        }
    }

    public void CancelWaiters()
    {
        lock (_gate)
        {
            _waiters.ForEach(waiter => waiter.Found.TrySetCanceled());
            _waiters.Clear();
        }
    }
}
