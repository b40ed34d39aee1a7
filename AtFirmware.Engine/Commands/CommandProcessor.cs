using System;

namespace EspAtNano.Engine
{
    /// <summary>
    /// Turns a complete line into a command call: checks the AT prefix, finds the command,
    /// picks the form (=?, ?, =, none) and writes the response in one piece.
    /// </summary>
    public sealed class CommandProcessor : ILineHandler
    {
        private const byte Plus = (byte)'+';
        private const byte Equal = (byte)'=';
        private const byte Question = (byte)'?';

        private readonly CommandTable _table;
        private readonly CommandContext _context;
        private readonly CommandWorker _worker;
        private readonly ParameterList _parameters = new ParameterList();
        private IRawDataConsumer _rawConsumer;

        public CommandProcessor(CommandTable table, CommandContext context, CommandWorker worker)
        {
            _table = table;
            _context = context;
            _worker = worker;
        }

        public bool IsBusy { get { return _worker.IsBusy; } }

        public int OnLine(byte[] line, int length)
        {
            Response response = _context.Response;
            response.Clear();
            try
            {
                Dispatch(line, length);
            }
            catch (Exception e)
            {
                _context.Ports.Log.Write("command failed: " + e.Message);
                response.Clear();
                response.ErrorPlain();
            }
            _context.Output.Write(response.Buffer);
            IRawDataConsumer consumer;
            int rawLength = _context.TakeRawRequest(out consumer);
            if (rawLength > 0)
            {
                _rawConsumer = consumer;
                _context.Output.OpenRawWindow(ResultCodes.Prompt);
            }
            return rawLength;
        }

        public void OnOverlongLine()
        {
            Response response = _context.Response;
            response.Clear();
            response.Error(ErrorCode.NoAt);
            _context.Output.Write(response.Buffer);
        }

        public void OnRawData(byte[] block)
        {
            _context.Output.CloseRawWindow();
            Response response = _context.Response;
            response.Clear();
            IRawDataConsumer consumer = _rawConsumer;
            _rawConsumer = null;
            try
            {
                consumer.OnRawData(_context, block);
            }
            catch (Exception e)
            {
                _context.Ports.Log.Write("raw data failed: " + e.Message);
                response.Clear();
                response.ErrorPlain();
            }
            _context.Output.Write(response.Buffer);
        }

        private void Dispatch(byte[] line, int length)
        {
            Response response = _context.Response;
            if (length == 0)
            {
                response.ErrorPlain();
                return;
            }
            if (length < 2 || AsciiText.ToUpper(line[0]) != 'A' || AsciiText.ToUpper(line[1]) != 'T')
            {
                response.Error(ErrorCode.NoAt);
                return;
            }
            int nameEnd = length;
            if (length > 2 && line[2] == Plus)
            {
                nameEnd = FirstOf(line, 3, length, BoxedBytes.Equal, BoxedBytes.Question);
            }
            AtCommand command = _table.Find(line, 2, nameEnd - 2);
            if (command == null)
            {
                response.Error(ErrorCode.UnsupportedCommand);
                return;
            }
            int rest = length - nameEnd;
            if (rest == 0)
            {
                command.Execute(_context);
            }
            else if (rest == 1 && line[nameEnd] == Question)
            {
                command.Query(_context);
            }
            else if (rest == 2 && line[nameEnd] == Equal && line[nameEnd + 1] == Question)
            {
                command.Test(_context);
            }
            else if (line[nameEnd] == Equal)
            {
                _parameters.Load(line, nameEnd + 1, rest - 1);
                command.Set(_context, _parameters);
            }
            else
            {
                response.ErrorPlain();
            }
        }

        private static int FirstOf(byte[] line, int from, int end, object a, object b)
        {
            int ia = Array.IndexOf(line, a, from, end - from);
            int ib = Array.IndexOf(line, b, from, end - from);
            if (ia < 0)
            {
                return ib < 0 ? end : ib;
            }
            return ib < 0 || ia < ib ? ia : ib;
        }
    }
}
