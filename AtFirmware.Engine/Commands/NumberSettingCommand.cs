using EspAtNano.Engine.Output;
using EspAtNano.Engine.Parsing;

namespace EspAtNano.Engine.Commands
{
    /// <summary>
    /// A remembered setting of one integer from 0 to a documented maximum: AT+X? answers
    /// "+X:&lt;value&gt;", AT+X=&lt;value&gt; sets it (AT+SYSMSG, AT+SYSSTORE, AT+CIPMUX, AT+CIPDINFO).
    /// </summary>
    internal class NumberSettingCommand : AtCommand
    {
        private readonly string _prefix;
        private readonly RememberedNumber _setting;
        private readonly int _max;

        /// <param name="name">"+CIPMUX"</param>
        internal NumberSettingCommand(string name, RememberedNumber setting, int max)
            : base(name, CommandForms.Query | CommandForms.Set)
        {
            _prefix = name + ":";
            _setting = setting;
            _max = max;
        }

        internal sealed override void Query(CommandContext context)
        {
            Response r = context.Response;
            r.Buffer.Append(_prefix);
            AppendValue(r.Buffer, _setting.Value);
            r.EndLine();
            r.Ok();
        }

        internal sealed override void Set(CommandContext context, ParameterList parameters)
        {
            Response r = context.Response;
            int value;
            if (!ArgumentReader.Count(r, parameters, 1, 1) || !ArgumentReader.Int(r, parameters, 0, 0, _max, out value))
            {
                return;
            }
            _setting.Value = value;
            r.Ok();
        }

        /// <summary>How the query prints the value: a number unless the command's document says otherwise.</summary>
        protected virtual void AppendValue(ByteBuffer buffer, int value)
        {
            buffer.AppendDecimal(value);
        }
    }
}
