using System;
using EspAtNano.Engine.Output;

namespace EspAtNano.Engine.Commands.Network
{
    /// <summary>
    /// C's asctime() without its newline, "Www Mmm dd hh:mm:ss yyyy" with the day space-padded,
    /// as ESP-AT prints AT+CIPSNTPTIME. Built by hand: nanoFramework's DateTime formats and enum
    /// names differ from desktop .NET's.
    /// </summary>
    internal static class AscTime
    {
        private static readonly string[] Days = { "Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat" };

        private static readonly string[] Months =
        {
            "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
        };

        internal static void Append(ByteBuffer b, DateTime t)
        {
            b.Append(Days[(int)t.DayOfWeek]).Append((byte)' ').Append(Months[t.Month - 1]).Append((byte)' ');
            AppendTwoDigits(b, t.Day, (byte)' ');
            b.Append((byte)' ');
            AppendTwoDigits(b, t.Hour, (byte)'0');
            b.Append((byte)':');
            AppendTwoDigits(b, t.Minute, (byte)'0');
            b.Append((byte)':');
            AppendTwoDigits(b, t.Second, (byte)'0');
            b.Append((byte)' ').AppendDecimal(t.Year);
        }

        private static void AppendTwoDigits(ByteBuffer b, int value, byte pad)
        {
            if (value < 10)
            {
                b.Append(pad);
            }
            b.AppendDecimal(value);
        }
    }
}
