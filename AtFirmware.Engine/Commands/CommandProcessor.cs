using System;
using EspAtNano.Engine.Commands.Mqtt;
using EspAtNano.Engine.Framing;
using EspAtNano.Engine.Output;
using EspAtNano.Engine.Parsing;
using EspAtNano.Engine.Ports;

namespace EspAtNano.Engine.Commands
{
    /// <summary>
    /// Turns a complete line into a command call: checks the AT prefix, finds the command,
    /// picks the form (=?, ?, =, none), holds the handler to its one final result, and writes
    /// the response in one piece.
    /// </summary>
    internal sealed class CommandProcessor : ILineHandler
    {
        private const byte Plus = (byte)'+';
        private const byte Equal = (byte)'=';
        private const byte Question = (byte)'?';

        private readonly CommandTable _table;
        private readonly CommandContext _context;
        private readonly CommandWorker _worker;
        private readonly AtOutput _output;
        private readonly UartTrace _trace;
        // Checked before building a trace line's text: the check costs nothing, a call on the interpreter does.
        private readonly bool _tracing;
        private readonly ILog _log;
        private readonly IRestart _restart;
        private readonly ParameterList _parameters = new ParameterList();
        private IRawDataConsumer _rawConsumer;
        // The command the current line named, once found (null: AT alone is named too, an unknown one is not).
        private AtCommand _dispatched;
        private AtCommand _rawCommand;
        private int _rawExpected;

        internal CommandProcessor(CommandTable table, CommandContext context, CommandWorker worker, AtOutput output,
            UartTrace trace, ILog log, IRestart restart)
        {
            _table = table;
            _context = context;
            _worker = worker;
            _output = output;
            _trace = trace;
            _tracing = trace.Enabled;
            _log = log;
            _restart = restart;
        }

        byte[] ILineHandler.OnLine(byte[] line, int start, int length)
        {
            Response response = _context.Response;
            response.Clear();
            _context.Clear();
            _dispatched = null;
            try
            {
                Dispatch(line, start, length);
            }
            catch (Exception e)
            {
                // A failing handler must not kill the input loop: the host gets ERROR, the log the reason.
                _log.Write(NameOf(_dispatched) + " failed: " + e.Message);
                _context.Clear();
                response.ReplaceWithError();
            }
            if (!_context.HasRequests && response.FinalResults == 1)
            {
                // The usual answer, one final result and nothing more to do: no call through Finish's checks.
                _output.Write(response.Buffer);
                return null;
            }
            return Finish(_dispatched);
        }

        void ILineHandler.OnOverlongLine()
        {
            _trace.InputLine("(a line over " + InputFramer.MaxLineLength.ToString() + " bytes, dropped)");
            Response response = _context.Response;
            response.Clear();
            response.Error(ErrorCode.NoAt);
            _output.Write(response.Buffer);
        }

        void ILineHandler.OnRawData(byte[] block)
        {
            _output.CloseRawWindow();
            IRawDataConsumer consumer = _rawConsumer;
            _rawConsumer = null;
            if (_tracing)
            {
                _trace.InputRaw(block, consumer.IsSecret);
            }
            _context.Response.Clear();
            _context.Clear();
            try
            {
                consumer.OnRawData(_context, block);
            }
            catch (Exception e)
            {
                _log.Write(NameOf(_rawCommand) + " raw data failed: " + e.Message);
                _context.Clear();
                _context.Response.ReplaceWithError();
            }
            Finish(_rawCommand);
        }

        void ILineHandler.OnRawDataAbandoned(int received)
        {
            _output.CloseRawWindow();
            _rawConsumer = null;
            // Nobody is left to answer: the host that sent the command is gone.
            _log.Write(NameOf(_rawCommand) + ": the host left after " + received.ToString() + " of " + _rawExpected.ToString()
                + " raw bytes; the block is discarded");
        }

        /// <summary>
        /// Checks the handler's one final result, writes the response, then starts what the
        /// handler asked for; returns the buffer for the raw data it asked for, or null.
        /// </summary>
        /// <param name="command">The command that answered (null: a line that named none); its name is only for the log.</param>
        private byte[] Finish(AtCommand command)
        {
            Response response = _context.Response;
            IBackgroundJob job = _context.BackgroundJob;
            int rawLength = _context.RawLength;
            bool handedOn = job != null || rawLength > 0;
            bool keptTheRule = handedOn ? response.FinalResults == 0 : response.FinalResults == 1;
            if (!keptTheRule)
            {
                _log.Write(NameOf(command) + ": the handler left " + response.FinalResults.ToString() + " final results"
                    + (handedOn ? " and handed on" : "") + "; answered ERROR");
                response.ReplaceWithError();
                job = null;
                rawLength = 0;
            }
            byte[] raw = rawLength > 0 ? Allocate(command, rawLength) : null;
            IAfterResponse after = keptTheRule ? _context.AfterResponse : null;
            if (after == null)
            {
                // A command that handed on has mostly nothing to say yet: no call for an empty answer.
                if (!handedOn || response.Buffer.Length > 0)
                {
                    _output.Write(response.Buffer);
                }
            }
            else
            {
                // Held across both, so that no URC can slip between the response and the action.
                lock (_output.SyncRoot)
                {
                    _output.Write(response.Buffer);
                    after.Run();
                }
            }
            if (_context.WantsRestart && keptTheRule)
            {
                if (_context.WantsFactoryReset)
                {
                    _restart.ForgetStoredSettings();
                }
                _restart.Restart();
                return null;
            }
            if (job != null)
            {
                _worker.Start(job, command);
            }
            if (raw != null)
            {
                _rawConsumer = _context.RawConsumer;
                _rawCommand = command;
                _rawExpected = rawLength;
                _output.OpenRawWindow(ResultCodes.Prompt);
            }
            return raw;
        }

        /// <summary>The raw block's buffer; where the heap cannot hold it, the answer becomes the seed's "malloc failed".</summary>
        private byte[] Allocate(AtCommand command, int length)
        {
            try
            {
                return new byte[length];
            }
            catch (OutOfMemoryException)
            {
                _log.Write(NameOf(command) + ": no memory for a raw block of " + length.ToString() + " bytes");
                _context.Response.Clear();
                _context.Response.MqttError(MqttError.MallocFailed);
                return null;
            }
        }

        private void Dispatch(byte[] line, int start, int length)
        {
            Response response = _context.Response;
            if (length == 0)
            {
                _trace.InputLine("");
                response.ErrorPlain();
                return;
            }
            // b | 0x20 is 'a' only for 'A' and 'a' ('t' only for 'T' and 't'): case-insensitive without a call.
            if (length < 2 || (line[start] | 0x20) != 'a' || (line[start + 1] | 0x20) != 't')
            {
                if (_tracing)
                {
                    TraceLine(line, start, length, null, 0);
                }
                response.Error(ErrorCode.NoAt);
                return;
            }
            int end = start + length;
            int nameStart = start + 2;
            int nameEnd = end;
            AtCommand command;
            if (length > 2 && line[nameStart] == Plus)
            {
                int limit = nameStart + 1 + _table.LongestName;
                if (limit > end)
                {
                    limit = end;
                }
                nameEnd = LikelyNameEnd(line, nameStart + 1, limit, end);
                command = _table.Find(line, nameStart, nameEnd - nameStart);
                if (command == null)
                {
                    int exactEnd = NameEnd(line, nameStart + 1, limit);
                    if (exactEnd != nameEnd)
                    {
                        nameEnd = exactEnd;
                        command = _table.Find(line, nameStart, nameEnd - nameStart);
                    }
                }
            }
            else
            {
                command = _table.Find(line, nameStart, end - nameStart);
            }
            if (command == null)
            {
                if (_tracing)
                {
                    TraceLine(line, start, length, null, 0);
                }
                response.Error(ErrorCode.UnsupportedCommand);
                return;
            }
            _dispatched = command;
            int rest = end - nameEnd;
            int form;
            if (rest == 0)
            {
                form = CommandForms.Execute;
            }
            else if (line[nameEnd] == Question)
            {
                form = rest == 1 ? CommandForms.Query : 0;
            }
            else if (line[nameEnd] != Equal)
            {
                form = 0;
            }
            else if (rest == 2 && line[nameEnd + 1] == Question)
            {
                form = CommandForms.Test;
            }
            else
            {
                form = CommandForms.Set;
                _parameters.Load(line, nameEnd + 1, rest - 1);
            }
            if (_tracing)
            {
                TraceLine(line, start, length, form == CommandForms.Set ? command : null, nameEnd + 1);
            }
            if (form == 0 || !command.Supports(form))
            {
                response.ErrorPlain();
            }
            else if (form == CommandForms.Set)
            {
                command.Set(_context, _parameters);
            }
            else if (form == CommandForms.Execute)
            {
                command.Execute(_context);
            }
            else if (form == CommandForms.Query)
            {
                command.Query(_context);
            }
            else
            {
                command.Test(_context);
            }
        }

        /// <summary>Traces the line; with a set command, its secret parameters are masked.</summary>
        private void TraceLine(byte[] line, int start, int length, AtCommand setCommand, int parametersStart)
        {
            int end = start + length;
            if (setCommand == null)
            {
                _trace.InputLine(UartTrace.Escape(line, start, length));
                return;
            }
            string text = UartTrace.Escape(line, start, parametersStart - start);
            int p = parametersStart;
            for (int i = 0; i < _parameters.Count; i++)
            {
                int fieldStart = _parameters.FieldStart(i);
                int fieldEnd = _parameters.FieldEnd(i);
                text += UartTrace.Escape(line, p, fieldStart - p);
                text += setCommand.IsSecretParameter(i) ? UartTrace.Mask : UartTrace.Escape(line, fieldStart, fieldEnd - fieldStart);
                p = fieldEnd;
            }
            _trace.InputLine(text + UartTrace.Escape(line, p, end - p));
        }

        private static string NameOf(AtCommand command)
        {
            return command == null ? "the line" : command.DisplayName;
        }

        /// <summary>
        /// Where the command name that starts at <paramref name="from"/> ends: at the first '=' or
        /// '?' before <paramref name="limit"/>, else at limit. A byte loop, since names are short.
        /// The limit is the longest command name past the start, so a long unknown line is not
        /// walked to its end: the position it returns then names nothing, as the whole name would not.
        /// </summary>
        private static int NameEnd(byte[] line, int from, int limit)
        {
            for (int i = from; i < limit; i++)
            {
                int b = line[i];
                if (b == Equal || b == Question)
                {
                    return i;
                }
            }
            return limit;
        }

        /// <summary>
        /// NameEnd for a line that names a command, found with one native search instead of a
        /// byte loop (~600 native instructions a byte): the first '=', else a '?' that ends the
        /// line, else the limit. It differs from NameEnd only where a '?' comes earlier, and then
        /// the name it gives holds a '?', which no command has: the lookup fails and the processor
        /// asks NameEnd.
        /// </summary>
        private static int LikelyNameEnd(byte[] line, int from, int limit, int end)
        {
            int equal = Array.IndexOf(line, BoxedBytes.Equal, from, limit - from);
            if (equal >= 0)
            {
                return equal;
            }
            return line[end - 1] == Question && end - 1 < limit ? end - 1 : limit;
        }
    }
}
