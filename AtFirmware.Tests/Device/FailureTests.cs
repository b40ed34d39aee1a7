using System;
using EspAtNano.Engine.Device;
using nanoFramework.TestFramework;

namespace EspAtNano.Firmware.Tests.Device
{
    /// <summary>
    /// How the device names an exception on its debug output (AtFirmware.Engine/Device/Failure.cs):
    /// the type first (native exceptions often carry no message), the message when there is one,
    /// and the inner exception that says what really failed.
    /// </summary>
    [TestClass]
    public class FailureTests
    {
        [TestMethod]
        public void AnExceptionIsNamedByTypeAndMessage()
        {
            Assert.AreEqual("System.InvalidOperationException: port gone", Failure.Describe(new InvalidOperationException("port gone")));
        }

        [TestMethod]
        public void AnExceptionWithoutAMessageIsNamedByItsType()
        {
            Assert.AreEqual("EspAtNano.Firmware.Tests.Device.FailureTests+Silent", Failure.Describe(new Silent()));
        }

        /// <summary>As a native exception often is (nanoFramework's own exceptions always have a message).</summary>
        private class Silent : Exception
        {
            public override string Message
            {
                get { return null; }
            }
        }

        [TestMethod]
        public void TheInnerExceptionFollows()
        {
            Exception wrapped = new Exception("connect failed", new InvalidOperationException("handshake"));
            Assert.AreEqual("System.Exception: connect failed <- System.InvalidOperationException: handshake", Failure.Describe(wrapped));
        }

        [TestMethod]
        public void NoExceptionIsAnUnknownFailure()
        {
            Assert.AreEqual("unknown failure", Failure.Describe(null));
        }
    }
}
