using EspAtNano.Engine.Device;

namespace EspAtNano.Tests.Device;

/// <summary>Wi-Fi events of the station only (AtFirmware.Engine/Device/StationInterface.cs): a soft AP's never look like the station's.</summary>
[TestClass]
public sealed class StationInterfaceTests
{
    [TestMethod]
    public void TheStationsIndexIsTheStation()
    {
        Assert.IsTrue(StationInterface.IsStation((ushort)0));
        Assert.IsTrue(StationInterface.IsStation(0));
    }

    [TestMethod]
    [DataRow((ushort)1, DisplayName = "soft AP")]
    [DataRow((ushort)2, DisplayName = "Ethernet")]
    [DataRow((ushort)3, DisplayName = "OpenThread")]
    public void OtherInterfacesAreNotTheStation(ushort index)
    {
        Assert.IsFalse(StationInterface.IsStation(index));
        Assert.IsFalse(StationInterface.IsStation((int)index));
    }

    [TestMethod]
    public void ASenderWithoutAnIndexCountsAsTheStation()
    {
        Assert.IsTrue(StationInterface.IsStation(null!));
        Assert.IsTrue(StationInterface.IsStation(new object()));
    }
}
