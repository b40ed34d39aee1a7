namespace EspAtNano.Desktop.Tests
{
    /// <summary>
    /// docs/commands/mqtt.md#atmqttusercfg on the twin: the certificate store reads regular files of certificate size only.
    /// Anything else at a certificate's name is refused at once with a log line naming it: a FIFO
    /// would block MQTTCONN for good, a device or a huge file would fill memory.
    /// </summary>
    [TestClass]
    public sealed class DirectoryCertificateStoreTests
    {
        private const string Name = "mqtt_ca.pem";
        private static readonly TimeSpan Generous = TimeSpan.FromSeconds(20);

        private readonly string _directory;
        private readonly TwinCertificateStore _store;

        private string CertificatePath => Path.Combine(_directory, Name);

        /// <summary>MSTest makes an instance per test, so every test has a directory of its own.</summary>
        public DirectoryCertificateStoreTests()
        {
            _directory = Path.Combine(Path.GetTempPath(), "espatnano-certs-" + Guid.NewGuid().ToString("N").Substring(0, 8));
            Directory.CreateDirectory(_directory);
            _store = new TwinCertificateStore(_directory);
        }

        [TestCleanup]
        public void DeleteDirectory()
        {
            Directory.Delete(_directory, true);
        }

        /// <summary>Read gives null, and a log line names the file and says <paramref name="why"/>.</summary>
        private void ExpectRefused(string why)
        {
            byte[]? contents = _store.Read(Name);
            Assert.IsTrue(contents == null, "the store gave " + contents?.Length + " bytes");
            ExpectLogLineNamingTheFile(why);
        }

        private void ExpectLogLineNamingTheFile(string why = "")
        {
            string[] lines = _store.LogLines;
            Assert.IsTrue(lines.Any(l => l.Contains(CertificatePath, StringComparison.Ordinal) && l.Contains(why, StringComparison.Ordinal)),
                "no log line names " + CertificatePath + " and says \"" + why + "\"; the log:\n" + string.Join("\n", lines));
        }

        [TestMethod]
        public void ARegularFileIsReadWhole()
        {
            byte[] contents = new byte[5000];
            new Random(7).NextBytes(contents);
            File.WriteAllBytes(CertificatePath, contents);

            CollectionAssert.AreEqual(contents, _store.Read(Name));
        }

        [TestMethod]
        public void AMissingFileIsNullAndLogged()
        {
            Assert.IsNull(_store.Read(Name));
            ExpectLogLineNamingTheFile();
        }

        [TestMethod]
        public void AFifoIsRefusedWithoutBlocking()
        {
            if (OperatingSystem.IsWindows())
            {
                Assert.Inconclusive("FIFOs in the file system are a Unix feature");
            }
            Fifo.Create(CertificatePath);
            Task<byte[]?> read = Task.Run(() => _store.Read(Name));
            try
            {
                Assert.IsTrue(read.Wait(Generous), "Read blocked on the FIFO for " + Generous);
            }
            finally
            {
                if (!read.IsCompleted)
                {
                    Fifo.ReleaseBlockedReader(CertificatePath);
                    read.Wait(Generous);
                }
            }
            Assert.IsTrue(read.Result == null, "the store gave " + read.Result?.Length + " bytes");
            ExpectLogLineNamingTheFile("not a regular file");
        }

        [TestMethod]
        public void ADeviceIsRefused()
        {
            if (OperatingSystem.IsWindows())
            {
                Assert.Inconclusive("device files are a Unix feature");
            }
            // /dev/null reads as empty at once; /dev/zero, which never ends, is refused the same way.
            File.CreateSymbolicLink(CertificatePath, "/dev/null");
            ExpectRefused("not a regular file");
        }

        [TestMethod]
        public void ADirectoryIsRefused()
        {
            Directory.CreateDirectory(CertificatePath);
            ExpectRefused("not a regular file");
        }

        [TestMethod]
        public void AFileFarLargerThanAnyCertificateIsRefused()
        {
            File.WriteAllBytes(CertificatePath, new byte[1024 * 1024]);
            ExpectRefused("larger than any certificate");
        }

        [TestMethod]
        public void AWriteReplacesTheFileWholeAndLeavesNothingElseBehind()
        {
            File.WriteAllBytes(CertificatePath, new byte[] { 1, 2, 3, 4, 5, 6, 7, 8 });
            byte[] contents = new byte[3000];
            new Random(8).NextBytes(contents);

            Assert.AreEqual(("Done", ""), _store.Write(Name, contents));

            CollectionAssert.AreEqual(contents, File.ReadAllBytes(CertificatePath));
            CollectionAssert.AreEqual(new[] { Name }, Directory.GetFileSystemEntries(_directory).Select(Path.GetFileName).ToArray());
        }

        [TestMethod]
        public void AWriteLargerThanTheStoreReadsIsRefusedAndTheOldFileStays()
        {
            File.WriteAllBytes(CertificatePath, new byte[] { 1, 2, 3 });

            (string outcome, string detail) = _store.Write(Name, new byte[1024 * 1024]);

            Assert.AreEqual("TooLarge", outcome);
            StringAssert.Contains(detail, CertificatePath);
            CollectionAssert.AreEqual(new byte[] { 1, 2, 3 }, File.ReadAllBytes(CertificatePath));
        }

        [TestMethod]
        public void AWriteThatCannotReplaceTheNameFailsWithTheReasonAndLeavesNoTemporaryFile()
        {
            Directory.CreateDirectory(CertificatePath);

            (string outcome, string detail) = _store.Write(Name, new byte[] { 1 });

            Assert.AreEqual("Failed", outcome);
            StringAssert.Contains(detail, CertificatePath);
            Assert.IsTrue(Directory.Exists(CertificatePath));
            CollectionAssert.AreEqual(new[] { Name }, Directory.GetFileSystemEntries(_directory).Select(Path.GetFileName).ToArray());
        }

        [TestMethod]
        public void DeleteRemovesTheFile()
        {
            File.WriteAllBytes(CertificatePath, new byte[] { 1 });

            Assert.AreEqual(("Done", ""), _store.Delete(Name));
            Assert.IsFalse(File.Exists(CertificatePath));
        }

        [TestMethod]
        public void DeleteOfAMissingFileIsNotFound()
        {
            Assert.AreEqual("NotFound", _store.Delete(Name).Outcome);
        }

        [TestMethod]
        public void ExistsSeesAFileWithoutOpeningIt()
        {
            Assert.IsFalse(_store.Exists(Name));
            if (!OperatingSystem.IsWindows())
            {
                // Opening a FIFO would block: Exists must not.
                Fifo.Create(CertificatePath);
                Task<bool> exists = Task.Run(() => _store.Exists(Name));
                Assert.IsTrue(exists.Wait(Generous), "Exists blocked on the FIFO");
                Assert.IsTrue(exists.Result);
                File.Delete(CertificatePath);
            }
            File.WriteAllBytes(CertificatePath, new byte[] { 1 });
            Assert.IsTrue(_store.Exists(Name));
        }
    }
}
