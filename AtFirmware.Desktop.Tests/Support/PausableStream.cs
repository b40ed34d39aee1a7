namespace EspAtNano.Desktop.Tests.Support
{
    /// <summary>
    /// A host MCU that stops reading its UART for a while (busy, or halted in a debugger): while
    /// paused, nothing is read from the inner stream, so the bytes the module sends pile up in
    /// the kernel's buffers until they are full. Writes always go through.
    /// </summary>
    public sealed class PausableStream : Stream
    {
        private readonly Stream _inner;
        private readonly ManualResetEventSlim _reading = new ManualResetEventSlim(true);

        public PausableStream(Stream inner)
        {
            _inner = inner;
        }

        public void Pause()
        {
            _reading.Reset();
        }

        public void Resume()
        {
            _reading.Set();
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            _reading.Wait();
            return _inner.Read(buffer, offset, count);
        }

        public override void Write(byte[] buffer, int offset, int count)
        {
            _inner.Write(buffer, offset, count);
        }

        public override void Flush()
        {
            _inner.Flush();
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _inner.Dispose();
                // A reader parked in Read must see the closed stream, not wait forever.
                _reading.Set();
            }
            base.Dispose(disposing);
        }
    }
}
