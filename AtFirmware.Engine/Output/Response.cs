namespace EspAtNano.Engine
{
    /// <summary>
    /// One command's answer, collected and then written in a single call so that nothing can
    /// come between its lines. Handlers append information lines and exactly one final result.
    /// </summary>
    public sealed class Response
    {
        private static readonly byte[] MqttPubOk = AsciiText.GetBytes("+MQTTPUB:OK\r\n");
        private static readonly byte[] MqttPubFail = AsciiText.GetBytes("+MQTTPUB:FAIL\r\n");

        private readonly ByteBuffer _buffer = new ByteBuffer(128);
        private readonly EngineSettings _settings;

        public Response(EngineSettings settings)
        {
            _settings = settings;
        }

        public ByteBuffer Buffer { get { return _buffer; } }

        public void Clear()
        {
            _buffer.Clear();
        }

        public void EndLine()
        {
            _buffer.Append(ResultCodes.NewLine);
        }

        public void Ok()
        {
            _buffer.Append(ResultCodes.Ok);
        }

        /// <summary>ERROR with no code line, where SPEC asks for plain ERROR.</summary>
        public void ErrorPlain()
        {
            _buffer.Append(ResultCodes.Error);
        }

        public void Error(int code)
        {
            AppendCode(code);
            _buffer.Append(ResultCodes.Error);
        }

        public void MqttError(int seedCode)
        {
            Error(ErrorCode.Mqtt(seedCode));
        }

        /// <summary>A parameter that could not be parsed: the parser's code, then the command's own.</summary>
        public void ParseError(int index, int code)
        {
            AppendCode(ErrorCode.ParameterParseFailed(index));
            Error(code);
        }

        public void PublishResult(bool ok)
        {
            _buffer.Append(ok ? MqttPubOk : MqttPubFail);
        }

        private void AppendCode(int code)
        {
            if (_settings.SyslogEnabled)
            {
                _buffer.Append(ResultCodes.ErrCodePrefix).AppendHex8(code).Append(ResultCodes.NewLine);
            }
        }
    }
}
