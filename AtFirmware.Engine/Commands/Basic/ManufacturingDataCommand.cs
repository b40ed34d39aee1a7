using EspAtNano.Engine.Link;
using EspAtNano.Engine.Output;
using EspAtNano.Engine.Parsing;
using EspAtNano.Engine.Ports;

namespace EspAtNano.Engine.Commands.Basic
{
    /// <summary>
    /// AT+SYSMFG for ESP-AT's MQTT certificate namespaces (docs/commands/basic.md#atsysmfg--certificates-over-the-uart): the
    /// namespaces mqtt_ca, mqtt_cert and mqtt_key each hold key "&lt;namespace&gt;" (ID 0) and
    /// "&lt;namespace&gt;.1" (ID 1), which are the certificate files AT+MQTTCONN reads. Query and
    /// "=1" list namespaces and keys or read a value (or a slice of it), "=2" writes a binary value
    /// through a prompt and raw block, "=0" erases a key or a whole namespace. Storage may be slow, so
    /// every store access runs in the background.
    /// </summary>
    internal sealed class ManufacturingDataCommand : AtCommand, IRawDataConsumer, IBackgroundJob
    {
        private const int Erase = 0;
        private const int Read = 1;
        private const int Write = 2;

        /// <summary>NVS keeps names of at most 15 bytes; ours are shorter still.</summary>
        private const int MaxNameLength = 15;

        /// <summary>ESP-AT's NVS type for binary values (1–6 are integers, 7 a string).</summary>
        private const int BinaryType = 8;

        /// <summary>In the order ESP-AT's AT+SYSMFG? lists them.</summary>
        private static readonly string[] Namespaces = { CertificateFiles.Cert, CertificateFiles.Key, CertificateFiles.Ca };

        private readonly ICertificateStore _store;
        private readonly ILog _log;

        // The command being run: one at a time, as input is answered busy meanwhile.
        private int _operation;
        private string _namespace;
        private int _id;
        private bool _wholeNamespace;
        private int _offset;
        private int _length;
        private byte[] _block;

        internal ManufacturingDataCommand(ICertificateStore store, ILog log) : base("+SYSMFG", CommandForms.Query | CommandForms.Set)
        {
            _store = store;
            _log = log;
        }

        bool IRawDataConsumer.IsSecret { get { return false; } }

        internal override void Query(CommandContext context)
        {
            ListNamespaces(context.Response);
        }

        internal override void Set(CommandContext context, ParameterList p)
        {
            Response r = context.Response;
            if (!ArgumentReader.Count(r, p, 1, 5) || !ArgumentReader.Int(r, p, 0, Erase, Write, out _operation))
            {
                return;
            }
            if (_operation == Read && p.Count == 1)
            {
                ListNamespaces(r);
                return;
            }
            _wholeNamespace = p.Count == 2;
            _offset = 0;
            _length = -1;
            _block = null;
            if (!CountFitsOperation(r, p) || !ReadNamespace(r, p) || (!_wholeNamespace && !ReadKey(r, p)))
            {
                return;
            }
            if (_operation == Write)
            {
                int type;
                if (!ArgumentReader.Int(r, p, 3, 1, BinaryType, out type) || !OnlyBinary(r, type)
                    || !ArgumentReader.Int(r, p, 4, 1, context.Options.MaxRawDataLength, out _length))
                {
                    return;
                }
                context.ReadRawData(_length, this);
                return;
            }
            if (p.Count == 5 && (!ArgumentReader.Int(r, p, 3, 0, int.MaxValue, out _offset)
                || !ArgumentReader.Int(r, p, 4, 1, int.MaxValue, out _length)))
            {
                return;
            }
            context.RunInBackground(this);
        }

        void IRawDataConsumer.OnRawData(CommandContext context, byte[] block)
        {
            _block = block;
            context.RunInBackground(this);
        }

        void IBackgroundJob.Run(Response response)
        {
            if (_operation == Write)
            {
                Finish(response, "writing " + FileName(_id), _store.Write(FileName(_id), _block));
                _block = null;
            }
            else if (_operation == Erase)
            {
                EraseStored(response);
            }
            else if (_wholeNamespace)
            {
                ListKeys(response);
            }
            else
            {
                ReadValue(response);
            }
        }

        /// <summary>Erase takes a namespace and maybe a key; read a key and maybe an offset with a length; write all five.</summary>
        private bool CountFitsOperation(Response r, ParameterList p)
        {
            bool fits = _operation == Erase ? p.Count >= 2 && p.Count <= 3 : _operation == Write ? p.Count == 5 : p.Count != 4;
            if (!fits)
            {
                r.Error(ErrorCode.ParameterCountMismatch);
            }
            return fits;
        }

        private bool ReadNamespace(Response r, ParameterList p)
        {
            byte[] name;
            if (!ArgumentReader.String(r, p, 1, MaxNameLength, out name))
            {
                return false;
            }
            _namespace = null;
            string text = AsciiText.GetString(name);
            for (int i = 0; i < Namespaces.Length; i++)
            {
                if (Namespaces[i] == text)
                {
                    _namespace = Namespaces[i];
                }
            }
            if (_namespace == null)
            {
                r.Error(ErrorCode.ParameterInvalid(1));
                return false;
            }
            return true;
        }

        private bool ReadKey(Response r, ParameterList p)
        {
            byte[] name;
            if (!ArgumentReader.String(r, p, 2, MaxNameLength, out name))
            {
                return false;
            }
            string text = AsciiText.GetString(name);
            for (_id = 0; _id < CertificateFiles.IdCount; _id++)
            {
                if (KeyName(_id) == text)
                {
                    return true;
                }
            }
            r.Error(ErrorCode.ParameterInvalid(2));
            return false;
        }

        /// <summary>Certificates are binary values; a number or string in their place would never be read.</summary>
        private static bool OnlyBinary(Response r, int type)
        {
            if (type != BinaryType)
            {
                r.Error(ErrorCode.ParameterInvalid(3));
                return false;
            }
            return true;
        }

        private static void ListNamespaces(Response r)
        {
            for (int i = 0; i < Namespaces.Length; i++)
            {
                r.Buffer.Append("+SYSMFG:\"").Append(Namespaces[i]).Append("\"");
                r.EndLine();
            }
            r.Ok();
        }

        private void ListKeys(Response r)
        {
            for (int id = 0; id < CertificateFiles.IdCount; id++)
            {
                if (_store.Exists(FileName(id)))
                {
                    AppendKeyPrefix(r, id);
                    r.EndLine();
                }
            }
            r.Ok();
        }

        private void ReadValue(Response r)
        {
            string fileName = FileName(_id);
            byte[] value = _store.Read(fileName);
            if (value == null)
            {
                _log.Write("AT+SYSMFG: no value for " + KeyName(_id) + ": " + fileName + " is missing or unreadable");
                r.ErrorPlain();
                return;
            }
            int length = _length < 0 ? value.Length : _length;
            if (_offset >= value.Length || length > value.Length - _offset)
            {
                _log.Write("AT+SYSMFG: " + KeyName(_id) + " holds " + value.Length.ToString() + " bytes, fewer than offset "
                    + _offset.ToString() + " plus length " + length.ToString());
                r.Error(ErrorCode.ParameterInvalid(_offset >= value.Length ? 3 : 4));
                return;
            }
            AppendKeyPrefix(r, _id);
            r.Buffer.Append(",").AppendDecimal(length).Append(",").Append(value, _offset, length);
            r.EndLine();
            r.Ok();
        }

        private void EraseStored(Response r)
        {
            if (!_wholeNamespace)
            {
                Finish(r, "erasing " + FileName(_id), _store.Delete(FileName(_id)));
                return;
            }
            // A namespace is erased key by key; a key that was never written is already erased.
            for (int id = 0; id < CertificateFiles.IdCount; id++)
            {
                StoreResult result = _store.Delete(FileName(id));
                if (!result.IsDone && result.Outcome != StoreOutcome.NotFound)
                {
                    Finish(r, "erasing " + FileName(id), result);
                    return;
                }
            }
            r.Ok();
        }

        /// <summary>OK, or ERROR with the store's reason in the log.</summary>
        private void Finish(Response r, string what, StoreResult result)
        {
            if (result.IsDone)
            {
                r.Ok();
                return;
            }
            _log.Write("AT+SYSMFG: " + what + " failed: " + result.Detail);
            r.ErrorPlain();
        }

        /// <summary>+SYSMFG:"namespace","key",8</summary>
        private void AppendKeyPrefix(Response r, int id)
        {
            r.Buffer.Append("+SYSMFG:\"").Append(_namespace).Append("\",\"").Append(KeyName(id)).Append("\",")
                .AppendDecimal(BinaryType);
        }

        /// <summary>ESP-AT's single MQTT key is the namespace's name; ID 1 adds ".1", as its indexed keys do.</summary>
        private string KeyName(int id)
        {
            return id == 0 ? _namespace : _namespace + "." + id.ToString();
        }

        private string FileName(int id)
        {
            return CertificateFiles.FileName(_namespace, id);
        }
    }
}
