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
        private readonly MethodInfo _exists;
        private readonly MethodInfo _write;
        private readonly MethodInfo _delete;
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
            _exists = store.GetMethod("Exists") ?? throw new MissingMethodException(StoreType, "Exists");
            _write = store.GetMethod("Write") ?? throw new MissingMethodException(StoreType, "Write");
            _delete = store.GetMethod("Delete") ?? throw new MissingMethodException(StoreType, "Delete");
        }

        /// <summary>What the twin's Read gives: the file's bytes, or null.</summary>
        public byte[]? Read(string fileName)
        {
            return (byte[]?)_read.Invoke(_store, BindingFlags.DoNotWrapExceptions, null, new object[] { fileName }, null);
        }

        public bool Exists(string fileName)
        {
            return (bool)_exists.Invoke(_store, BindingFlags.DoNotWrapExceptions, null, new object[] { fileName }, null)!;
        }

        /// <summary>What the twin's Write gives: the outcome's name ("Done", "TooLarge", ...) and its detail.</summary>
        public (string Outcome, string Detail) Write(string fileName, byte[] contents)
        {
            return Result(_write.Invoke(_store, BindingFlags.DoNotWrapExceptions, null, new object[] { fileName, contents }, null));
        }

        public (string Outcome, string Detail) Delete(string fileName)
        {
            return Result(_delete.Invoke(_store, BindingFlags.DoNotWrapExceptions, null, new object[] { fileName }, null));
        }

        /// <summary>The engine's StoreResult, read by its field names.</summary>
        private static (string Outcome, string Detail) Result(object? result)
        {
            ArgumentNullException.ThrowIfNull(result);
            Type type = result.GetType();
            object? outcome = type.GetField("Outcome")?.GetValue(result);
            object? detail = type.GetField("Detail")?.GetValue(result);
            return (outcome?.ToString() ?? "", (string?)detail ?? "");
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
