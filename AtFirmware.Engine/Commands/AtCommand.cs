using EspAtNano.Engine.Parsing;

namespace EspAtNano.Engine.Commands
{
    /// <summary>
    /// One AT command. Each form (AT+X=?, AT+X?, AT+X=..., AT+X) is a method; the command names the
    /// forms it overrides (CommandForms), and every other form answers plain ERROR without reaching
    /// it (docs/framing.md), so AT+CMD? cannot list a form the module does not answer. A handler appends exactly one
    /// final result to context.Response, or hands the rest to RunInBackground / ReadRawData;
    /// the processor answers ERROR (and logs) for a handler that breaks that rule.
    /// </summary>
    internal abstract class AtCommand
    {
        private readonly CommandName _name;
        private readonly string _displayName;
        private readonly int _forms;

        /// <param name="name">What follows "AT": "+MQTTPUB", "E0", or "" for AT itself.</param>
        /// <param name="forms">The CommandForms bits of the form methods this command overrides.</param>
        protected AtCommand(string name, int forms)
        {
            _name = new CommandName(name);
            _displayName = "AT" + name.ToUpper();
            _forms = forms;
        }

        /// <summary>Whether the command answers <paramref name="form"/> (a CommandForms bit).</summary>
        internal bool Supports(int form)
        {
            return (_forms & form) != 0;
        }

        internal CommandName Name { get { return _name; } }

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
