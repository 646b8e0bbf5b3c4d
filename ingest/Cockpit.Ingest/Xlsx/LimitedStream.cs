namespace Cockpit.Ingest.Xlsx;

/// <summary>
/// Reads an inflating zip entry and stops past a byte limit, whatever the entry's header claimed, or once
/// <paramref name="cancel"/> is cancelled (checked on every read of a buffer: the time limit on reading an upload).
/// </summary>
internal sealed class LimitedStream(Stream inner, long limit, Action onExceeded, CancellationToken cancel = default) : Stream
{
    private long read;

    public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

    public override int Read(Span<byte> buffer) => Count(inner.Read(buffer));

    private int Count(int n)
    {
        cancel.ThrowIfCancellationRequested();
        read += n;
        if (read > limit) onExceeded();
        return n;
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => read; set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }
}
