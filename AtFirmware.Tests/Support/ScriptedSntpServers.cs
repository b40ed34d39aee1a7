#nullable disable
using System;
using System.Collections;
using EspAtNano.Engine.Device;

namespace EspAtNano.Firmware.Tests.Support
{
    /// <summary>
    /// SNTP servers as the client's UDP exchange meets them: one answers with a time, one does
    /// not resolve (throws, as DNS does), the rest stay silent; every server asked is recorded.
    /// </summary>
    internal sealed class ScriptedSntpServers : ISntpTransport
    {
        private readonly ArrayList _answering = new ArrayList();
        private readonly ArrayList _times = new ArrayList();
        private readonly ArrayList _unresolvable = new ArrayList();
        private readonly ArrayList _asked = new ArrayList();

        /// <summary>Replies echo another nonce than the request's (a stray or forged datagram).</summary>
        public bool WrongNonce { get; set; }

        public void Answers(string server, uint ntpSeconds)
        {
            _answering.Add(server);
            _times.Add(ntpSeconds);
        }

        public void DoesNotResolve(string server)
        {
            _unresolvable.Add(server);
        }

        public int Exchange(string server, byte[] request, byte[] reply, int timeoutMs)
        {
            lock (_asked)
            {
                _asked.Add(server);
            }
            if (_unresolvable.Contains(server))
            {
                throw new InvalidOperationException("no such host");
            }
            int index = _answering.IndexOf(server);
            if (index < 0)
            {
                return 0;
            }
            long nonce = SntpReply.NonceOf(request);
            byte[] answer = SntpReply.Build(WrongNonce ? nonce + 1 : nonce, (uint)_times[index]);
            Array.Copy(answer, reply, answer.Length);
            return answer.Length;
        }

        /// <summary>The servers asked so far, in order, joined by spaces.</summary>
        public string Asked()
        {
            lock (_asked)
            {
                string asked = "";
                for (int i = 0; i < _asked.Count; i++)
                {
                    asked += (i == 0 ? "" : " ") + (string)_asked[i];
                }
                return asked;
            }
        }
    }
}
