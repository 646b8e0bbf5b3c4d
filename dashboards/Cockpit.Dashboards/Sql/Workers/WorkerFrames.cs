using System.Buffers.Binary;
using System.Text.Json;

namespace Cockpit.Dashboards.Sql.Workers;

/// <summary>
/// What a worker writes on its standard output: frames of a kind byte and a length. <c>R</c> once, when it is ready;
/// per statement any number of <c>D</c> (bytes of the answer, in order), then one <c>T</c> (a <see cref="WorkerTrailer"/>).
/// </summary>
public static class WorkerFrames
{
    public const byte Ready = (byte)'R';
    public const byte Data = (byte)'D';
    public const byte Trailer = (byte)'T';

    public static void Write(Stream output, byte kind, ReadOnlySpan<byte> payload)
    {
        Span<byte> header = stackalloc byte[5];
        header[0] = kind;
        BinaryPrimitives.WriteInt32LittleEndian(header[1..], payload.Length);
        output.Write(header);
        output.Write(payload);
        output.Flush();
    }

    public static void WriteTrailer(Stream output, WorkerTrailer trailer) => Write(output, Trailer, JsonSerializer.SerializeToUtf8Bytes(trailer));

    /// <summary>The next frame, or null at the end of the stream (the worker is gone: killing it is how a read is stopped).</summary>
    public static async Task<(byte Kind, byte[] Payload)?> ReadAsync(Stream input)
    {
        var header = new byte[5];
        if (!await Fill(input, header)) return null;
        var payload = new byte[BinaryPrimitives.ReadInt32LittleEndian(header.AsSpan(1))];
        return await Fill(input, payload) ? (header[0], payload) : null;
    }

    private static async Task<bool> Fill(Stream input, byte[] buffer)
    {
        for (var read = 0; read < buffer.Length;)
        {
            var n = await input.ReadAsync(buffer.AsMemory(read));
            if (n == 0) return false;
            read += n;
        }
        return true;
    }
}

/// <summary>A stream whose writes leave as <c>D</c> frames of at most 64 KiB, so a long CSV answer streams.</summary>
public sealed class DataFrameStream(Stream output) : Stream
{
    private readonly MemoryStream pending = new();

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        pending.Write(buffer);
        if (pending.Length >= 1 << 16) Flush();
    }

    public override void Flush()
    {
        if (pending.Length == 0) return;
        WorkerFrames.Write(output, WorkerFrames.Data, pending.GetBuffer().AsSpan(0, (int)pending.Length));
        pending.SetLength(0);
    }

    public override Task FlushAsync(CancellationToken cancellationToken)
    {
        Flush();
        return Task.CompletedTask;
    }

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
}
