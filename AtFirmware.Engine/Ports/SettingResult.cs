namespace EspAtNano.Engine.Ports
{
    /// <summary>Whether a platform applied a setting, and why not: the host is told ERROR, the log the reason.</summary>
    public sealed class SettingResult
    {
        public static readonly SettingResult Applied = new SettingResult(true, "");

        public readonly bool IsApplied;
        public readonly string Reason;

        private SettingResult(bool applied, string reason)
        {
            IsApplied = applied;
            Reason = reason;
        }

        public static SettingResult Refused(string reason)
        {
            return new SettingResult(false, reason ?? "");
        }
    }
}
