using System;
using System.Diagnostics;
using EspAtNano.Engine;
using EspAtNano.Engine.Commands;
using EspAtNano.Engine.Commands.Mqtt;
using EspAtNano.Engine.Output;
using EspAtNano.Engine.Parsing;
using EspAtNano.Engine.Ports;

// The engine on the interpreter, one input at a time (issue 9). A connected module with ports
// that answer at once; each input runs Rounds times between two calls of Debugger.IsAttached,
// which run.sh's callgrind turns into dumps (--dump-before), so every phase's instruction count
// is on its own. The MQTT port completes a publish by callback (IMqttPublishStarter), as the
// ESP32's M2Mqtt port does, so a publish never leaves the input thread; the "-blocking" row is
// the same publish on a port without it, handed to the engine's worker thread and waited for. The first phase runs an input that does nothing, so the loop's and markers'
// own cost can be subtracted. Before the phases every input runs once with its output printed
// ("out ..." lines): run.sh compares that transcript of nanoCLR with .NET's.
// nanoFramework has no generics and no string formatting worth the name: plain arrays and concatenation.
namespace EspAtNano.Bench
{
    public static class Program
    {
        /// <summary>Runs of each input per measured phase; the per-input figure is the phase's cost / Rounds.</summary>
        private const int Rounds = 200;

        /// <summary>The publish line of issue 9's table: a JSON payload, escapes and all.</summary>
        internal const string PubLine = "AT+MQTTPUB=0,\"sensors/room1/temperature\",\"{\\\"t\\\":21.5\\,\\\"h\\\":40}\",1,0\r\n";

        public static void Main()
        {
            BenchModule module = Connected(new BenchModule(new CallbackBenchMqtt()));
            BenchModule blocking = Connected(new BenchModule(new BenchMqtt()));

            BenchInput[] inputs = Inputs(module, blocking);
            // The transcript, which also warms up every path (static constructors, first-call resolution).
            for (int i = 0; i < inputs.Length; i++)
            {
                inputs[i].Before();
                module.Capture(true);
                inputs[i].Run();
                module.Capture(false);
                Console.WriteLine("out " + inputs[i].Name + ": " + module.TakeCaptured());
                inputs[i].After();
            }
            for (int i = 0; i < inputs.Length; i++)
            {
                Console.WriteLine("phase " + inputs[i].Name);
                inputs[i].Before();
                Mark();
                for (int r = 0; r < Rounds; r++)
                {
                    inputs[i].Run();
                }
                Mark();
                inputs[i].After();
            }
            module.Stop();
            blocking.Stop();
            Console.WriteLine("rounds " + Rounds.ToString());
            Console.WriteLine("VERDICT: OK");
        }

        private static BenchModule Connected(BenchModule module)
        {
            module.Feed("ATE0\r\nAT+MQTTUSERCFG=0,1,\"bench\",\"\",\"\",0,0,\"\"\r\n");
            module.Feed("AT+MQTTCONN=0,\"broker\",1883,0\r\n");
            module.Feed("AT+MQTTSUB=0,\"sensors/room1/cmd\",1\r\n");
            return module;
        }

        /// <param name="m">The module whose MQTT port publishes by callback: its publishes answer before Feed returns.</param>
        /// <param name="blocking">The same with a blocking port: a publish runs on the worker thread and is waited for.</param>
        private static BenchInput[] Inputs(BenchModule m, BenchModule blocking)
        {
            byte[] raw = new byte[64];
            for (int i = 0; i < raw.Length; i++)
            {
                raw[i] = (byte)('a' + i % 26);
            }
            string pub = PubLine;
            return new BenchInput[]
            {
                new NothingInput(),
                new LineInput(m, "pub", pub),
                new LineInput(m, "pub-echo", pub).WithEcho(),
                new LineInput(m, "pubraw64", Concat(Ascii("AT+MQTTPUBRAW=0,\"t\",64,0,0\r\n"), raw)),
                new LineInput(blocking, "pub-blocking", pub).InBackground(),
                new MessageInput(m, "subrecv64", Ascii("sensors/room1/cmd"), raw),
                new LineInput(m, "at", "AT\r\n"),
                new LineInput(m, "conn?", "AT+MQTTCONN?\r\n"),
                new LineInput(m, "sub?", "AT+MQTTSUB?\r\n"),
                new LineInput(m, "sub+unsub", "AT+MQTTSUB=0,\"a/b\",1\r\n", "AT+MQTTUNSUB=0,\"a/b\"\r\n").InBackground(),
                new LineInput(m, "pub-badqos", "AT+MQTTPUB=0,\"t\",\"x\",3,0\r\n"),
                new LineInput(m, "unknown", "AT+NOPE\r\n"),
                new SplitPart(),
                new LookupPart(),
                new CountPart(),
                new TopicPart(),
                new PayloadPart(),
                new DeliveryPart(),
            };
        }

        /// <summary>The phase boundary: a native call nothing else makes, where callgrind dumps its counts.</summary>
        private static void Mark()
        {
            if (Debugger.IsAttached)
            {
                Console.WriteLine("a debugger is attached: the counts include it");
            }
        }

        internal static byte[] Ascii(string text)
        {
            byte[] bytes = new byte[text.Length];
            for (int i = 0; i < text.Length; i++)
            {
                bytes[i] = (byte)text[i];
            }
            return bytes;
        }

        private static byte[] Concat(byte[] a, byte[] b)
        {
            byte[] both = new byte[a.Length + b.Length];
            Array.Copy(a, both, a.Length);
            Array.Copy(b, 0, both, a.Length, b.Length);
            return both;
        }
    }

    internal abstract class BenchInput
    {
        internal readonly string Name;

        protected BenchInput(string name)
        {
            Name = name;
        }

        /// <summary>Outside the measured loop: puts the module in the state the input needs.</summary>
        internal virtual void Before()
        {
        }

        internal virtual void After()
        {
        }

        internal abstract void Run();
    }

    /// <summary>The loop's own cost, subtracted from every other phase.</summary>
    internal sealed class NothingInput : BenchInput
    {
        internal NothingInput() : base("nothing")
        {
        }

        internal override void Run()
        {
        }
    }

    /// <summary>
    /// One step of the pub line's handling on its own, for the table's "part:" rows: where a
    /// publish line's instructions go. Each works on the pub line's parameters, split once here;
    /// no output, no state change that the next round would notice.
    /// </summary>
    internal abstract class PartInput : BenchInput
    {
        protected const int ParametersStart = 11;

        protected readonly byte[] Line = Program.Ascii(Program.PubLine);
        protected readonly ParameterList Parameters = new ParameterList();
        protected readonly Response Answer = new Response(new EngineSettings());

        protected PartInput(string name) : base(name)
        {
            Parameters.Load(Line, ParametersStart, Line.Length - 2 - ParametersStart);
        }
    }

    internal sealed class SplitPart : PartInput
    {
        internal SplitPart() : base("part:split")
        {
        }

        internal override void Run()
        {
            Parameters.Load(Line, ParametersStart, Line.Length - 2 - ParametersStart);
        }
    }

    internal sealed class LookupPart : PartInput
    {
        // The length of "+MQTTPUB": a string literal would allocate on every round on nanoCLR.
        private const int NameLength = 8;

        private readonly CommandTable _table = new CommandTable();

        internal LookupPart() : base("part:lookup")
        {
            _table.Add(new MqttPubCommand());
        }

        internal override void Run()
        {
            _table.Find(Line, 2, NameLength);
        }
    }

    internal sealed class CountPart : PartInput
    {
        internal CountPart() : base("part:count+linkid")
        {
        }

        internal override void Run()
        {
            MqttChecks.Begin(Answer, Parameters, 5, 6);
        }
    }

    internal sealed class TopicPart : PartInput
    {
        internal TopicPart() : base("part:topic")
        {
        }

        internal override void Run()
        {
            byte[] topic;
            MqttChecks.PublishTopic(Answer, Parameters, 1, out topic);
        }
    }

    internal sealed class PayloadPart : PartInput
    {
        internal PayloadPart() : base("part:payload")
        {
        }

        internal override void Run()
        {
            byte[] data;
            ArgumentReader.MqttString(Answer, Parameters, 2, 256, MqttError.DataReadFailed, MqttError.DataIsOverlength, out data);
        }
    }

    internal sealed class DeliveryPart : PartInput
    {
        private readonly PendingPublish _pending = new PendingPublish(false);

        internal DeliveryPart() : base("part:delivery")
        {
        }

        internal override void Run()
        {
            _pending.ReadDelivery(Answer, Parameters, 3, null);
        }
    }

    /// <summary>Lines (and raw data) fed as the UART delivers them, each chunk answered before the next.</summary>
    internal sealed class LineInput : BenchInput
    {
        private readonly BenchModule _module;
        private readonly byte[][] _chunks;
        private bool _echo;
        private bool _background;

        internal LineInput(BenchModule module, string name, params string[] lines) : base(name)
        {
            _module = module;
            _chunks = new byte[lines.Length][];
            for (int i = 0; i < lines.Length; i++)
            {
                _chunks[i] = Program.Ascii(lines[i]);
            }
        }

        internal LineInput(BenchModule module, string name, byte[] chunk) : base(name)
        {
            _module = module;
            _chunks = new byte[][] { chunk };
        }

        /// <summary>The command finishes on the engine's worker: each chunk waits for it, as a host waits for the answer.</summary>
        internal LineInput InBackground()
        {
            _background = true;
            return this;
        }

        internal LineInput WithEcho()
        {
            _echo = true;
            return this;
        }

        internal override void Before()
        {
            if (_echo)
            {
                _module.Feed("ATE1\r\n");
            }
        }

        internal override void After()
        {
            if (_echo)
            {
                _module.Feed("ATE0\r\n");
            }
        }

        internal override void Run()
        {
            for (int i = 0; i < _chunks.Length; i++)
            {
                _module.Feed(_chunks[i], _background);
            }
        }
    }

    /// <summary>A message from the broker, as the MQTT client delivers it.</summary>
    internal sealed class MessageInput : BenchInput
    {
        private readonly BenchModule _module;
        private readonly byte[] _topic;
        private readonly byte[] _payload;

        internal MessageInput(BenchModule module, string name, byte[] topic, byte[] payload) : base(name)
        {
            _module = module;
            _topic = topic;
            _payload = payload;
        }

        internal override void Run()
        {
            _module.Listener.OnMessage(_topic, _payload, 0);
        }
    }

    /// <summary>The module's ports: a UART that discards (or captures, for the transcript) and the given MQTT client.</summary>
    internal sealed class BenchModule : IByteSink, ICertificateStore, IClock, ISystemControl, ILog
    {
        private readonly AtEngine _engine;
        private readonly BenchMqtt _mqtt;
        private readonly byte[] _captured = new byte[4096];
        private int _capturedLength;
        private bool _capture;

        internal BenchModule(BenchMqtt mqtt)
        {
            _mqtt = mqtt;
            ModulePorts ports = new ModulePorts();
            ports.Uart = this;
            ports.Mqtt = mqtt;
            ports.Certificates = this;
            ports.Clock = this;
            ports.System = this;
            ports.Log = this;
            _engine = new AtEngine(new EngineOptions(), ports);
            _engine.Start();
        }

        internal IMqttLinkListener Listener { get { return _mqtt.Listener; } }

        internal void Feed(string text)
        {
            Feed(Program.Ascii(text), true);
        }

        /// <summary>
        /// One UART chunk. A command that answers at once has answered when Feed returns; only one
        /// that runs in the background is waited for (the device's UART thread waits for nothing).
        /// </summary>
        internal void Feed(byte[] chunk, bool waitForBackground)
        {
            _engine.Feed(chunk, 0, chunk.Length);
            if (waitForBackground)
            {
                _engine.WaitIdle(10000);
            }
        }

        internal void Stop()
        {
            _engine.Stop();
        }

        internal void Capture(bool on)
        {
            _capture = on;
        }

        /// <summary>What the module wrote since the last call, with CR, LF, backslash and non-ASCII escaped.</summary>
        internal string TakeCaptured()
        {
            char[] text = new char[_capturedLength * 4];
            int n = 0;
            for (int i = 0; i < _capturedLength; i++)
            {
                int b = _captured[i];
                if (b == '\r' || b == '\n' || b == '\\' || b < 0x20 || b >= 0x7f)
                {
                    text[n++] = '\\';
                    text[n++] = b == '\r' ? 'r' : b == '\n' ? 'n' : b == '\\' ? '\\' : 'x';
                    if (text[n - 1] == 'x')
                    {
                        text[n++] = "0123456789abcdef"[b >> 4];
                        text[n++] = "0123456789abcdef"[b & 0xF];
                    }
                }
                else
                {
                    text[n++] = (char)b;
                }
            }
            _capturedLength = 0;
            return new string(text, 0, n);
        }

        public void Write(byte[] data, int offset, int count)
        {
            if (_capture)
            {
                Array.Copy(data, offset, _captured, _capturedLength, count);
                _capturedLength += count;
            }
        }

        public byte[] Read(string fileName)
        {
            return null;
        }

        public bool Exists(string fileName)
        {
            return false;
        }

        public StoreResult Write(string fileName, byte[] contents)
        {
            return StoreResult.Success;
        }

        public StoreResult Delete(string fileName)
        {
            return StoreResult.Success;
        }

        public DateTime UtcNow { get { return new DateTime(2026, 1, 1); } }

        public bool IsSynchronised { get { return true; } }

        public void Restart()
        {
        }

        public void Write(string message)
        {
            Console.WriteLine("log " + message);
        }
    }

    /// <summary>An MQTT client that answers every call at once, blocking calls only (a port without IMqttPublishStarter).</summary>
    internal class BenchMqtt : IMqttClientPort
    {
        internal IMqttLinkListener Listener;

        public void SetListener(IMqttLinkListener listener)
        {
            Listener = listener;
        }

        public ConnectResult Connect(MqttConnectRequest request, int timeoutMs)
        {
            return ConnectResult.Success;
        }

        public MqttRequestResult Publish(byte[] topic, byte[] payload, int qos, bool retain, int timeoutMs)
        {
            return MqttRequestResult.Done;
        }

        public MqttRequestResult Subscribe(byte[] topic, int qos, int timeoutMs)
        {
            return MqttRequestResult.Granted(qos);
        }

        public MqttRequestResult Unsubscribe(byte[] topic, int timeoutMs)
        {
            return MqttRequestResult.Done;
        }

        public void Disconnect()
        {
        }
    }

    /// <summary>
    /// The same client completing publishes by callback, as the ESP32's M2Mqtt port does (its
    /// MqttMsgPublished event; here the ack is there at once, so the callback comes before
    /// StartPublish returns, on the input thread).
    /// </summary>
    internal sealed class CallbackBenchMqtt : BenchMqtt, IMqttPublishStarter
    {
        public void StartPublish(byte[] topic, byte[] payload, int qos, bool retain, int timeoutMs, IMqttRequestDone done)
        {
            done.Done(MqttRequestResult.Done);
        }
    }
}
