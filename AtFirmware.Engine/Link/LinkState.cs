namespace EspAtNano.Engine.Link
{
    /// <summary>The &lt;state&gt; of AT+MQTTCONN? and AT+MQTTSUB? (docs/link-states.md); the numbers are what queries print.</summary>
    internal enum LinkState
    {
        NotInitialised = 0,
        UserConfigSet = 1,
        ConnectionConfigSet = 2,
        Disconnected = 3,
        Connected = 4,
        ConnectedNoSubscription = 5,
        ConnectedSubscribed = 6
    }
}
