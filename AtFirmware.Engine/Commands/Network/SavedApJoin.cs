using EspAtNano.Engine.Commands;

namespace EspAtNano.Engine.Commands.Network
{
    /// <summary>
    /// The saved AP's join that a command starts (AT+CWMODE=1 from 0, AT+CWRECONNCFG's &lt;reconnect_now&gt;): only once
    /// the command's OK is written, so that WIFI CONNECTED can never come before it.
    /// </summary>
    internal sealed class SavedApJoin : IAfterResponse
    {
        private readonly WifiStation _station;

        internal SavedApJoin(WifiStation station)
        {
            _station = station;
        }

        void IAfterResponse.Run()
        {
            _station.JoinSavedAp();
        }
    }
}
