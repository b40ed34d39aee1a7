using System;
using System.IO;
using EspAtNano.Engine.Device;
using EspAtNano.Engine.Ports;

namespace EspAtNano.Firmware
{
    /// <summary>
    /// ICertificateStore on internal storage (LittleFS, drive I:), where flash.ps1 or AT+SYSMFG puts
    /// the files under ESP-AT's names (mqtt_ca.pem, mqtt_cert_1.pem, ...). Missing or unreadable
    /// means null: the engine then fails MQTTCONN with 0x6009 instead of anything crashing.
    /// <para>
    /// A write must never leave half a certificate under the name. nanoFramework's File.Move
    /// (System.IO.FileSystem 1.1.93) renames with LittleFS's atomic lfs_rename, but refuses an
    /// existing target and has no File.Replace, so a write takes four steps: the new contents to
    /// "&lt;name&gt;.new" (closed, so LittleFS has committed it), the old file renamed to
    /// "&lt;name&gt;.old", "&lt;name&gt;.new" renamed to the name, "&lt;name&gt;.old" deleted.
    /// Every access first repairs what a power cut between two steps left (<see cref="Recover"/>),
    /// so after a reboot the name holds the old certificate or the new one, whole.
    /// </para>
    /// </summary>
    internal sealed class StorageCertificateStore : ICertificateStore
    {
        public const string Root = "I:\\";

        /// <summary>A PEM chain or key takes a few KiB; the engine's raw block limit is lower still.</summary>
        public const int MaxFileBytes = 64 * 1024;

        private const string NewSuffix = ".new";
        private const string OldSuffix = ".old";

        private readonly ILog _log;

        public StorageCertificateStore(ILog log)
        {
            _log = log;
        }

        public byte[] Read(string fileName)
        {
            string path = PathOf(fileName);
            if (path == null)
            {
                return null;
            }
            try
            {
                Recover(path);
                if (!File.Exists(path))
                {
                    return null;
                }
                return File.ReadAllBytes(path);
            }
            catch (Exception e)
            {
                _log.Write("certificates: cannot read " + path + ": " + Failure.Describe(e));
                return null;
            }
        }

        public bool Exists(string fileName)
        {
            string path = PathOf(fileName);
            if (path == null)
            {
                return false;
            }
            try
            {
                Recover(path);
                return File.Exists(path);
            }
            catch (Exception e)
            {
                _log.Write("certificates: cannot examine " + path + ": " + Failure.Describe(e));
                return false;
            }
        }

        public StoreResult Write(string fileName, byte[] contents)
        {
            string path = PathOf(fileName);
            if (path == null)
            {
                return new StoreResult(StoreOutcome.Failed, "not a certificate file name: " + fileName);
            }
            if (contents.Length > MaxFileBytes)
            {
                return new StoreResult(StoreOutcome.TooLarge, path + ": " + contents.Length.ToString() + " bytes, more than "
                    + MaxFileBytes.ToString());
            }
            string fresh = path + NewSuffix;
            string old = path + OldSuffix;
            try
            {
                Recover(path);
                File.WriteAllBytes(fresh, contents);
                if (File.Exists(path))
                {
                    File.Move(path, old);
                }
                File.Move(fresh, path);
                File.Delete(old);
                return StoreResult.Success;
            }
            catch (Exception e)
            {
                string reason = Failure.Describe(e);
                RecoverAfterFailure(path);
                return new StoreResult(StoreOutcome.Failed, "cannot write " + path + ": " + reason);
            }
        }

        public StoreResult Delete(string fileName)
        {
            string path = PathOf(fileName);
            if (path == null)
            {
                return new StoreResult(StoreOutcome.Failed, "not a certificate file name: " + fileName);
            }
            try
            {
                Recover(path);
                if (!File.Exists(path))
                {
                    return new StoreResult(StoreOutcome.NotFound, path + ": no such file");
                }
                File.Delete(path);
                return StoreResult.Success;
            }
            catch (Exception e)
            {
                return new StoreResult(StoreOutcome.Failed, "cannot delete " + path + ": " + Failure.Describe(e));
            }
        }

        /// <summary>
        /// Finishes or undoes a write a power cut interrupted. "&lt;name&gt;.new" was never
        /// acknowledged to the host (OK follows the last step), so it is dropped; an
        /// "&lt;name&gt;.old" without the name is the certificate that was being replaced, put back;
        /// beside the name it is the replaced one, no longer needed.
        /// </summary>
        private static void Recover(string path)
        {
            string old = path + OldSuffix;
            File.Delete(path + NewSuffix);
            if (!File.Exists(old))
            {
                return;
            }
            if (File.Exists(path))
            {
                File.Delete(old);
            }
            else
            {
                File.Move(old, path);
            }
        }

        /// <summary>After a failed write: the old certificate back under its name if it was moved aside.</summary>
        private void RecoverAfterFailure(string path)
        {
            try
            {
                Recover(path);
            }
            catch (Exception e)
            {
                // The next access tries again; the log says why this one could not.
                _log.Write("certificates: cannot repair " + path + " after a failed write: " + Failure.Describe(e));
            }
        }

        /// <summary>The path under the root, or null for a name that is not a plain file name.</summary>
        private static string PathOf(string fileName)
        {
            // The engine only asks for its fixed names; refusing separators keeps it inside the root anyway.
            if (fileName == null || fileName.Length == 0 || fileName.IndexOf('\\') >= 0 || fileName.IndexOf('/') >= 0)
            {
                return null;
            }
            return Root + fileName;
        }
    }
}
