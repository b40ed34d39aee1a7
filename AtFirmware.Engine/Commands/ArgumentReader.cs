using EspAtNano.Engine.Commands.Mqtt;
using EspAtNano.Engine.Output;
using EspAtNano.Engine.Parsing;

namespace EspAtNano.Engine.Commands
{
    /// <summary>
    /// Reads set-command parameters in order and, on the first bad one, appends that
    /// parameter's error to the response (docs/parameters.md) and returns false so the handler stops.
    /// MQTT readers take the seed's (read failed, value wrong) code pair; the plain readers
    /// give the AT core's codes for commands outside the MQTT table.
    /// </summary>
    internal static class ArgumentReader
    {
        internal static bool MqttCount(Response response, ParameterList p, int min, int max)
        {
            if (p.Count < min || p.Count > max)
            {
                response.MqttError(MqttError.ParameterCountsIsWrong);
                return false;
            }
            return true;
        }

        /// <summary>LinkID, always parameter 0, must be 0.</summary>
        internal static bool LinkId(Response response, ParameterList p)
        {
            int ignored;
            return MqttInt(response, p, 0, 0, 0, MqttError.LinkIdReadFailed, MqttError.LinkIdValueIsWrong, out ignored);
        }

        internal static bool MqttInt(Response response, ParameterList p, int index, int min, int max,
            int readFailed, int valueWrong, out int value)
        {
            value = p.SingleDigit(index);
            if (value < 0)
            {
                ParseStatus status = p.ReadInt(index, out value);
                if (status != ParseStatus.Ok)
                {
                    ReportRead(response, status, index, readFailed);
                    return false;
                }
            }
            if (value < min || value > max)
            {
                response.MqttError(valueWrong);
                return false;
            }
            return true;
        }

        /// <summary>An optional trailing integer: omitted gives <paramref name="fallback"/>.</summary>
        internal static bool OptionalMqttInt(Response response, ParameterList p, int index, int min, int max,
            int fallback, int readFailed, int valueWrong, out int value)
        {
            if (p.IsOmitted(index))
            {
                value = fallback;
                return true;
            }
            return MqttInt(response, p, index, min, max, readFailed, valueWrong, out value);
        }

        /// <summary>A string of at most <paramref name="maxLength"/> bytes after unescaping; empty is allowed.</summary>
        internal static bool MqttString(Response response, ParameterList p, int index, int maxLength,
            int readFailed, int overLength, out byte[] value)
        {
            ParseStatus status = p.ReadString(index, out value);
            if (status != ParseStatus.Ok)
            {
                ReportRead(response, status, index, readFailed);
                return false;
            }
            if (value.Length > maxLength)
            {
                response.MqttError(overLength);
                return false;
            }
            return true;
        }

        internal static bool Count(Response response, ParameterList p, int min, int max)
        {
            if (p.Count < min || p.Count > max)
            {
                response.Error(ErrorCode.ParameterCountMismatch);
                return false;
            }
            return true;
        }

        internal static bool Int(Response response, ParameterList p, int index, int min, int max, out int value)
        {
            if (p.ReadInt(index, out value) != ParseStatus.Ok)
            {
                response.Error(ErrorCode.ParameterParseFailed(index));
                return false;
            }
            if (value < min || value > max)
            {
                response.Error(ErrorCode.ParameterInvalid(index));
                return false;
            }
            return true;
        }

        /// <summary>An optional integer: omitted gives <paramref name="fallback"/>.</summary>
        internal static bool OptionalInt(Response response, ParameterList p, int index, int min, int max, int fallback,
            out int value)
        {
            if (p.IsOmitted(index))
            {
                value = fallback;
                return true;
            }
            return Int(response, p, index, min, max, out value);
        }

        internal static bool String(Response response, ParameterList p, int index, int maxLength, out byte[] value)
        {
            if (p.ReadString(index, out value) != ParseStatus.Ok)
            {
                response.Error(ErrorCode.ParameterParseFailed(index));
                return false;
            }
            if (value.Length > maxLength)
            {
                response.Error(ErrorCode.ParameterInvalid(index));
                return false;
            }
            return true;
        }

        /// <summary>
        /// Omitted: only the command's read-failed code. Malformed: the parser's code for the
        /// parameter first, then the command's (docs/framing.md). Called only for a field that
        /// was not read: on the interpreter a call for every good field would cost.
        /// </summary>
        private static void ReportRead(Response response, ParseStatus status, int index, int readFailed)
        {
            if (status == ParseStatus.Invalid)
            {
                response.ParseError(index, ErrorCode.Mqtt(readFailed));
            }
            else
            {
                response.MqttError(readFailed);
            }
        }
    }
}
