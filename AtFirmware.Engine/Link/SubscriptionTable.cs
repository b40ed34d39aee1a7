using EspAtNano.Engine.Parsing;

namespace EspAtNano.Engine.Link
{
    /// <summary>Subscribed topics in subscription order, restored after every reconnect.</summary>
    internal sealed class SubscriptionTable
    {
        private readonly byte[][] _topics;
        private readonly int[] _qos;
        private int _count;

        internal SubscriptionTable(int capacity)
        {
            _topics = new byte[capacity][];
            _qos = new int[capacity];
        }

        internal int Count { get { return _count; } }

        internal bool IsFull { get { return _count == _topics.Length; } }

        internal byte[] TopicAt(int index)
        {
            return _topics[index];
        }

        internal int QosAt(int index)
        {
            return _qos[index];
        }

        internal int IndexOf(byte[] topic)
        {
            for (int i = 0; i < _count; i++)
            {
                if (AsciiText.SameBytes(_topics[i], topic))
                {
                    return i;
                }
            }
            return -1;
        }

        /// <summary>False when the table is full.</summary>
        internal bool Add(byte[] topic, int qos)
        {
            if (IsFull)
            {
                return false;
            }
            _topics[_count] = topic;
            _qos[_count] = qos;
            _count++;
            return true;
        }

        internal void Remove(byte[] topic)
        {
            int index = IndexOf(topic);
            if (index < 0)
            {
                return;
            }
            for (int i = index + 1; i < _count; i++)
            {
                _topics[i - 1] = _topics[i];
                _qos[i - 1] = _qos[i];
            }
            _count--;
            _topics[_count] = null;
        }

        internal void Clear()
        {
            for (int i = 0; i < _count; i++)
            {
                _topics[i] = null;
            }
            _count = 0;
        }
    }
}
