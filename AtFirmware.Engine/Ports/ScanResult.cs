namespace EspAtNano.Engine.Ports
{
    /// <summary>The APs a scan found (possibly none), or why the scan failed: the host is told ERROR, the log the reason.</summary>
    public sealed class ScanResult
    {
        public readonly bool IsDone;
        public readonly AccessPoint[] AccessPoints;
        public readonly string Reason;

        private ScanResult(bool done, AccessPoint[] accessPoints, string reason)
        {
            IsDone = done;
            AccessPoints = accessPoints;
            Reason = reason;
        }

        public static ScanResult Found(AccessPoint[] accessPoints)
        {
            return new ScanResult(true, accessPoints ?? new AccessPoint[0], "");
        }

        public static ScanResult Failed(string reason)
        {
            return new ScanResult(false, new AccessPoint[0], reason ?? "");
        }
    }
}
