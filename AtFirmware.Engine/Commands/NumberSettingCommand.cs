namespace EspAtNano.Engine.Commands
{
    /// <summary>
    /// A remembered setting of one integer from 0 to a documented maximum, which the engine only keeps and reports
    /// (AT+SYSMSG, AT+SYSSTORE, AT+CIPMUX, AT+CIPDINFO).
    /// </summary>
    internal class NumberSettingCommand : NumberCommand
    {
        private readonly RememberedNumber _setting;

        /// <param name="name">"+CIPMUX"</param>
        internal NumberSettingCommand(string name, RememberedNumber setting, int max) : base(name, max)
        {
            _setting = setting;
        }

        protected sealed override int Value(CommandContext context)
        {
            return _setting.Value;
        }

        protected sealed override void Apply(CommandContext context, int value)
        {
            _setting.Value = value;
            context.Response.Ok();
        }
    }
}
