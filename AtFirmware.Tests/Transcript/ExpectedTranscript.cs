namespace EspAtNano.Firmware.Tests.Transcript
{
    /// <summary>
    /// What ModuleScenario makes the module write, byte for byte (one char per byte). Written by
    /// AtFirmware.Engine.Tests/TranscriptTests.cs with ESPATNANO_WRITE_TRANSCRIPT=1; do not edit by hand.
    /// </summary>
    public static class ExpectedTranscript
    {
        public const string Text =
            "\r\n" +
            "ready\r\n" +
            "AT\r\n" +
            "\r\n" +
            "OK\r\n" +
            "ATE0\r\n" +
            "\r\n" +
            "OK\r\n" +
            "AT version:3.4.0.0(EspAtNano - ESP32 - Jan  1 2026 00:00:00)\r\n" +
            "SDK version:EspAtNano\r\n" +
            "compile time(EspAtNano):Jan  1 2026 00:00:00\r\n" +
            "Bin version:1.0.0(EspAtNano)\r\n" +
            "MQTT features:TCP,TLS\r\n" +
            "\r\n" +
            "OK\r\n" +
            "\r\n" +
            "OK\r\n" +
            "+SYSLOG:1\r\n" +
            "\r\n" +
            "OK\r\n" +
            "ERR CODE:0x01030000\r\n" +
            "\r\n" +
            "ERROR\r\n" +
            "ERR CODE:0x01090000\r\n" +
            "\r\n" +
            "ERROR\r\n" +
            "\r\n" +
            "OK\r\n" +
            "+SYSMSG:1\r\n" +
            "\r\n" +
            "OK\r\n" +
            "+SYSSTORE:1\r\n" +
            "\r\n" +
            "OK\r\n" +
            "\r\n" +
            "OK\r\n" +
            "AT\r\n" +
            "\r\n" +
            "OK\r\n" +
            "ATE0\r\n" +
            "\r\n" +
            "OK\r\n" +
            "+CWMODE:1\r\n" +
            "\r\n" +
            "OK\r\n" +
            "\r\n" +
            "OK\r\n" +
            "+CWSTATE:0,\"\"\r\n" +
            "\r\n" +
            "OK\r\n" +
            "+CWLAP:(3,\"home\",-52,\"aa:bb:cc:dd:ee:ff\",6,-1,-1,0,0,0,0)\r\n" +
            "\r\n" +
            "OK\r\n" +
            "+CWJAP:2\r\n" +
            "\r\n" +
            "ERROR\r\n" +
            "WIFI CONNECTED\r\n" +
            "WIFI GOT IP\r\n" +
            "\r\n" +
            "OK\r\n" +
            "+CWJAP:\"home\",\"aa:bb:cc:dd:ee:ff\",6,-52,0,1,3,0,1\r\n" +
            "\r\n" +
            "OK\r\n" +
            "+CWSTATE:2,\"home\"\r\n" +
            "\r\n" +
            "OK\r\n" +
            "+CIPSTA:ip:\"192.168.1.50\"\r\n" +
            "+CIPSTA:gateway:\"192.168.1.1\"\r\n" +
            "+CIPSTA:netmask:\"255.255.255.0\"\r\n" +
            "\r\n" +
            "OK\r\n" +
            "+CIPSTAMAC:\"24:0a:c4:12:34:56\"\r\n" +
            "\r\n" +
            "OK\r\n" +
            "+CWHOSTNAME:espressif\r\n" +
            "\r\n" +
            "OK\r\n" +
            "+CIFSR:STAIP,\"192.168.1.50\"\r\n" +
            "+CIFSR:STAMAC,\"24:0a:c4:12:34:56\"\r\n" +
            "\r\n" +
            "OK\r\n" +
            "STATUS:2\r\n" +
            "\r\n" +
            "OK\r\n" +
            "+CIPDNS:0,\"192.168.1.1\"\r\n" +
            "\r\n" +
            "OK\r\n" +
            "+CIPDOMAIN:\"192.168.1.10\"\r\n" +
            "\r\n" +
            "OK\r\n" +
            "\r\n" +
            "ERROR\r\n" +
            "+CIPMUX:0\r\n" +
            "\r\n" +
            "OK\r\n" +
            "+CIPRECVTYPE:0,0\r\n" +
            "\r\n" +
            "OK\r\n" +
            "+CIPDINFO:false\r\n" +
            "\r\n" +
            "OK\r\n" +
            "\r\n" +
            "OK\r\n" +
            "\r\n" +
            ">\r\n" +
            "OK\r\n" +
            "\r\n" +
            "OK\r\n" +
            "\r\n" +
            ">\r\n" +
            "OK\r\n" +
            "\r\n" +
            "OK\r\n" +
            "\r\n" +
            ">\r\n" +
            "OK\r\n" +
            "+SYSMFG:\"mqtt_cert\"\r\n" +
            "+SYSMFG:\"mqtt_key\"\r\n" +
            "+SYSMFG:\"mqtt_ca\"\r\n" +
            "\r\n" +
            "OK\r\n" +
            "+SYSMFG:\"mqtt_ca\",\"mqtt_ca\",8\r\n" +
            "\r\n" +
            "OK\r\n" +
            "+SYSMFG:\"mqtt_ca\",\"mqtt_ca\",8,27,-----BEGIN CERTIFICATE-----\r\n" +
            "\r\n" +
            "OK\r\n" +
            "ERR CODE:0x01070001\r\n" +
            "\r\n" +
            "ERROR\r\n" +
            "+MQTTCONN:0,0,0,\"\",\"\",\"\",0\r\n" +
            "\r\n" +
            "OK\r\n" +
            "ERR CODE:0x010a6006\r\n" +
            "\r\n" +
            "ERROR\r\n" +
            "ERR CODE:0x010a6008\r\n" +
            "\r\n" +
            "ERROR\r\n" +
            "\r\n" +
            "OK\r\n" +
            "\r\n" +
            "OK\r\n" +
            "\r\n" +
            "OK\r\n" +
            "\r\n" +
            "OK\r\n" +
            "\r\n" +
            ">\r\n" +
            "OK\r\n" +
            "\r\n" +
            "OK\r\n" +
            "+MQTTCONN:0,2,1,\"\",\"\",\"\",0\r\n" +
            "\r\n" +
            "OK\r\n" +
            "ERR CODE:0x010a6052\r\n" +
            "\r\n" +
            "ERROR\r\n" +
            "+MQTTCONNECTED:0,1,\"broker.local\",\"1883\",\"\",1\r\n" +
            "\r\n" +
            "OK\r\n" +
            "+MQTTCONN:0,4,1,\"broker.local\",\"1883\",\"\",1\r\n" +
            "\r\n" +
            "OK\r\n" +
            "\r\n" +
            "OK\r\n" +
            "ALREADY SUBSCRIBE\r\n" +
            "\r\n" +
            "OK\r\n" +
            "\r\n" +
            "OK\r\n" +
            "+MQTTSUB:0,6,\"cmd/#\",1\r\n" +
            "+MQTTSUB:0,6,\"cfg\",0\r\n" +
            "\r\n" +
            "OK\r\n" +
            "\r\n" +
            "OK\r\n" +
            "\r\n" +
            "OK\r\n" +
            "ERR CODE:0x010a600c\r\n" +
            "\r\n" +
            "ERROR\r\n" +
            "\r\n" +
            "OK\r\n" +
            "\r\n" +
            ">+MQTTPUB:OK\r\n" +
            "+MQTTSUBRECV:0,\"cmd/led\",2,on\r\n" +
            "+MQTTSUBRECV:0,\"cfg\",6,\r\n" +
            "OK\r\n" +
            "\r\n" +
            "+MQTTSUBRECV:0,\"cfg\",4,\u0001\u007f\u00e9\u00ff\r\n" +
            "\r\n" +
            "OK\r\n" +
            "\r\n" +
            ">+MQTTSUBRECV:0,\"cmd/led\",3,off\r\n" +
            "+MQTTPUB:OK\r\n" +
            "\r\n" +
            "OK\r\n" +
            "NO UNSUBSCRIBE\r\n" +
            "\r\n" +
            "OK\r\n" +
            "ERR CODE:0x010a600c\r\n" +
            "\r\n" +
            "ERROR\r\n" +
            "\r\n" +
            "OK\r\n" +
            "\r\n" +
            ">+MQTTPUB:FAIL\r\n" +
            "\r\n" +
            "busy p...\r\n" +
            "\r\n" +
            "busy p...\r\n" +
            "\r\n" +
            "OK\r\n" +
            "\r\n" +
            "OK\r\n" +
            "+MQTTDISCONNECTED:0\r\n" +
            "+MQTTCONNECTED:0,1,\"broker.local\",\"1883\",\"\",1\r\n" +
            "+MQTTCONN:0,6,1,\"broker.local\",\"1883\",\"\",1\r\n" +
            "\r\n" +
            "OK\r\n" +
            "ERR CODE:0x010a6004\r\n" +
            "\r\n" +
            "ERROR\r\n" +
            "+MQTTSUBRECV:0,\"cmd/led\",4,back\r\n" +
            "\r\n" +
            "OK\r\n" +
            "ERR CODE:0x010a6003\r\n" +
            "\r\n" +
            "ERROR\r\n" +
            "\r\n" +
            "OK\r\n" +
            "+MQTTCONNECTED:0,1,\"broker.local\",\"1883\",\"\",0\r\n" +
            "\r\n" +
            "OK\r\n" +
            "+MQTTDISCONNECTED:0\r\n" +
            "+MQTTCONN:0,3,1,\"broker.local\",\"1883\",\"\",0\r\n" +
            "\r\n" +
            "OK\r\n" +
            "+MQTTCONNECTED:0,1,\"broker.local\",\"1883\",\"\",0\r\n" +
            "\r\n" +
            "OK\r\n" +
            "\r\n" +
            "OK\r\n" +
            "\r\n" +
            "OK\r\n" +
            "\r\n" +
            "ERROR\r\n" +
            "\r\n" +
            "OK\r\n" +
            "\r\n" +
            "ERROR\r\n" +
            "\r\n" +
            "OK\r\n" +
            "\r\n" +
            "OK\r\n" +
            "+MQTTCONNECTED:0,5,\"broker.local\",\"8883\",\"\",0\r\n" +
            "\r\n" +
            "OK\r\n" +
            "+MQTTCONN:0,4,5,\"broker.local\",\"8883\",\"\",0\r\n" +
            "\r\n" +
            "OK\r\n" +
            "\r\n" +
            "OK\r\n" +
            "\r\n" +
            "OK\r\n" +
            "+MQTTDISCONNECTED:0\r\n" +
            "ERR CODE:0x010a6009\r\n" +
            "\r\n" +
            "ERROR\r\n" +
            "\r\n" +
            "OK\r\n" +
            "+MQTTDISCONNECTED:0\r\n" +
            "ERR CODE:0x010a6009\r\n" +
            "\r\n" +
            "ERROR\r\n" +
            "+MQTTCONNECTED:0,4,\"broker.local\",\"8883\",\"\",0\r\n" +
            "\r\n" +
            "OK\r\n" +
            "\r\n" +
            "OK\r\n" +
            "\r\n" +
            "OK\r\n" +
            "WIFI DISCONNECT\r\n" +
            "+CWSTATE:0,\"\"\r\n" +
            "\r\n" +
            "OK\r\n" +
            "\r\n" +
            "OK\r\n" +
            "\r\n" +
            "ready\r\n" +
            "WIFI CONNECTED\r\n" +
            "WIFI GOT IP\r\n" +
            "AT\r\n" +
            "\r\n" +
            "OK\r\n" +
            "";
    }
}
