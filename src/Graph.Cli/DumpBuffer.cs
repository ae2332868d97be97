namespace Graph.Cli;

/// <summary>
/// A write-only in-memory stream for a dump being serialised: the bytes go into 1 MB chunks, never copied again until
/// they are written out. A <see cref="MemoryStream"/> would double its array up to the dump's size (large-object
/// allocations that each cost a full collection) and copy it once more to hand it over.
/// </summary>
internal sealed class DumpBuffer : Stream
{
    private const int ChunkSize = 1 << 20;
    private readonly List<byte[]> _chunks = [];
    private int _used = ChunkSize;
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
        while (buffer.Length > 0)
        {
            if (_used == ChunkSize)
            {
                _chunks.Add(GC.AllocateUninitializedArray<byte>(ChunkSize));
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

    /// <summary>Writes every byte held to <paramref name="destination"/>, in order.</summary>
    public void WriteTo(Stream destination)
    {
        for (var i = 0; i < _chunks.Count; i++)
            destination.Write(_chunks[i], 0, i == _chunks.Count - 1 ? _used : ChunkSize);
    }

    public override void Flush() { }
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
}
