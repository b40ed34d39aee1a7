namespace EspAtNano.Engine.Ports
{
    /// <summary>
    /// The AT UART's line settings (AT+UART_CUR, AT+UART_DEF). The engine asks Check before it
    /// answers OK, and calls Apply only after that OK is written, holding every other output back
    /// until Apply returns: the adapter lets the bytes already written leave at the old rate, then
    /// switches. Nothing here throws.
    /// </summary>
    public interface IUartControl
    {
        /// <summary>What the line runs at now.</summary>
        UartSettings Current { get; }

        /// <summary>What the line runs at after power-up: the stored settings, or the factory ones.</summary>
        UartSettings Saved { get; }

        /// <summary>Whether the platform can run the line so; a refusal carries the reason.</summary>
        SettingResult Check(UartSettings settings);

        /// <summary>Switches the line once what was written before has left it; a failure is the adapter's to log.</summary>
        void Apply(UartSettings settings);

        /// <summary>Stores the settings for the next power-up.</summary>
        SettingResult Save(UartSettings settings);

        /// <summary>AT+RESTORE: forgets the stored settings, so the next power-up uses the factory ones.</summary>
        SettingResult ForgetSaved();
    }
}
