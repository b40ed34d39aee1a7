namespace EspAtNano.Engine
{
    /// <summary>One remembered setting's value and the default a restart gives it back.</summary>
    internal sealed class RememberedNumber
    {
        private readonly int _default;

        internal RememberedNumber(int defaultValue)
        {
            _default = defaultValue;
            Value = defaultValue;
        }

        internal int Value;

        internal void Restore()
        {
            Value = _default;
        }
    }
}
