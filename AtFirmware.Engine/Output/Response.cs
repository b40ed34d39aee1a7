using EspAtNano.Engine.Parsing;

namespace EspAtNano.Engine.Output
{
    /// <summary>
    /// One command's answer, collected and then written in a single call so that nothing can
    /// come between its lines. Handlers append information lines and exactly one final result;
    /// the response counts the final results, so whoever writes it can tell a handler that
    /// left none (the host would wait forever) or two from one that did its job.
    /// The response is its own byte buffer (Buffer is the response itself, for the info lines).
    /// </summary>
    internal sealed class Response : ByteBuffer
    {
        private static readonly byte[] MqttPubOk = AsciiText.GetBytes("+MQTTPUB:OK\r\n");
        private static readonly byte[] MqttPubFail = AsciiText.GetBytes("+MQTTPUB:FAIL\r\n");

        private readonly EngineSettings _settings;
        private int _finals;
        private bool _unparkAfterWrite;

        internal Response(EngineSettings settings) : base(128)
        {
            _settings = settings;
        }

        internal ByteBuffer Buffer { get { return this; } }

        /// <summary>How many final results (OK, ERROR, +MQTTPUB:OK/FAIL) were appended since Clear.</summary>
        internal int FinalResults { get { return _finals; } }

        /// <summary>Messages parked during a connect are written right after this response (docs/urcs.md).</summary>
        internal bool UnparkMessagesAfterWrite { get { return _unparkAfterWrite; } }

        internal new void Clear()
        {
            _length = 0;
            _finals = 0;
            _unparkAfterWrite = false;
        }

        internal void UnparkMessagesAfter()
        {
            _unparkAfterWrite = true;
        }

        internal void EndLine()
        {
            Append(ResultCodes.NewLine);
        }

        internal void Ok()
        {
            Append(ResultCodes.Ok);
            _finals++;
        }

        /// <summary>ERROR with no code line, where the command's documentation asks for plain ERROR.</summary>
        internal void ErrorPlain()
        {
            Append(ResultCodes.Error);
            _finals++;
        }

        internal void Error(int code)
        {
            AppendCode(code);
            ErrorPlain();
        }

        internal void MqttError(int seedCode)
        {
            Error(ErrorCode.Mqtt(seedCode));
        }

        /// <summary>A parameter that could not be parsed: the parser's code, then the command's own.</summary>
        internal void ParseError(int index, int code)
        {
            AppendCode(ErrorCode.ParameterParseFailed(index));
            Error(code);
        }

        internal void PublishResult(bool ok)
        {
            Append(ok ? MqttPubOk : MqttPubFail);
            _finals++;
        }

        /// <summary>
        /// Replaces an answer that does not end in exactly one final result with ERROR; returns
        /// false then, so the caller logs which command broke the rule.
        /// </summary>
        internal bool EnsureOneFinalResult()
        {
            if (_finals == 1)
            {
                return true;
            }
            ReplaceWithError();
            return false;
        }

        /// <summary>Drops what was appended and answers plain ERROR instead (the flag to unpark messages stays).</summary>
        internal void ReplaceWithError()
        {
            _length = 0;
            _finals = 0;
            ErrorPlain();
        }

        private void AppendCode(int code)
        {
            if (_settings.SyslogEnabled)
            {
                Append(ResultCodes.ErrCodePrefix).AppendHex8(code).Append(ResultCodes.NewLine);
            }
        }
    }
}
