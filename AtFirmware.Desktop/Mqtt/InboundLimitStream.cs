namespace EspAtNano.Desktop.Mqtt;

/// <summary>
/// The stream MQTTnet reads the broker from, with a cap on what the broker may send. MQTTnet
/// allocates a packet's whole body from the length its fixed header announces, before reading
/// it, and has no limit of its own: a broker announcing a 256 MiB PUBLISH made the twin allocate
/// it. This decorator passes every byte through unchanged and follows the packet boundaries
/// (<see cref="InboundPacketScanner"/>); when a packet is too large or its length is malformed,
/// the read fails with an <see cref="IOException"/> saying so instead of returning that packet's
/// header, so MQTTnet never learns the length, drops the link and reports a disconnect. Every
/// later read fails the same way. Writes are passed on untouched.
/// </summary>
public sealed class InboundLimitStream : Stream
{
    private readonly Stream _broker;
    private readonly InboundPacketScanner _scanner;

    /// <param name="broker">The connected byte stream (TCP, TLS or WebSocket); disposed with this one.</param>
    /// <param name="maxMessageLength">The largest PUBLISH payload accepted, in bytes.</param>
    public InboundLimitStream(Stream broker, int maxMessageLength)
    {
        ArgumentNullException.ThrowIfNull(broker);
        _broker = broker;
        _scanner = new InboundPacketScanner(maxMessageLength);
    }

    public override bool CanRead { get { return _broker.CanRead; } }
    public override bool CanWrite { get { return _broker.CanWrite; } }
    public override bool CanSeek { get { return false; } }
    public override bool CanTimeout { get { return _broker.CanTimeout; } }
    public override long Length { get { throw new NotSupportedException(); } }

    public override long Position
    {
        get { throw new NotSupportedException(); }
        set { throw new NotSupportedException(); }
    }

    public override int ReadTimeout
    {
        get { return _broker.ReadTimeout; }
        set { _broker.ReadTimeout = value; }
    }

    public override int WriteTimeout
    {
        get { return _broker.WriteTimeout; }
        set { _broker.WriteTimeout = value; }
    }

    // Every read path ends in one of these two; Stream's own ReadByte, BeginRead, CopyTo and
    // ReadAsync(byte[]) call them.
    public override int Read(Span<byte> buffer)
    {
        ThrowIfRefused();
        return Checked(buffer, _broker.Read(buffer));
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        ThrowIfRefused();
        int read = await _broker.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        return Checked(buffer.Span, read);
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        ValidateBufferArguments(buffer, offset, count);
        return Read(buffer.AsSpan(offset, count));
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        ValidateBufferArguments(buffer, offset, count);
        return ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();
    }

    public override void Write(byte[] buffer, int offset, int count)
    {
        _broker.Write(buffer, offset, count);
    }

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        _broker.Write(buffer);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        return _broker.WriteAsync(buffer, offset, count, cancellationToken);
    }

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        return _broker.WriteAsync(buffer, cancellationToken);
    }

    public override void Flush()
    {
        _broker.Flush();
    }

    public override Task FlushAsync(CancellationToken cancellationToken)
    {
        return _broker.FlushAsync(cancellationToken);
    }

    public override long Seek(long offset, SeekOrigin origin)
    {
        throw new NotSupportedException();
    }

    public override void SetLength(long value)
    {
        throw new NotSupportedException();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _broker.Dispose();
        }
        base.Dispose(disposing);
    }

    public override async ValueTask DisposeAsync()
    {
        // The broker stream's own asynchronous close first; Stream's DisposeAsync then runs
        // Dispose(true), whose second dispose of the broker stream does nothing.
        await _broker.DisposeAsync().ConfigureAwait(false);
        await base.DisposeAsync().ConfigureAwait(false);
    }

    /// <summary>The bytes just read that may be passed on; fails when none may.</summary>
    private int Checked(ReadOnlySpan<byte> buffer, int read)
    {
        if (read == 0)
        {
            return 0;
        }
        int passed = _scanner.Scan(buffer.Slice(0, read));
        if (passed == 0)
        {
            ThrowIfRefused();
        }
        // Fewer than read: the bytes before the refused packet go on now, the refusal comes next read.
        return passed;
    }

    private void ThrowIfRefused()
    {
        if (_scanner.Refusal != null)
        {
            throw new IOException(_scanner.Refusal);
        }
    }
}
