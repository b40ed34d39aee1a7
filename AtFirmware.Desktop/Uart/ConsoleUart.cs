using EspAtNano.Engine;

namespace EspAtNano.Desktop.Uart;

/// <summary>
/// stdin and stdout as the UART, for a person at a terminal or a script with a pipe. A terminal
/// ends a typed line with "\n" alone, which no ESP-AT host sends, so a "\n" that does not follow
/// a "\r" is taken as "\r\n". Output goes to stdout unchanged.
/// </summary>
public sealed class ConsoleUart : IUart
{
    private readonly Stream _stdin = Console.OpenStandardInput();
    private readonly Stream _stdout = Console.OpenStandardOutput();
    private readonly ILog _log;
    private byte _previous;

    public ConsoleUart(ILog log)
    {
        _log = log;
    }

    public string Description { get { return "console"; } }

    public void Run(IUartReceiver receiver, CancellationToken stop)
    {
        receiver.HostAttached();
        byte[] input = new byte[4096];
        byte[] translated = new byte[input.Length * 2];
        int count;
        while (!stop.IsCancellationRequested && (count = _stdin.Read(input, 0, input.Length)) > 0)
        {
            receiver.Received(translated, Translate(input, count, translated));
        }
    }

    public void Write(byte[] data, int offset, int count)
    {
        try
        {
            _stdout.Write(data, offset, count);
            _stdout.Flush();
        }
        catch (IOException e)
        {
            _log.Write("uart: cannot write to stdout: " + e.Message);
        }
    }

    public void Dispose()
    {
        _stdout.Dispose();
    }

    private int Translate(byte[] input, int count, byte[] output)
    {
        int length = 0;
        for (int i = 0; i < count; i++)
        {
            byte b = input[i];
            if (b == '\n' && _previous != '\r')
            {
                output[length++] = (byte)'\r';
            }
            output[length++] = b;
            _previous = b;
        }
        return length;
    }
}
