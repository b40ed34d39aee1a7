namespace EspAtNano.Engine.Link
{
    /// <summary>The USERCFG fields that MQTTCLIENTID / USERNAME / PASSWORD and their LONG forms replace.</summary>
    internal enum Credential
    {
        ClientId,
        Username,
        Password
    }
}
