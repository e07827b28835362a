namespace TopUpBot.Bot;

/// <summary>A memory stream that refuses to grow past a limit, so a download larger than announced stops early.</summary>
internal sealed class CappedStream(int maxBytes) : MemoryStream
{
    /// <summary>A write was refused because it would have passed the limit.</summary>
    public bool Overflowed { get; private set; }

    public override void Write(byte[] buffer, int offset, int count)
    {
        EnsureRoom(count);
        base.Write(buffer, offset, count);
    }

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        EnsureRoom(buffer.Length);
        base.Write(buffer);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        EnsureRoom(count);
        return base.WriteAsync(buffer, offset, count, cancellationToken);
    }

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        EnsureRoom(buffer.Length);
        return base.WriteAsync(buffer, cancellationToken);
    }

    public override void WriteByte(byte value)
    {
        EnsureRoom(1);
        base.WriteByte(value);
    }

    private void EnsureRoom(int count)
    {
        if (Length + count > maxBytes)
        {
            Overflowed = true;
            throw new IOException($"The content is larger than {maxBytes} bytes.");
        }
    }
}
