using System.Net.Sockets;
using System.Text;

namespace EspAtNano.TwinBench;

/// <summary>
/// The host's side of the twin's TCP UART: waits for a piece of text in what the module prints,
/// or counts one until it has been seen n times. A wait that takes too long is an error that
/// shows what the module printed last, so a wrong answer never hangs the bench.
/// </summary>
public sealed class UartReader
{
    // Long enough for a slow, shared machine; a message lost ends a count after this much silence.
    private const int ReceiveTimeoutMs = 10000;

    private readonly Socket _socket;
    private byte[] _buffer = new byte[1 << 16];
    private int _start;
    private int _end;

    public UartReader(Socket socket)
    {
        _socket = socket;
        _socket.ReceiveTimeout = ReceiveTimeoutMs;
    }

    /// <summary>Consumes everything up to and including <paramref name="token"/>.</summary>
    public void WaitFor(byte[] token)
    {
        if (Count(token, 1) == 0)
        {
            throw new InvalidOperationException("no \"" + Printable(token) + "\" within " + ReceiveTimeoutMs + " ms; last output: \""
                + Printable(_buffer.AsSpan(0, _end).ToArray()) + "\"");
        }
    }

    public void WaitFor(string token)
    {
        WaitFor(Encoding.ASCII.GetBytes(token));
    }

    /// <summary>
    /// Consumes input until <paramref name="token"/> has appeared <paramref name="times"/> times,
    /// or the module has printed nothing for the receive timeout; returns how often it appeared.
    /// </summary>
    public int Count(byte[] token, int times)
    {
        int seen = 0;
        while (true)
        {
            int found;
            while (seen < times && (found = _buffer.AsSpan(_start, _end - _start).IndexOf(token)) >= 0)
            {
                _start += found + token.Length;
                seen++;
            }
            if (seen == times)
            {
                return seen;
            }
            // Keep a tail that may be the start of a token cut in two by the read.
            int keep = Math.Min(_end - _start, token.Length - 1);
            Buffer.BlockCopy(_buffer, _end - keep, _buffer, 0, keep);
            _start = 0;
            _end = keep;
            if (!Fill(token))
            {
                return seen;
            }
        }
    }

    /// <summary>Reads more; false when nothing came within the receive timeout.</summary>
    private bool Fill(byte[] token)
    {
        int n;
        try
        {
            n = _socket.Receive(_buffer, _end, _buffer.Length - _end, SocketFlags.None);
        }
        catch (SocketException e) when (e.SocketErrorCode == SocketError.TimedOut)
        {
            return false;
        }
        if (n == 0)
        {
            throw new InvalidOperationException("the twin closed the UART while the bench waited for \"" + Printable(token) + "\"");
        }
        _end += n;
        return true;
    }

    private static string Printable(byte[] bytes)
    {
        return Encoding.ASCII.GetString(bytes).Replace("\r", "\\r").Replace("\n", "\\n");
    }
}
