using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace EspAtNano.Desktop.Tests.Support
{
    /// <summary>
    /// The host MCU's side of the UART, over any byte stream (TCP socket or pseudo-terminal):
    /// it sends command lines and raw bytes, and reads what the module answers byte-exactly.
    /// A background reader collects every byte; the read helpers consume from the front.
    /// Failure messages show what was received (escaped) and the twin's stderr.
    /// </summary>
    public sealed class AtHost : IDisposable
    {
        public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(20);
        public const string Ok = "\r\nOK\r\n";
        public const string Error = "\r\nERROR\r\n";
        public const string Prompt = "\r\nOK\r\n\r\n>";

        private readonly Stream _stream;
        private readonly Func<string> _diagnostics;
        private readonly List<byte> _received = new List<byte>();
        private readonly StringBuilder _transcript = new StringBuilder();
        private readonly Thread _reader;
        private bool _closed;
        private Exception? _readFailure;

        public AtHost(Stream stream, Func<string>? diagnostics)
        {
            _stream = stream;
            _diagnostics = diagnostics ?? (() => "");
            _reader = new Thread(ReadLoop) { IsBackground = true, Name = "AtHost reader" };
            _reader.Start();
        }

        /// <summary>Everything sent and received so far, for failure messages.</summary>
        public string Transcript
        {
            get { lock (_received) { return _transcript.ToString(); } }
        }

        private void ReadLoop()
        {
            byte[] buffer = new byte[4096];
            try
            {
                while (true)
                {
                    int n = _stream.Read(buffer, 0, buffer.Length);
                    if (n <= 0)
                    {
                        break;
                    }
                    lock (_received)
                    {
                        for (int i = 0; i < n; i++)
                        {
                            _received.Add(buffer[i]);
                        }
                        _transcript.Append("<< ").Append(Escape(buffer, 0, n)).Append('\n');
                        Monitor.PulseAll(_received);
                    }
                }
            }
            catch (Exception e) when (e is IOException || e is ObjectDisposedException || e is InvalidOperationException)
            {
                lock (_received)
                {
                    _readFailure = e;
                }
            }
            lock (_received)
            {
                _closed = true;
                Monitor.PulseAll(_received);
            }
        }

        public void Send(string text)
        {
            Send(Encoding.Latin1.GetBytes(text));
        }

        public void Send(byte[] bytes)
        {
            lock (_received)
            {
                _transcript.Append(">> ").Append(Escape(bytes, 0, bytes.Length)).Append('\n');
            }
            _stream.Write(bytes, 0, bytes.Length);
            _stream.Flush();
        }

        /// <summary>Sends one command line (CRLF added).</summary>
        public void SendLine(string command)
        {
            Send(command + "\r\n");
        }

        /// <summary>Sends a command line and expects exactly these bytes as the whole answer.</summary>
        public void Command(string command, string exactAnswer, TimeSpan? timeout = null)
        {
            SendLine(command);
            Expect(exactAnswer, timeout);
        }

        /// <summary>Sends a command line and expects exactly <c>\r\nOK\r\n</c>.</summary>
        public void CommandOk(string command, TimeSpan? timeout = null)
        {
            Command(command, Ok, timeout);
        }

        /// <summary>
        /// Waits for the boot banner (and, when the module joins its saved AP after power-up, for
        /// WIFI CONNECTED and WIFI GOT IP), turns echo off, and checks that the line is in step:
        /// after this, every answer is exactly what the module printed for the next command.
        /// </summary>
        public void Boot(bool joinsAtBoot = true)
        {
            ReadUntil("\r\nready\r\n");
            if (joinsAtBoot)
            {
                Expect("WIFI CONNECTED\r\nWIFI GOT IP\r\n");
            }
            SendLine("ATE0");
            ReadUntil(Ok);
            Command("AT", Ok);
        }

        /// <summary>
        /// Turns SNTP on and waits until the clock is synchronised (AT+CIPSNTPTIME? no longer in
        /// 1970), as TLS schemes that verify the server need.
        /// </summary>
        public void SyncClock()
        {
            CommandOk("AT+CIPSNTPCFG=1,0");
            Stopwatch watch = Stopwatch.StartNew();
            while (true)
            {
                SendLine("AT+CIPSNTPTIME?");
                string answer = ReadTextUntil(Ok);
                if (!answer.Contains(" 1970", StringComparison.Ordinal))
                {
                    return;
                }
                if (watch.Elapsed > DefaultTimeout)
                {
                    Assert.Fail("the clock is still in 1970 after SNTP was enabled: " + answer);
                }
                // Polled, as a host would: the module tells nobody when SNTP has synchronised.
                Thread.Sleep(200);
            }
        }

        /// <summary>The next bytes must be exactly these.</summary>
        public void Expect(string exact, TimeSpan? timeout = null)
        {
            Expect(Encoding.Latin1.GetBytes(exact), timeout);
        }

        public void Expect(byte[] exact, TimeSpan? timeout = null)
        {
            TimeSpan limit = timeout ?? DefaultTimeout;
            Stopwatch watch = Stopwatch.StartNew();
            lock (_received)
            {
                while (true)
                {
                    int have = Math.Min(_received.Count, exact.Length);
                    for (int i = 0; i < have; i++)
                    {
                        if (_received[i] != exact[i])
                        {
                            Fail("expected exactly\n  \"" + Escape(exact, 0, exact.Length) + "\"\nbut received\n  \"" + EscapeReceived() + "\"");
                        }
                    }
                    if (_received.Count >= exact.Length)
                    {
                        _received.RemoveRange(0, exact.Length);
                        return;
                    }
                    if (!WaitForMore(watch, limit))
                    {
                        Fail("expected exactly\n  \"" + Escape(exact, 0, exact.Length) + "\"\nwithin " + limit + " but received only\n  \"" + EscapeReceived() + "\"");
                    }
                }
            }
        }

        /// <summary>Consumes and returns every byte up to and including the first <paramref name="expected"/>.</summary>
        public byte[] ReadUntil(string expected, TimeSpan? timeout = null)
        {
            return ReadUntil(Encoding.Latin1.GetBytes(expected), timeout);
        }

        public byte[] ReadUntil(byte[] expected, TimeSpan? timeout = null)
        {
            TimeSpan limit = timeout ?? DefaultTimeout;
            Stopwatch watch = Stopwatch.StartNew();
            lock (_received)
            {
                while (true)
                {
                    int at = IndexOf(expected);
                    if (at >= 0)
                    {
                        int end = at + expected.Length;
                        byte[] taken = _received.GetRange(0, end).ToArray();
                        _received.RemoveRange(0, end);
                        return taken;
                    }
                    if (!WaitForMore(watch, limit))
                    {
                        Fail("waited " + limit + " for\n  \"" + Escape(expected, 0, expected.Length) + "\"\nbut received\n  \"" + EscapeReceived() + "\"");
                    }
                }
            }
        }

        /// <summary>
        /// Waits until every one of <paramref name="parts"/> has arrived, in any order (for
        /// URCs that may come before or after a command's own answer); consumes and returns
        /// everything up to the end of the last of them.
        /// </summary>
        public string ReadUntilAll(TimeSpan? timeout, params string[] parts)
        {
            TimeSpan limit = timeout ?? DefaultTimeout;
            Stopwatch watch = Stopwatch.StartNew();
            lock (_received)
            {
                while (true)
                {
                    int end = 0;
                    List<string> missing = new List<string>();
                    foreach (string part in parts)
                    {
                        int at = IndexOf(Encoding.Latin1.GetBytes(part));
                        if (at < 0)
                        {
                            missing.Add(part);
                        }
                        else
                        {
                            end = Math.Max(end, at + part.Length);
                        }
                    }
                    if (missing.Count == 0)
                    {
                        string taken = Encoding.Latin1.GetString(_received.GetRange(0, end).ToArray());
                        _received.RemoveRange(0, end);
                        return taken;
                    }
                    if (!WaitForMore(watch, limit))
                    {
                        Fail("waited " + limit + " for all of\n  " + string.Join("\n  ", parts.Select(x => "\"" + Escape(Encoding.Latin1.GetBytes(x), 0, x.Length) + "\""))
                            + "\nbut these did not arrive:\n  " + string.Join("\n  ", missing.Select(x => "\"" + Escape(Encoding.Latin1.GetBytes(x), 0, x.Length) + "\""))
                            + "\nreceived:\n  \"" + EscapeReceived() + "\"");
                    }
                }
            }
        }

        /// <summary>Like <see cref="ReadUntil(string, TimeSpan?)"/>, as text (one char per byte).</summary>
        public string ReadTextUntil(string expected, TimeSpan? timeout = null)
        {
            return Encoding.Latin1.GetString(ReadUntil(expected, timeout));
        }

        /// <summary>Waits until nothing has arrived for <paramref name="quiet"/>, then consumes and returns everything.</summary>
        public string Drain(TimeSpan quiet)
        {
            lock (_received)
            {
                while (true)
                {
                    int before = _received.Count;
                    Monitor.Wait(_received, quiet);
                    if (_received.Count == before)
                    {
                        string text = Encoding.Latin1.GetString(_received.ToArray());
                        _received.Clear();
                        return text;
                    }
                }
            }
        }

        /// <summary>Nothing at all may arrive during <paramref name="period"/>.</summary>
        public void ExpectSilence(TimeSpan period)
        {
            Stopwatch watch = Stopwatch.StartNew();
            lock (_received)
            {
                while (_received.Count == 0 && watch.Elapsed < period)
                {
                    TimeSpan left = period - watch.Elapsed;
                    if (left > TimeSpan.Zero)
                    {
                        Monitor.Wait(_received, left);
                    }
                }
                if (_received.Count > 0)
                {
                    Fail("expected silence for " + period + " but received\n  \"" + EscapeReceived() + "\"");
                }
            }
        }

        private bool WaitForMore(Stopwatch watch, TimeSpan limit)
        {
            if (_closed)
            {
                return false;
            }
            TimeSpan left = limit - watch.Elapsed;
            if (left <= TimeSpan.Zero)
            {
                return false;
            }
            Monitor.Wait(_received, left);
            return true;
        }

        private int IndexOf(byte[] pattern)
        {
            int last = _received.Count - pattern.Length;
            for (int i = 0; i <= last; i++)
            {
                int j = 0;
                while (j < pattern.Length && _received[i + j] == pattern[j])
                {
                    j++;
                }
                if (j == pattern.Length)
                {
                    return i;
                }
            }
            return -1;
        }

        private string EscapeReceived()
        {
            byte[] all = _received.ToArray();
            return Escape(all, 0, all.Length);
        }

        private void Fail(string message)
        {
            string why = message;
            if (_closed)
            {
                why += "\n(the UART stream closed" + (_readFailure != null ? ": " + _readFailure.Message : "") + ")";
            }
            throw new AssertFailedException(why + "\n---- UART transcript ----\n" + Tail(_transcript.ToString(), 6000)
                + "\n---- diagnostics ----\n" + Tail(_diagnostics(), 12000));
        }

        private static string Tail(string text, int max)
        {
            return text.Length <= max ? text : "…" + text.Substring(text.Length - max);
        }

        /// <summary>Bytes as a C-like string: \r \n \0 \\ \" and \xNN for the rest outside printable ASCII.</summary>
        public static string Escape(byte[] bytes, int offset, int count)
        {
            StringBuilder b = new StringBuilder(count + 16);
            for (int i = offset; i < offset + count; i++)
            {
                byte c = bytes[i];
                switch (c)
                {
                    case (byte)'\r': b.Append("\\r"); break;
                    case (byte)'\n': b.Append("\\n"); break;
                    case 0: b.Append("\\0"); break;
                    case (byte)'\\': b.Append("\\\\"); break;
                    case (byte)'"': b.Append("\\\""); break;
                    default:
                        if (c >= 0x20 && c < 0x7f)
                        {
                            b.Append((char)c);
                        }
                        else
                        {
                            b.Append("\\x").Append(c.ToString("x2", CultureInfo.InvariantCulture));
                        }
                        break;
                }
            }
            return b.ToString();
        }

        public void Dispose()
        {
            _stream.Dispose();
            _reader.Join(TimeSpan.FromSeconds(5));
        }
    }
}
