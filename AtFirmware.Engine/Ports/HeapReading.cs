namespace EspAtNano.Engine.Ports
{
    /// <summary>Free heap now, in bytes, or why it could not be read.</summary>
    public sealed class HeapReading
    {
        public readonly bool IsKnown;
        public readonly int FreeBytes;
        public readonly string Reason;

        private HeapReading(bool known, int freeBytes, string reason)
        {
            IsKnown = known;
            FreeBytes = freeBytes;
            Reason = reason;
        }

        public static HeapReading Free(int bytes)
        {
            return new HeapReading(true, bytes, "");
        }

        public static HeapReading Unknown(string reason)
        {
            return new HeapReading(false, 0, reason ?? "");
        }
    }
}
