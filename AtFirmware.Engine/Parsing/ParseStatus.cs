namespace EspAtNano.Engine.Parsing
{
    /// <summary>How reading one parameter went: firmware tells an omitted field from a malformed one.</summary>
    internal enum ParseStatus
    {
        Ok,
        /// <summary>The field is empty: ",," or a missing trailing field.</summary>
        Omitted,
        /// <summary>The field is there but is not of the asked type.</summary>
        Invalid
    }
}
