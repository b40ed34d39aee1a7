using EspAtNano.Engine.Parsing;

namespace EspAtNano.Engine.Commands
{
    /// <summary>
    /// One AT command. Each form (AT+X=?, AT+X?, AT+X=..., AT+X) is a method; a form the
    /// command does not override answers plain ERROR (docs/framing.md). A handler appends exactly one
    /// final result to context.Response, or hands the rest to RunInBackground / ReadRawData;
    /// the processor answers ERROR (and logs) for a handler that breaks that rule.
    /// </summary>
    internal abstract class AtCommand
    {
        private readonly byte[] _name;
        private readonly string _displayName;

        /// <param name="name">What follows "AT": "+MQTTPUB", "E0", or "" for AT itself.</param>
        protected AtCommand(string name)
        {
            _name = AsciiText.GetBytes(name.ToUpper());
            _displayName = "AT" + name.ToUpper();
        }

        internal byte[] Name { get { return _name; } }

        /// <summary>"AT+MQTTPUB", for the log.</summary>
        internal string DisplayName { get { return _displayName; } }

        /// <summary>Whether set parameter <paramref name="index"/> is a secret (a password) that the UART trace masks.</summary>
        internal virtual bool IsSecretParameter(int index)
        {
            return false;
        }

        internal virtual void Test(CommandContext context)
        {
            context.Response.ErrorPlain();
        }

        internal virtual void Query(CommandContext context)
        {
            context.Response.ErrorPlain();
        }

        internal virtual void Set(CommandContext context, ParameterList parameters)
        {
            context.Response.ErrorPlain();
        }

        internal virtual void Execute(CommandContext context)
        {
            context.Response.ErrorPlain();
        }
    }
}
