namespace TopUpBot.Tests.FakeBotApi;

/// <summary>
/// Faults that the next calls get instead of being served. A fault queued for a method is used before one queued for any method.
/// "Any method" leaves getUpdates alone, since the bot's polling loop would otherwise take every such fault; queue a fault
/// for "getUpdates" by name to break polling.
/// </summary>
public sealed class FaultScript
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Queue<Fault>> _byMethod = new(StringComparer.OrdinalIgnoreCase);
    private readonly Queue<Fault> _anyMethod = new();

    /// <summary>The faults not used yet.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _anyMethod.Count + _byMethod.Values.Sum(queue => queue.Count);
            }
        }
    }

    /// <summary>The next <paramref name="times"/> calls of <paramref name="method"/> (any case) get <paramref name="fault"/>.</summary>
    public void Enqueue(string method, Fault fault, int times = 1)
    {
        ArgumentNullException.ThrowIfNull(fault);
        ArgumentOutOfRangeException.ThrowIfLessThan(times, 1);
        if (!BotApiSpec.Methods.TryGetValue(method, out var spec))
        {
            throw new ArgumentException($"The fake does not serve \"{method}\", so a fault for it would never be used.", nameof(method));
        }

        lock (_gate)
        {
            if (!_byMethod.TryGetValue(spec.Name, out var queue))
            {
                queue = new Queue<Fault>();
                _byMethod[spec.Name] = queue;
            }

            for (var i = 0; i < times; i++)
            {
                queue.Enqueue(fault);
            }
        }
    }

    /// <summary>The next <paramref name="times"/> calls of any method but getUpdates get <paramref name="fault"/>.</summary>
    public void EnqueueForAnyMethod(Fault fault, int times = 1)
    {
        ArgumentNullException.ThrowIfNull(fault);
        ArgumentOutOfRangeException.ThrowIfLessThan(times, 1);
        lock (_gate)
        {
            for (var i = 0; i < times; i++)
            {
                _anyMethod.Enqueue(fault);
            }
        }
    }

    internal Fault? Take(string method)
    {
        lock (_gate)
        {
            if (_byMethod.TryGetValue(method, out var queue) && queue.TryDequeue(out var fault))
            {
                return fault;
            }

            return method != "getUpdates" && _anyMethod.TryDequeue(out var any) ? any : null;
        }
    }
}
