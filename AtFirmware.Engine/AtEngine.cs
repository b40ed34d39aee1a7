namespace EspAtNano.Engine
{
    /// <summary>
    /// The AT module: feed it the UART's received bytes, and it answers through the ports.
    /// A platform builds one with its adapters, adds its own commands, calls
    /// Start, then feeds input from one thread.
    /// </summary>
    public sealed class AtEngine : ISoftRestart
    {
        private readonly AtOutput _output;
        private readonly EngineSettings _settings = new EngineSettings();
        private readonly CommandTable _table = new CommandTable();
        private readonly CommandWorker _worker;
        private readonly InputFramer _framer;
        private readonly MqttLink _link;
        private readonly CommandContext _context;
        private NetworkCommandSet _network;

        public AtEngine(EngineOptions options, ModulePorts ports)
        {
            _output = new AtOutput(ports.Uart);
            _worker = new CommandWorker(_output, _settings, ports.Log);
            _link = new MqttLink(ports, _output, options);
            ports.Mqtt.SetListener(_link);
            _context = new CommandContext(new Response(_settings), _output, _settings, options, _link, ports, _worker);
            _framer = new InputFramer(_output, _settings, new CommandProcessor(_table, _context, _worker));
            AddStandardCommands();
        }

        public MqttLink Link { get { return _link; } }

        public EngineSettings Settings { get { return _settings; } }

        /// <summary>Adds a platform command; one with the same name as a standard command is not allowed.</summary>
        public void AddCommand(AtCommand command)
        {
            _table.Add(command);
        }

        /// <summary>Prints ready, as the module does after boot.</summary>
        public void Start()
        {
            _output.Write(ResultCodes.Ready);
        }

        /// <summary>Bytes received on the UART, from one thread only.</summary>
        public void Feed(byte[] data, int offset, int count)
        {
            _framer.Feed(data, offset, count);
        }

        /// <summary>Waits until no command runs in the background; false on timeout.</summary>
        public bool WaitIdle(int timeoutMs)
        {
            return _worker.WaitIdle(timeoutMs);
        }

        /// <summary>Closes the link and ends the engine's thread.</summary>
        public void Stop()
        {
            _link.Clean();
            _worker.Stop();
        }

        public void RestartInSoftware()
        {
            _link.Clean();
            _settings.RestoreDefaults();
            _network.RestoreDefaults();
            _framer.Reset();
            _output.Write(ResultCodes.Ready);
        }

        private void AddStandardCommands()
        {
            AddCommand(new AttentionCommand());
            AddCommand(new EchoCommand(false));
            AddCommand(new EchoCommand(true));
            AddCommand(new VersionCommand());
            AddCommand(new RestartCommand(this));
            AddCommand(new SyslogCommand());
            AddCommand(new MqttUserConfigCommand());
            AddCommand(new MqttCredentialCommand(CredentialField.ClientId));
            AddCommand(new MqttCredentialCommand(CredentialField.Username));
            AddCommand(new MqttCredentialCommand(CredentialField.Password));
            AddCommand(new MqttLongCredentialCommand(CredentialField.ClientId));
            AddCommand(new MqttLongCredentialCommand(CredentialField.Username));
            AddCommand(new MqttLongCredentialCommand(CredentialField.Password));
            AddCommand(new MqttConnConfigCommand());
            AddCommand(new MqttAlpnCommand());
            AddCommand(new MqttSniCommand());
            AddCommand(new MqttConnCommand(_link));
            AddCommand(new MqttPubCommand());
            AddCommand(new MqttPubRawCommand());
            AddCommand(new MqttSubCommand(_link));
            AddCommand(new MqttUnsubCommand(_link));
            AddCommand(new MqttCleanCommand(_link));
            _network = new NetworkCommandSet(_context.Ports, _output);
            _network.AddTo(_table);
        }
    }
}
