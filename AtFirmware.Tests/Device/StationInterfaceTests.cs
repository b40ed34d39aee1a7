using EspAtNano.Engine.Device;
using nanoFramework.TestFramework;

namespace EspAtNano.Firmware.Tests.Device
{
    /// <summary>Wi-Fi events of the station only (AtFirmware.Engine/Device/StationInterface.cs): a soft AP's never look like the station's.</summary>
    [TestClass]
    public class StationInterfaceTests
    {
        [TestMethod]
        public void TheStationsIndexIsTheStation()
        {
            Assert.IsTrue(StationInterface.IsStation((ushort)0));
            Assert.IsTrue(StationInterface.IsStation(0));
        }

        [TestMethod]
        [DataRow(1)]
        [DataRow(2)]
        [DataRow(3)]
        public void OtherInterfacesAreNotTheStation(int index)
        {
            Assert.IsFalse(StationInterface.IsStation((ushort)index), "ushort " + index.ToString());
            Assert.IsFalse(StationInterface.IsStation(index), "int " + index.ToString());
        }

        [TestMethod]
        public void ASenderWithoutAnIndexCountsAsTheStation()
        {
            Assert.IsTrue(StationInterface.IsStation(null));
            Assert.IsTrue(StationInterface.IsStation(new object()));
        }
    }
}
