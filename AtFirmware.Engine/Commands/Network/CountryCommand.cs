using EspAtNano.Engine.Commands;
using EspAtNano.Engine.Output;
using EspAtNano.Engine.Parsing;
using EspAtNano.Engine.Ports;

namespace EspAtNano.Engine.Commands.Network
{
    /// <summary>
    /// AT+CWCOUNTRY=&lt;policy&gt;,"&lt;code&gt;",&lt;start channel&gt;,&lt;channel count&gt; and AT+CWCOUNTRY?
    /// (docs/commands/wifi-and-time.md). The channels must lie within 1–14; a platform that cannot set the
    /// country answers ERROR.
    /// </summary>
    internal sealed class CountryCommand : AtCommand
    {
        private const int MaxCodeLength = 3;
        private const int LastChannel = 14;

        private readonly WifiSettings _settings;

        internal CountryCommand(WifiSettings settings) : base("+CWCOUNTRY", CommandForms.Query | CommandForms.Set)
        {
            _settings = settings;
        }

        internal override void Query(CommandContext context)
        {
            Response r = context.Response;
            WifiCountry c = _settings.Country;
            r.Buffer.Append("+CWCOUNTRY:").AppendDecimal(c.Policy).Append(",\"").Append(c.Code).Append("\",")
                .AppendDecimal(c.StartChannel).Append((byte)',').AppendDecimal(c.ChannelCount);
            r.EndLine();
            r.Ok();
        }

        internal override void Set(CommandContext context, ParameterList parameters)
        {
            Response r = context.Response;
            int policy, start, count;
            byte[] code;
            if (!ArgumentReader.Count(r, parameters, 4, 4)
                || !ArgumentReader.Int(r, parameters, 0, 0, 1, out policy)
                || !ArgumentReader.String(r, parameters, 1, MaxCodeLength, out code)
                || !ArgumentReader.Int(r, parameters, 2, 1, LastChannel, out start)
                || !ArgumentReader.Int(r, parameters, 3, 1, LastChannel - start + 1, out count))
            {
                return;
            }
            if (code.Length == 0 || !AsciiText.IsHostName(code))
            {
                r.Error(ErrorCode.ParameterInvalid(1));
                return;
            }
            if (!_settings.SetCountry(new WifiCountry(policy, AsciiText.GetString(code), start, count)))
            {
                r.ErrorPlain();
                return;
            }
            r.Ok();
        }
    }
}
