namespace EspAtNano.Engine
{
    /// <summary>
    /// One AT command. Each form (AT+X=?, AT+X?, AT+X=..., AT+X) is a method; a form the
    /// command does not override answers plain ERROR (SPEC §1). A handler appends exactly one
    /// final result to context.Response, or hands the rest to RunInBackground / ReadRawData.
    /// </summary>
    public abstract class AtCommand
    {
        private readonly byte[] _name;

        /// <param name="name">What follows "AT": "+MQTTPUB", "E0", or "" for AT itself.</param>
        protected AtCommand(string name)
        {
            _name = AsciiText.GetBytes(name.ToUpper());
        }

        public byte[] Name { get { return _name; } }

        public virtual void Test(CommandContext context)
        {
            context.Response.ErrorPlain();
        }

        public virtual void Query(CommandContext context)
        {
            context.Response.ErrorPlain();
        }

        public virtual void Set(CommandContext context, ParameterList parameters)
        {
            context.Response.ErrorPlain();
        }

        public virtual void Execute(CommandContext context)
        {
            context.Response.ErrorPlain();
        }
    }
}
