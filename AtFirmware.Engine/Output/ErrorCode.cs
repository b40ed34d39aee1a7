namespace EspAtNano.Engine.Output
{
    /// <summary>
    /// ESP-AT's 32-bit error codes: 0x01 category, 8-bit sub-category, 16-bit extension
    /// (docs/framing.md). MQTT failures put the seed's table code in the extension.
    /// </summary>
    internal static class ErrorCode
    {
        private const int Category = 0x01000000;

        /// <summary>Line too long, or not starting with AT (ESP_AT_SUB_NO_AT).</summary>
        internal const int NoAt = Category | 0x030000;
        internal const int ParameterCountMismatch = Category | 0x060000;
        internal const int UnsupportedCommand = Category | 0x090000;
        /// <summary>The command was understood but the platform could not carry it out (ESP_AT_SUB_CMD_EXEC_FAIL).</summary>
        internal const int ExecutionFailed = Category | 0x0a0000;
        private const int ParameterInvalidBase = Category | 0x070000;
        private const int ParameterParseFailBase = Category | 0x080000;
        private const int CommandExecFailBase = Category | 0x0a0000;

        internal static int ParameterInvalid(int index)
        {
            return ParameterInvalidBase | index;
        }

        internal static int ParameterParseFailed(int index)
        {
            return ParameterParseFailBase | index;
        }

        internal static int Mqtt(int seedCode)
        {
            return CommandExecFailBase | seedCode;
        }
    }
}
