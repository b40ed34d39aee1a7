using System.Reflection;

namespace EspAtNano.Desktop.Tests.Support
{
    /// <summary>
    /// The few classes of the twin that are tested on their own, in this process. This project
    /// runs the twin as a separate process and does not reference its assembly (see the .csproj),
    /// so they are loaded from the dll the tests start (<see cref="Installation.TwinAssembly"/>).
    /// </summary>
    public static class TwinInternals
    {
        private static readonly Lazy<Assembly> Twin = new Lazy<Assembly>(() => Assembly.LoadFrom(Installation.TwinAssembly()));

        /// <summary>EspAtNano.Desktop.Mqtt.InboundLimitStream over <paramref name="broker"/>.</summary>
        public static Stream InboundLimitStream(Stream broker, int maxMessageLength)
        {
            return (Stream)Create("EspAtNano.Desktop.Mqtt.InboundLimitStream", broker, maxMessageLength);
        }

        /// <summary>
        /// EspAtNano.Desktop.Uart.LinePacer at <paramref name="baud"/> on a clock the test drives;
        /// the function returned is its Pass(data, offset, count, deliver, stop).
        /// </summary>
        public static Func<byte[], int, int, Action<byte[], int, int>, CancellationToken, bool> LinePacer(
            int baud, Func<TimeSpan> now, Func<TimeSpan, CancellationToken, bool> wait)
        {
            object pacer = Create("EspAtNano.Desktop.Uart.LinePacer", baud, now, wait);
            MethodInfo pass = pacer.GetType().GetMethod("Pass") ?? throw new MissingMethodException("LinePacer.Pass");
            return (data, offset, count, deliver, stop) => (bool)pass.Invoke(pacer, new object[] { data, offset, count, deliver, stop })!;
        }

        private static object Create(string typeName, params object[] arguments)
        {
            Type type = Twin.Value.GetType(typeName) ?? throw new TypeLoadException(typeName + " is not in " + Twin.Value.Location);
            try
            {
                return Activator.CreateInstance(type, arguments) ?? throw new InvalidOperationException("no " + typeName + " was made");
            }
            catch (TargetInvocationException e) when (e.InnerException != null)
            {
                throw e.InnerException;
            }
        }
    }
}
