namespace EspAtNano.Engine.Ports
{
    /// <summary>The AP a module stores for power-up: what AT+CWJAP joined while AT+SYSSTORE was 1.</summary>
    public sealed class SavedAp
    {
        public readonly byte[] Ssid;
        public readonly byte[] Password;

        public SavedAp(byte[] ssid, byte[] password)
        {
            Ssid = ssid;
            Password = password;
        }
    }
}
