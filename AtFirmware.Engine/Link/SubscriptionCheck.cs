namespace EspAtNano.Engine.Link
{
    /// <summary>What AT+MQTTSUB finds in the topic table before it sends anything.</summary>
    internal enum SubscriptionCheck
    {
        New,
        /// <summary>The seed's "ALREADY SUBSCRIBE", then OK; nothing is sent.</summary>
        AlreadySubscribed,
        /// <summary>Deviation (docs/deviations.md): firmware says OK and silently drops topics past the 10th.</summary>
        TableFull
    }
}
