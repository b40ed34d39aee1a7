namespace EspAtNano.Engine
{
    /// <summary>What a command handler may use: its response, the module's state and the ports.</summary>
    public sealed class CommandContext
    {
        private readonly CommandWorker _worker;
        private IRawDataConsumer _rawConsumer;
        private int _rawLength;

        public CommandContext(Response response, AtOutput output, EngineSettings settings, EngineOptions options,
            MqttLink link, ModulePorts ports, CommandWorker worker)
        {
            Response = response;
            Output = output;
            Settings = settings;
            Options = options;
            Link = link;
            Ports = ports;
            _worker = worker;
        }

        public readonly Response Response;
        public readonly AtOutput Output;
        public readonly EngineSettings Settings;
        public readonly EngineOptions Options;
        public readonly MqttLink Link;
        public readonly ModulePorts Ports;

        /// <summary>Finishes the command on the worker thread; input is answered busy meanwhile.</summary>
        public void RunInBackground(IBackgroundJob job)
        {
            _worker.Start(job);
        }

        /// <summary>Once the handler returns: print the prompt and route the next <paramref name="length"/> input bytes to <paramref name="consumer"/>.</summary>
        public void ReadRawData(int length, IRawDataConsumer consumer)
        {
            _rawConsumer = consumer;
            _rawLength = length;
        }

        /// <summary>The raw-data length the last handler asked for (0: none), clearing the request.</summary>
        internal int TakeRawRequest(out IRawDataConsumer consumer)
        {
            consumer = _rawConsumer;
            int length = _rawLength;
            _rawConsumer = null;
            _rawLength = 0;
            return length;
        }
    }
}
