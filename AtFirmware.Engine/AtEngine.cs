using System;
using EspAtNano.Engine.Commands;
using EspAtNano.Engine.Commands.Basic;
using EspAtNano.Engine.Commands.Mqtt;
using EspAtNano.Engine.Commands.Network;
using EspAtNano.Engine.Commands.TcpIp;
using EspAtNano.Engine.Framing;
using EspAtNano.Engine.Link;
using EspAtNano.Engine.Output;
using EspAtNano.Engine.Ports;

namespace EspAtNano.Engine
{
    /// <summary>
    /// The AT module: feed it the UART's received bytes, and it answers through the ports. A
    /// platform builds one with its adapters, calls Start, then feeds input from one thread.
    /// This class, EngineOptions (with EngineLimits) and the ports are all a platform sees of the engine.
    /// </summary>
    public sealed class AtEngine : IRestart
    {
        private readonly AtOutput _output;
        private readonly EngineSettings _settings = new EngineSettings();
        private readonly RememberedSettings _remembered = new RememberedSettings();
        private readonly CommandTable _table = new CommandTable();
        private readonly CommandWorker _worker;
        private readonly InputFramer _framer;
        private readonly MqttLink _link;
        private readonly ISystemControl _system;
        private readonly ILog _log;
        private readonly ICertificateStore _certificates;
        private readonly NetworkCommandSet _network;
        private readonly SystemCommandSet _systemCommands;

        /// <exception cref="ArgumentException">The options are not valid (the message is EngineOptions.Validate's).</exception>
        public AtEngine(EngineOptions options, ModulePorts ports)
        {
            string problem = options.Validate();
            if (problem != null)
            {
                throw new ArgumentException(problem);
            }
            _system = ports.System;
            _log = ports.Log;
            _certificates = ports.Certificates;
            _output = new AtOutput(ports.Uart, ports.Log, new UartTrace(ports.Trace), options.HeldUrcBytes);
            BusyFlag busy = new BusyFlag();
            _worker = new CommandWorker(_output, _settings, ports.Log, busy);
            _link = new MqttLink(ports, _output, options);
            ports.Mqtt.SetListener(_link);
            CommandContext context = new CommandContext(new Response(_settings), _settings, options, _link);
            _framer = new InputFramer(_output, _settings,
                new CommandProcessor(_table, context, _worker, _output, new UartTrace(ports.Trace), ports.Log, this), busy);
            _network = new NetworkCommandSet(ports, _output, _remembered.StoreMode);
            _systemCommands = new SystemCommandSet(ports);
            AddStandardCommands();
        }

        internal MqttLink Link { get { return _link; } }

        internal EngineSettings Settings { get { return _settings; } }

        /// <summary>The command table, for tests that add a command of their own.</summary>
        internal CommandTable Commands { get { return _table; } }

        /// <summary>Prints ready, as the module does after boot; then the station joins its saved AP if auto-connect is on.</summary>
        public void Start()
        {
            _output.Write(ResultCodes.Ready);
            _network.PowerUp();
        }

        /// <summary>Bytes received on the UART, from one thread only.</summary>
        public void Feed(byte[] data, int offset, int count)
        {
            _framer.Feed(data, offset, count);
        }

        /// <summary>
        /// Another host is on the line (the twin's TCP UART accepted a new connection): it finds a
        /// fresh input state — no partial line, no open raw-data window; a raw block the previous
        /// host cut short is discarded, never completed with the new host's bytes. Call it from
        /// the thread that feeds input.
        /// </summary>
        public void NewHost()
        {
            _framer.Reset();
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
            _output.Reset();
            _worker.Stop();
        }

        void IRestart.ForgetStoredSettings()
        {
            _systemCommands.ForgetStoredSettings();
            _network.ForgetStoredSettings();
        }

        /// <summary>AT+RST: the board reboots; where the call returns (the desktop twin), the engine restarts itself.</summary>
        void IRestart.Restart()
        {
            _system.Restart();
            _log.Write("restarting in software");
            _link.Clean();
            _network.PowerDown();
            _settings.RestoreDefaults();
            _remembered.RestoreDefaults();
            _network.RestoreDefaults();
            _framer.Reset();
            _output.Reset();
            _systemCommands.PowerUp();
            _output.Write(ResultCodes.Ready);
            _network.PowerUp();
        }

        private void AddStandardCommands()
        {
            _table.Add(new AttentionCommand());
            _table.Add(new EchoCommand(false));
            _table.Add(new EchoCommand(true));
            _table.Add(new VersionCommand());
            _table.Add(new CommandListCommand(_table));
            _table.Add(new RestartCommand());
            _table.Add(new SyslogCommand());
            // AT+SYSMSG's bits 0-2 are the documented ones.
            _table.Add(new NumberSettingCommand("+SYSMSG", _remembered.SystemMessages, 7));
            _table.Add(new NumberSettingCommand("+SYSSTORE", _remembered.StoreMode, 1));
            _table.Add(new MqttUserConfigCommand());
            _table.Add(new MqttCredentialCommand(CredentialField.ClientId));
            _table.Add(new MqttCredentialCommand(CredentialField.Username));
            _table.Add(new MqttCredentialCommand(CredentialField.Password));
            _table.Add(new MqttLongCredentialCommand(CredentialField.ClientId));
            _table.Add(new MqttLongCredentialCommand(CredentialField.Username));
            _table.Add(new MqttLongCredentialCommand(CredentialField.Password));
            _table.Add(new MqttConnConfigCommand());
            _table.Add(new MqttAlpnCommand());
            _table.Add(new MqttSniCommand());
            _table.Add(new MqttConnCommand());
            _table.Add(new MqttPubCommand());
            _table.Add(new MqttPubRawCommand());
            _table.Add(new MqttSubCommand());
            _table.Add(new MqttUnsubCommand());
            _table.Add(new MqttCleanCommand());
            _network.AddTo(_table);
            _table.Add(new NumberSettingCommand("+CIPMUX", _remembered.MultipleConnections, 1));
            _table.Add(new IpdInfoCommand(_remembered.IpdInfo));
            _table.Add(new ReceiveTypeCommand(_remembered));
            _table.Add(new ReceiveModeCommand(_remembered));
            _table.Add(new ConnectionStateCommand());
            _systemCommands.AddTo(_table);
            _table.Add(new ManufacturingDataCommand(_certificates, _log));
        }
    }
}
