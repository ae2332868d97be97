using System.Buffers;

namespace Graph.IO.Text;

/// <summary>
/// A write-only in-memory stream kept as a list of pooled 1 MB chunks, for output that must be held back until
/// something in front of it is known (Turtle's prefixes, JSON-LD's pruned context, a dump whose size a description
/// gives before the files are written). Dispose it to return the chunks to the pool. Unlike a growing
/// <see cref="MemoryStream"/> it never copies what it holds and never allocates one huge array: tens of megabytes of
/// doubling buffers are what made the garbage collector scan the whole heap again and again.
/// </summary>
public sealed class ChunkedBuffer : Stream
{
    private const int ChunkSize = 1 << 20;

    private readonly List<byte[]> _chunks = [];
    private int _used = ChunkSize; // bytes used in the last chunk; "full" until the first write
    private long _length;

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => _length;

    public override long Position
    {
        get => _length;
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        while (!buffer.IsEmpty)
        {
            if (_used == ChunkSize)
            {
                _chunks.Add(ArrayPool<byte>.Shared.Rent(ChunkSize));
                _used = 0;
            }
            var n = Math.Min(buffer.Length, ChunkSize - _used);
            buffer[..n].CopyTo(_chunks[^1].AsSpan(_used));
            _used += n;
            _length += n;
            buffer = buffer[n..];
        }
    }

    public override void WriteByte(byte value) => Write([value]);

    /// <summary>Copies bytes [<paramref name="start"/>, <see cref="Length"/> − <paramref name="trimEnd"/>) to <paramref name="output"/>.</summary>
    public void WriteTo(Stream output, long start = 0, long trimEnd = 0)
    {
        var end = _length - trimEnd;
        long offset = 0;
        foreach (var chunk in _chunks)
        {
            var from = Math.Max(start, offset);
            var to = Math.Min(end, offset + ChunkSize);
            if (to > from) output.Write(chunk, (int)(from - offset), (int)(to - from));
            offset += ChunkSize;
        }
    }

    public override void Flush() { }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        foreach (var chunk in _chunks) ArrayPool<byte>.Shared.Return(chunk);
        _chunks.Clear();
        _length = 0;
        _used = ChunkSize;
        base.Dispose(disposing);
    }
}
