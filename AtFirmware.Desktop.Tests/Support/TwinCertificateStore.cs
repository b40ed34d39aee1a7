using System.Reflection;

namespace EspAtNano.Desktop.Tests.Support
{
    /// <summary>
    /// The twin's DirectoryCertificateStore in this process, for tests of the store alone. This
    /// project builds the twin to run it as a process and does not reference it as a library, so
    /// the class is loaded from the built twin and reached by name; its log (the engine's ILog)
    /// is a recorder of the lines it writes.
    /// </summary>
    public sealed class TwinCertificateStore
    {
        private const string StoreType = "EspAtNano.Desktop.Platform.DirectoryCertificateStore";

        private readonly object _store;
        private readonly MethodInfo _read;
        private readonly LogRecorder _log;

        public TwinCertificateStore(string directory)
        {
            Assembly twin = Assembly.LoadFrom(Installation.TwinAssembly());
            Type store = twin.GetType(StoreType) ?? throw new TypeLoadException(StoreType + " is not in " + twin.Location);
            ConstructorInfo constructor = store.GetConstructors().Single();
            Type logInterface = constructor.GetParameters()[1].ParameterType;
            _log = (LogRecorder)DispatchProxy.Create(logInterface, typeof(LogRecorder));
            _store = constructor.Invoke(new object[] { directory, _log });
            _read = store.GetMethod("Read") ?? throw new MissingMethodException(StoreType, "Read");
        }

        /// <summary>What the twin's Read gives: the file's bytes, or null.</summary>
        public byte[]? Read(string fileName)
        {
            return (byte[]?)_read.Invoke(_store, BindingFlags.DoNotWrapExceptions, null, new object[] { fileName }, null);
        }

        /// <summary>Every line the store logged so far.</summary>
        public string[] LogLines => _log.Lines;

        /// <summary>Stands in for the engine's ILog, whose one method is Write(string).</summary>
        public class LogRecorder : DispatchProxy
        {
            private readonly List<string> _lines = new List<string>();

            public string[] Lines
            {
                get { lock (_lines) { return _lines.ToArray(); } }
            }

            protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
            {
                lock (_lines)
                {
                    _lines.Add((string?)args?[0] ?? "");
                }
                return null;
            }
        }
    }
}
