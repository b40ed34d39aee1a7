namespace EspAtNano.Engine.Ports
{
    /// <summary>How a change to the certificate store ended.</summary>
    public enum StoreOutcome
    {
        Done = 0,

        /// <summary>Delete: no file of that name.</summary>
        NotFound = 1,

        /// <summary>Write: more than the store keeps in one file.</summary>
        TooLarge = 2,

        /// <summary>The storage refused (full, read-only, an I/O error); the old file, if any, is unchanged.</summary>
        Failed = 3
    }
}
