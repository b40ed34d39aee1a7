using System.Text;

namespace EspAtNano.Tests;

/// <summary>
/// docs/commands/basic.md#atsysmfg--certificates-over-the-uart: AT+SYSMFG on the MQTT certificate namespaces, whose keys are
/// the certificate files AT+MQTTCONN reads (key "mqtt_ca" is mqtt_ca.pem, "mqtt_ca.1" mqtt_ca_1.pem).
/// </summary>
[TestClass]
public sealed class ManufacturingDataTests
{
    private const string Namespaces = "+SYSMFG:\"mqtt_cert\"\r\n+SYSMFG:\"mqtt_key\"\r\n+SYSMFG:\"mqtt_ca\"\r\n\r\nOK\r\n";

    private static byte[] Bytes(string latin1) => Encoding.Latin1.GetBytes(latin1);

    private static string Error(int code) => ExpectedError.Core(code).Render(true);

    [TestMethod]
    public void QueryListsTheThreeMqttNamespaces()
    {
        using var m = new Module();
        Expect(Namespaces, m.Send("AT+SYSMFG?\r\n"));
    }

    [TestMethod]
    public void ReadWithoutANamespaceListsTheNamespaces()
    {
        using var m = new Module();
        Expect(Namespaces, m.Send("AT+SYSMFG=1\r\n"));
    }

    [TestMethod]
    public void ReadOfANamespaceListsItsStoredKeysAsBinary()
    {
        using var m = new Module();
        m.Certificates.Files["mqtt_ca.pem"] = Bytes("a");
        m.Certificates.Files["mqtt_ca_1.pem"] = Bytes("b");
        m.Certificates.Files["mqtt_cert.pem"] = Bytes("c");
        Expect("+SYSMFG:\"mqtt_ca\",\"mqtt_ca\",8\r\n+SYSMFG:\"mqtt_ca\",\"mqtt_ca.1\",8\r\n\r\nOK\r\n",
            m.Send("AT+SYSMFG=1,\"mqtt_ca\"\r\n"));
    }

    [TestMethod]
    public void ReadOfANamespaceWithNothingStoredIsJustOk()
    {
        using var m = new Module();
        Expect("\r\nOK\r\n", m.Send("AT+SYSMFG=1,\"mqtt_key\"\r\n"));
    }

    [TestMethod]
    public void ReadOfAKeyGivesTypeLengthAndTheRawValue()
    {
        using var m = new Module();
        m.Certificates.Files["mqtt_cert.pem"] = Bytes("ab\r\n\0\xff");
        Expect("+SYSMFG:\"mqtt_cert\",\"mqtt_cert\",8,6,ab\r\n\0\xff\r\n\r\nOK\r\n",
            m.Send("AT+SYSMFG=1,\"mqtt_cert\",\"mqtt_cert\"\r\n"));
    }

    [TestMethod]
    public void ReadWithOffsetAndLengthGivesThatSlice()
    {
        using var m = new Module();
        m.Certificates.Files["mqtt_key_1.pem"] = Bytes("0123456789");
        Expect("+SYSMFG:\"mqtt_key\",\"mqtt_key.1\",8,3,234\r\n\r\nOK\r\n",
            m.Send("AT+SYSMFG=1,\"mqtt_key\",\"mqtt_key.1\",2,3\r\n"));
        Expect("+SYSMFG:\"mqtt_key\",\"mqtt_key.1\",8,1,9\r\n\r\nOK\r\n",
            m.Send("AT+SYSMFG=1,\"mqtt_key\",\"mqtt_key.1\",9,1\r\n"));
    }

    [TestMethod]
    public void AnOffsetAtOrPastTheEndIsAnInvalidOffset()
    {
        using var m = new Module();
        m.Certificates.Files["mqtt_ca.pem"] = Bytes("0123456789");
        Expect(Error(0x01070003), m.Send("AT+SYSMFG=1,\"mqtt_ca\",\"mqtt_ca\",10,1\r\n"));
    }

    [TestMethod]
    public void ALengthReachingPastTheEndIsAnInvalidLength()
    {
        using var m = new Module();
        m.Certificates.Files["mqtt_ca.pem"] = Bytes("0123456789");
        Expect(Error(0x01070004), m.Send("AT+SYSMFG=1,\"mqtt_ca\",\"mqtt_ca\",5,6\r\n"));
        Expect(Error(0x01070004), m.Send("AT+SYSMFG=1,\"mqtt_ca\",\"mqtt_ca\",0,0\r\n"));
    }

    [TestMethod]
    public void ReadOfAKeyWithNothingStoredIsErrorAndTheLogSaysWhy()
    {
        using var m = new Module();
        Expect("\r\nERROR\r\n", m.Send("AT+SYSMFG=1,\"mqtt_ca\",\"mqtt_ca.1\"\r\n"));
        Assert.IsTrue(m.Log.Any("mqtt_ca_1.pem is missing"), string.Join("; ", m.Log.Snapshot()));
    }

    [TestMethod]
    public void WriteOfABinaryValuePromptsTakesExactlyLengthBytesThenOk()
    {
        using var m = new Module();
        Expect("\r\nOK\r\n\r\n>", m.Send("AT+SYSMFG=2,\"mqtt_key\",\"mqtt_key.1\",8,8\r\n"));
        Expect("\r\nOK\r\n", m.Send("k\r\ne,y\"\0"));
        CollectionAssert.AreEqual(Bytes("k\r\ne,y\"\0"), m.Certificates.Files["mqtt_key_1.pem"]);
        Expect("\r\nOK\r\n", m.Send("AT\r\n"));
    }

    [TestMethod]
    [DataRow("mqtt_ca", "mqtt_ca", "mqtt_ca.pem")]
    [DataRow("mqtt_ca", "mqtt_ca.1", "mqtt_ca_1.pem")]
    [DataRow("mqtt_cert", "mqtt_cert", "mqtt_cert.pem")]
    [DataRow("mqtt_cert", "mqtt_cert.1", "mqtt_cert_1.pem")]
    [DataRow("mqtt_key", "mqtt_key", "mqtt_key.pem")]
    [DataRow("mqtt_key", "mqtt_key.1", "mqtt_key_1.pem")]
    public void EachKeyIsTheCertificateFileMqttConnReads(string ns, string key, string file)
    {
        using var m = new Module();
        Expect("\r\nOK\r\n\r\n>", m.Send($"AT+SYSMFG=2,\"{ns}\",\"{key}\",8,4\r\n"));
        Expect("\r\nOK\r\n", m.Send("PEM!"));
        Assert.AreEqual(file, m.Certificates.Files.Keys.Single());
    }

    [TestMethod]
    public void WriteReplacesTheWholeValue()
    {
        using var m = new Module();
        m.Certificates.Files["mqtt_ca.pem"] = Bytes("an old and longer value");
        Expect("\r\nOK\r\n\r\n>", m.Send("AT+SYSMFG=2,\"mqtt_ca\",\"mqtt_ca\",8,3\r\n"));
        Expect("\r\nOK\r\n", m.Send("new"));
        Expect("+SYSMFG:\"mqtt_ca\",\"mqtt_ca\",8,3,new\r\n\r\nOK\r\n", m.Send("AT+SYSMFG=1,\"mqtt_ca\",\"mqtt_ca\"\r\n"));
    }

    [TestMethod]
    [DataRow(1)]
    [DataRow(6)]
    [DataRow(7)]
    public void WriteOfAnythingButABinaryValueIsAnInvalidType(int type)
    {
        using var m = new Module();
        Expect(Error(0x01070003), m.Send($"AT+SYSMFG=2,\"mqtt_ca\",\"mqtt_ca\",{type},3\r\n"));
        Assert.AreEqual(0, m.Certificates.Files.Count);
    }

    [TestMethod]
    public void WriteLongerThanARawBlockIsAnInvalidLength()
    {
        using var m = new Module(configure: o => o.MaxRawDataLength = 100);
        Expect(Error(0x01070004), m.Send("AT+SYSMFG=2,\"mqtt_ca\",\"mqtt_ca\",8,101\r\n"));
        Expect("\r\nOK\r\n\r\n>", m.Send("AT+SYSMFG=2,\"mqtt_ca\",\"mqtt_ca\",8,100\r\n"));
        Expect("\r\nOK\r\n", m.Send(new string('x', 100)));
    }

    [TestMethod]
    public void WriteOfLengthZeroIsAnInvalidLength()
    {
        using var m = new Module();
        Expect(Error(0x01070004), m.Send("AT+SYSMFG=2,\"mqtt_ca\",\"mqtt_ca\",8,0\r\n"));
    }

    [TestMethod]
    public void AWriteTheStoreRefusesIsErrorWithTheReasonInTheLog()
    {
        using var m = new Module();
        m.Certificates.Refusal = new StoreResult(StoreOutcome.Failed, "storage full");
        Expect("\r\nOK\r\n\r\n>", m.Send("AT+SYSMFG=2,\"mqtt_cert\",\"mqtt_cert\",8,3\r\n"));
        Expect("\r\nERROR\r\n", m.Send("abc"));
        Assert.IsTrue(m.Log.Any("writing mqtt_cert.pem failed: storage full"), string.Join("; ", m.Log.Snapshot()));
    }

    [TestMethod]
    public void AWriteCutShortByAVanishedHostStoresNothing()
    {
        using var m = new Module();
        m.Certificates.Files["mqtt_ca.pem"] = Bytes("good");
        Expect("\r\nOK\r\n\r\n>", m.Send("AT+SYSMFG=2,\"mqtt_ca\",\"mqtt_ca\",8,100\r\n"));
        m.Feed(new byte[50]);
        m.Engine.NewHost();
        Expect("\r\nOK\r\n", m.Send("AT\r\n"));
        CollectionAssert.AreEqual(Bytes("good"), m.Certificates.Files["mqtt_ca.pem"]);
        Assert.AreEqual(1, m.Certificates.Files.Count);
    }

    [TestMethod]
    public void EraseOfAKeyRemovesOnlyThatFile()
    {
        using var m = new Module();
        m.Certificates.Files["mqtt_cert.pem"] = Bytes("a");
        m.Certificates.Files["mqtt_cert_1.pem"] = Bytes("b");
        Expect("\r\nOK\r\n", m.Send("AT+SYSMFG=0,\"mqtt_cert\",\"mqtt_cert.1\"\r\n"));
        CollectionAssert.AreEqual(new[] { "mqtt_cert.pem" }, m.Certificates.Files.Keys.ToArray());
    }

    [TestMethod]
    public void EraseOfAKeyWithNothingStoredIsErrorAndTheLogSaysWhy()
    {
        using var m = new Module();
        Expect("\r\nERROR\r\n", m.Send("AT+SYSMFG=0,\"mqtt_cert\",\"mqtt_cert\"\r\n"));
        Assert.IsTrue(m.Log.Any("erasing mqtt_cert.pem failed"), string.Join("; ", m.Log.Snapshot()));
    }

    [TestMethod]
    public void EraseOfANamespaceRemovesEveryKeyOfItAndNothingElse()
    {
        using var m = new Module();
        m.Certificates.Files["mqtt_key.pem"] = Bytes("a");
        m.Certificates.Files["mqtt_key_1.pem"] = Bytes("b");
        m.Certificates.Files["mqtt_ca.pem"] = Bytes("c");
        Expect("\r\nOK\r\n", m.Send("AT+SYSMFG=0,\"mqtt_key\"\r\n"));
        CollectionAssert.AreEqual(new[] { "mqtt_ca.pem" }, m.Certificates.Files.Keys.ToArray());
        Expect("\r\nOK\r\n", m.Send("AT+SYSMFG=0,\"mqtt_key\"\r\n"));
    }

    [TestMethod]
    public void AnEraseTheStoreRefusesIsErrorWithTheReasonInTheLog()
    {
        using var m = new Module();
        m.Certificates.Files["mqtt_ca_1.pem"] = Bytes("a");
        m.Certificates.Refusal = new StoreResult(StoreOutcome.Failed, "read-only");
        Expect("\r\nERROR\r\n", m.Send("AT+SYSMFG=0,\"mqtt_ca\"\r\n"));
        Assert.IsTrue(m.Log.Any("erasing mqtt_ca.pem failed: read-only"), string.Join("; ", m.Log.Snapshot()));
    }

    [TestMethod]
    [DataRow("AT+SYSMFG=1,\"factory_param\"", 0x01070001)]
    [DataRow("AT+SYSMFG=2,\"client_cert\",\"client_cert.0\",8,3", 0x01070001)]
    [DataRow("AT+SYSMFG=0,\"MQTT_CA\"", 0x01070001)]
    [DataRow("AT+SYSMFG=1,\"mqtt_ca\",\"mqtt_cert\"", 0x01070002)]
    [DataRow("AT+SYSMFG=1,\"mqtt_ca\",\"mqtt_ca.2\"", 0x01070002)]
    [DataRow("AT+SYSMFG=2,\"mqtt_ca\",\"mqtt_ca.0\",8,3", 0x01070002)]
    [DataRow("AT+SYSMFG=3,\"mqtt_ca\"", 0x01070000)]
    [DataRow("AT+SYSMFG=-1", 0x01070000)]
    [DataRow("AT+SYSMFG=1,mqtt_ca", 0x01080001)]
    [DataRow("AT+SYSMFG=1,\"mqtt_ca\",\"mqtt_ca\",x,1", 0x01080003)]
    [DataRow("AT+SYSMFG=0", 0x01060000)]
    [DataRow("AT+SYSMFG=0,\"mqtt_ca\",\"mqtt_ca\",1", 0x01060000)]
    [DataRow("AT+SYSMFG=1,\"mqtt_ca\",\"mqtt_ca\",1", 0x01060000)]
    [DataRow("AT+SYSMFG=2,\"mqtt_ca\",\"mqtt_ca\",8", 0x01060000)]
    [DataRow("AT+SYSMFG=2,\"mqtt_ca\"", 0x01060000)]
    [DataRow("AT+SYSMFG=1,\"mqtt_ca\",\"mqtt_ca\",0,1,2", 0x01060000)]
    public void ABadParameterIsNamedByItsCode(string line, int code)
    {
        using var m = new Module();
        Expect(Error(code), m.Send(line + "\r\n"));
        Assert.AreEqual(0, m.Certificates.Files.Count);
    }

    [TestMethod]
    public void TestAndExecuteFormsAreNotAnswered()
    {
        using var m = new Module();
        Expect("\r\nERROR\r\n", m.Send("AT+SYSMFG=?\r\n"));
        Expect("\r\nERROR\r\n", m.Send("AT+SYSMFG\r\n"));
    }
}
