namespace EspAtNano.Engine
{
    /// <summary>
    /// One bound a platform sets in EngineOptions: the range every platform accepts and the
    /// module's default. Hosts take their ranges from here (the device configuration, the twin's
    /// command line) so a value one host accepts is never refused by another.
    /// </summary>
    public sealed class EngineLimit
    {
        /// <summary>The EngineOptions field it bounds.</summary>
        public readonly string Name;
        public readonly int Min;
        public readonly int Max;

        /// <summary>The module's (ESP32's) value; a roomier platform may pass its own.</summary>
        public readonly int Default;

        internal EngineLimit(string name, int min, int max, int defaultValue)
        {
            Name = name;
            Min = min;
            Max = max;
            Default = defaultValue;
        }

        public bool Allows(int value)
        {
            return value >= Min && value <= Max;
        }

        /// <summary>Null when <paramref name="value"/> is in range, else what is wrong with it.</summary>
        public string Check(int value)
        {
            if (Allows(value))
            {
                return null;
            }
            return Name + " must be " + Min.ToString() + "–" + Max.ToString() + ", not " + value.ToString();
        }
    }
}
