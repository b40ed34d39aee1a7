namespace EspAtNano.Engine
{
    /// <summary>The &lt;state&gt; of AT+MQTTCONN? and AT+MQTTSUB? (SPEC §2).</summary>
    public static class LinkState
    {
        public const int NotInitialised = 0;
        public const int UserConfigSet = 1;
        public const int ConnectionConfigSet = 2;
        public const int Disconnected = 3;
        public const int Connected = 4;
        public const int ConnectedNoSubscription = 5;
        public const int ConnectedSubscribed = 6;

        public static bool IsConnected(int state)
        {
            return state >= Connected;
        }
    }
}
