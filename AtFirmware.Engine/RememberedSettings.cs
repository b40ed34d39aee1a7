namespace EspAtNano.Engine
{
    /// <summary>
    /// ESP-AT settings that mean nothing to a module without TCP/IP sockets (docs/commands/basic.md,
    /// docs/commands/tcpip-settings.md): host drivers set them during init and stop at an ERROR, so
    /// they are accepted, remembered and reported by their queries. AT+RST restores firmware's defaults.
    /// </summary>
    internal sealed class RememberedSettings
    {
        /// <summary>Link IDs 0-4: ESP-AT's five connections.</summary>
        internal const int LinkCount = 5;

        /// <summary>AT+SYSMSG's bits (firmware: 0).</summary>
        internal readonly RememberedNumber SystemMessages = new RememberedNumber(0);

        /// <summary>AT+SYSSTORE (firmware: 1, store into flash).</summary>
        internal readonly RememberedNumber StoreMode = new RememberedNumber(1);

        /// <summary>AT+CIPMUX (firmware: 0, single connection).</summary>
        internal readonly RememberedNumber MultipleConnections = new RememberedNumber(0);

        /// <summary>AT+CIPDINFO (firmware: 0, no remote host in +IPD).</summary>
        internal readonly RememberedNumber IpdInfo = new RememberedNumber(0);

        /// <summary>AT+CIPRECVTYPE's mode per link ID (firmware: 0, active).</summary>
        internal readonly int[] ReceiveModes = new int[LinkCount];

        internal void RestoreDefaults()
        {
            SystemMessages.Restore();
            StoreMode.Restore();
            MultipleConnections.Restore();
            IpdInfo.Restore();
            for (int i = 0; i < LinkCount; i++)
            {
                ReceiveModes[i] = 0;
            }
        }
    }
}
