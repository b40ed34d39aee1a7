namespace EspAtNano.Engine.Link
{
    /// <summary>The groups of MQTT commands that the table in docs/link-states.md accepts in the same states.</summary>
    internal enum LinkCommand
    {
        /// <summary>AT+MQTTUSERCFG.</summary>
        UserConfig,
        /// <summary>AT+MQTTCLIENTID / USERNAME / PASSWORD, their LONG forms, AT+MQTTALPN, AT+MQTTSNI.</summary>
        ConfigDetail,
        /// <summary>AT+MQTTCONNCFG.</summary>
        ConnectionConfig,
        /// <summary>AT+MQTTCONN.</summary>
        Connect,
        /// <summary>AT+MQTTPUB / PUBRAW / SUB / UNSUB.</summary>
        Traffic,
        /// <summary>AT+MQTTCLEAN.</summary>
        Clean
    }
}
