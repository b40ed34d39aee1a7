namespace EspAtNano.Engine.Ports
{
    /// <summary>The adapters a platform plugs into the engine.</summary>
    public sealed class ModulePorts
    {
        public IByteSink Uart;
        public IMqttClientPort Mqtt;
        public ICertificateStore Certificates;
        public IClock Clock;
        public ISystemControl System;
        public ILog Log;

        /// <summary>Optional: without it the Wi-Fi commands are not offered.</summary>
        public IWifiPort Wifi;

        /// <summary>Optional: without it AT+CIPSNTPCFG is not offered.</summary>
        public ITimeSync TimeSync;

        /// <summary>Optional: without it AT+CIPSNTPINTV takes only ESP-AT's default, 3600 s (the platform's SNTP client keeps its own).</summary>
        public ISntpInterval SntpInterval;

        /// <summary>Optional: without it AT+UART_CUR and AT+UART_DEF are not offered.</summary>
        public IUartControl UartControl;

        /// <summary>Optional: without it AT+SYSRAM is not offered.</summary>
        public ISystemInfo SystemInfo;

        /// <summary>Optional: without it AT+SLEEP is not offered.</summary>
        public ISleepControl Sleep;

        /// <summary>Optional: a log of every UART line in and out, secrets masked (the twin's --verbose).</summary>
        public ILog Trace;
    }
}
