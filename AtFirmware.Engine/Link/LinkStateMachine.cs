using EspAtNano.Engine.Commands.Mqtt;

namespace EspAtNano.Engine.Link
{
    /// <summary>
    /// The link states of docs/link-states.md in one place: which command each state accepts (with the error code otherwise)
    /// and the state every event leads to. Not thread-safe: MqttLink calls it under its lock.
    /// </summary>
    internal sealed class LinkStateMachine
    {
        private LinkState _state = LinkState.NotInitialised;

        internal LinkState State { get { return _state; } }

        internal bool IsConnected { get { return _state >= LinkState.Connected; } }

        /// <summary>0 when <paramref name="command"/> is accepted now, else its MQTT error code (docs/link-states.md).</summary>
        /// <param name="reconnectOn">The stored AT+MQTTCONN reconnect flag: state 3 refuses a manual connect while it is on.</param>
        internal int Refusal(LinkCommand command, bool reconnectOn)
        {
            switch (command)
            {
                case LinkCommand.UserConfig:
                    return _state <= LinkState.ConnectionConfigSet ? 0 : MqttError.NotInConfiguredState;
                case LinkCommand.ConfigDetail:
                    return _state == LinkState.UserConfigSet ? 0 : MqttError.NotInConfiguredState;
                case LinkCommand.ConnectionConfig:
                    if (_state == LinkState.NotInitialised)
                    {
                        return MqttError.NoConfigured;
                    }
                    return _state <= LinkState.ConnectionConfigSet ? 0 : MqttError.NotInConfiguredState;
                case LinkCommand.Connect:
                    if (_state == LinkState.NotInitialised)
                    {
                        return MqttError.NoConfigured;
                    }
                    if (IsConnected)
                    {
                        return MqttError.AlreadyConnected;
                    }
                    // Deviation (docs/deviations.md): with reconnect off, state 3 may connect again with the stored configuration.
                    return _state == LinkState.Disconnected && reconnectOn ? MqttError.InDisconnectedState : 0;
                case LinkCommand.Traffic:
                    return IsConnected ? 0 : MqttError.NullLink;
                default:
                    return _state == LinkState.NotInitialised ? MqttError.UninitiatedOrAlreadyClean : 0;
            }
        }

        internal void UserConfigured()
        {
            _state = LinkState.UserConfigSet;
        }

        internal void ConnectionConfigured()
        {
            _state = LinkState.ConnectionConfigSet;
        }

        /// <summary>A connect or reconnect succeeded; stored topics were restored.</summary>
        internal void Connected(int topicCount)
        {
            _state = topicCount > 0 ? LinkState.ConnectedSubscribed : LinkState.Connected;
        }

        /// <summary>A manual connect failed: the configuration stays, so it can be retried (docs/link-states.md).</summary>
        internal void ConnectFailed()
        {
            _state = LinkState.ConnectionConfigSet;
        }

        internal void Subscribed()
        {
            if (IsConnected)
            {
                _state = LinkState.ConnectedSubscribed;
            }
        }

        internal void Unsubscribed(int topicsLeft)
        {
            if (IsConnected && topicsLeft == 0)
            {
                _state = LinkState.ConnectedNoSubscription;
            }
        }

        /// <summary>True when the link was up, so the host must be told +MQTTDISCONNECTED.</summary>
        internal bool Dropped()
        {
            if (!IsConnected)
            {
                return false;
            }
            _state = LinkState.Disconnected;
            return true;
        }

        internal void Cleaned()
        {
            _state = LinkState.NotInitialised;
        }
    }
}
