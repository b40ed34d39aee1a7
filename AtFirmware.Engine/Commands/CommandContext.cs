using EspAtNano.Engine.Link;
using EspAtNano.Engine.Output;

namespace EspAtNano.Engine.Commands
{
    /// <summary>
    /// What every command handler may use: its response, the module's settings and limits, and
    /// link 0 — the one way commands reach the link. A command that needs a port gets it in its
    /// constructor. A handler ends the command by appending one final result, or by asking for
    /// a background job or a raw-data block; the processor acts on those requests once the
    /// handler has returned.
    /// </summary>
    internal sealed class CommandContext
    {
        private IRawDataConsumer _rawConsumer;
        private int _rawLength;
        private IBackgroundJob _job;
        private bool _restart;
        private bool _factoryReset;
        private IAfterResponse _afterResponse;
        // Whether any of the above was asked for since Clear: most commands ask for nothing, and
        // the processor then checks this one field instead of each request (a call apiece on the interpreter).
        private bool _requested;

        internal CommandContext(Response response, EngineSettings settings, EngineOptions options, MqttLink link)
        {
            Response = response;
            Settings = settings;
            Options = options;
            Link = link;
        }

        internal readonly Response Response;
        internal readonly EngineSettings Settings;
        internal readonly EngineOptions Options;
        internal readonly MqttLink Link;

        /// <summary>Finishes the command on the worker thread; input is answered busy meanwhile.</summary>
        internal void RunInBackground(IBackgroundJob job)
        {
            _job = job;
            _requested = true;
        }

        /// <summary>Prints the prompt and routes the next <paramref name="length"/> input bytes to <paramref name="consumer"/>.</summary>
        internal void ReadRawData(int length, IRawDataConsumer consumer)
        {
            _rawConsumer = consumer;
            _rawLength = length;
            _requested = true;
        }

        /// <summary>AT+RST: once the response is out, the module restarts.</summary>
        internal void RestartAfterResponse()
        {
            _restart = true;
            _requested = true;
        }

        /// <summary>AT+RESTORE: once the response is out, the stored settings are forgotten and the module restarts.</summary>
        internal void RestoreFactoryDefaultsAfterResponse()
        {
            _restart = true;
            _factoryReset = true;
            _requested = true;
        }

        /// <summary>
        /// Runs <paramref name="action"/> once the response is written, before any other output
        /// (AT+UART_CUR: the OK leaves at the old rate, then the rate changes).
        /// </summary>
        internal void RunAfterResponse(IAfterResponse action)
        {
            _afterResponse = action;
            _requested = true;
        }

        /// <summary>Forgets the last handler's requests.</summary>
        internal void Clear()
        {
            if (!_requested)
            {
                return;
            }
            _requested = false;
            _rawConsumer = null;
            _rawLength = 0;
            _job = null;
            _restart = false;
            _factoryReset = false;
            _afterResponse = null;
        }

        /// <summary>Whether the handler asked for anything beyond its response.</summary>
        internal bool HasRequests { get { return _requested; } }

        internal bool WantsRestart { get { return _restart; } }

        internal bool WantsFactoryReset { get { return _factoryReset; } }

        internal IAfterResponse AfterResponse { get { return _afterResponse; } }

        internal IBackgroundJob BackgroundJob { get { return _job; } }

        internal int RawLength { get { return _rawLength; } }

        internal IRawDataConsumer RawConsumer { get { return _rawConsumer; } }
    }
}
