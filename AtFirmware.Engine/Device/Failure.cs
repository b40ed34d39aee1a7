using System;

namespace EspAtNano.Engine.Device
{
    /// <summary>How an exception is named on the debug output: native exceptions often have no message, so the type comes first.</summary>
    internal static class Failure
    {
        public static string Describe(Exception e)
        {
            if (e == null)
            {
                return "unknown failure";
            }
            string text = e.GetType().FullName;
            if (e.Message != null && e.Message.Length > 0)
            {
                text += ": " + e.Message;
            }
            if (e.InnerException != null)
            {
                text += " <- " + Describe(e.InnerException);
            }
            return text;
        }
    }
}
