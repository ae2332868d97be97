namespace Graph.Store;

/// <summary>
/// Append-only storage for the UTF-8 keys of the dictionary, in fixed-size chunks. Chunks are never copied when the
/// arena grows, so peak memory stays close to the bytes stored (a doubling array would briefly hold 2.5× its content).
/// </summary>
internal sealed class ByteArena
{
    internal const int ChunkSize = 1 << 20;

    private readonly List<byte[]> _chunks = [];
    private byte[] _current = [];
    private int _currentIndex = -1;
    private int _used;

    /// <summary>Total bytes held by the chunks (for memory reports).</summary>
    public long AllocatedBytes { get; private set; }

    /// <summary>Copies <paramref name="bytes"/> into the arena and returns where it went.</summary>
    public (int Chunk, int Offset) Append(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > ChunkSize / 4)
        {
            // A long key (a long literal) gets a chunk of its own, so it never wastes the tail of the current chunk.
            var big = bytes.ToArray();
            _chunks.Add(big);
            AllocatedBytes += big.Length;
            return (_chunks.Count - 1, 0);
        }
        if (_current.Length - _used < bytes.Length)
        {
            _current = new byte[ChunkSize];
            _chunks.Add(_current);
            _currentIndex = _chunks.Count - 1;
            AllocatedBytes += ChunkSize;
            _used = 0;
        }
        var offset = _used;
        bytes.CopyTo(_current.AsSpan(offset));
        _used += bytes.Length;
        return (_currentIndex, offset);
    }

    public ReadOnlySpan<byte> Get(int chunk, int offset, int length) => _chunks[chunk].AsSpan(offset, length);
}
