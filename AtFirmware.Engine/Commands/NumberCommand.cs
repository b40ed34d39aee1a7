using EspAtNano.Engine.Output;
using EspAtNano.Engine.Parsing;

namespace EspAtNano.Engine.Commands
{
    /// <summary>
    /// The shape of a command about one integer from 0 to a documented maximum: AT+X? answers "+X:&lt;value&gt;",
    /// AT+X=&lt;value&gt; takes exactly one parameter in range (the AT core's codes otherwise) and hands it to the
    /// subclass, which keeps it where it belongs and gives the final result.
    /// </summary>
    internal abstract class NumberCommand : AtCommand
    {
        private readonly string _prefix;
        private readonly int _max;

        /// <param name="name">"+CIPMUX"</param>
        protected NumberCommand(string name, int max) : base(name, CommandForms.Query | CommandForms.Set)
        {
            _prefix = name + ":";
            _max = max;
        }

        internal sealed override void Query(CommandContext context)
        {
            Response r = context.Response;
            r.Buffer.Append(_prefix);
            AppendValue(r.Buffer, Value(context));
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
            Apply(context, value);
        }

        /// <summary>The value now.</summary>
        protected abstract int Value(CommandContext context);

        /// <summary>Takes a value in range and appends exactly one final result.</summary>
        protected abstract void Apply(CommandContext context, int value);

        /// <summary>How the query prints the value: a number unless the command's document says otherwise.</summary>
        protected virtual void AppendValue(ByteBuffer buffer, int value)
        {
            buffer.AppendDecimal(value);
        }
    }
}
