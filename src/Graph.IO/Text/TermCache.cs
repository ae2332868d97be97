using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Graph.IO.Text;

/// <summary>
/// A small direct-mapped cache from the raw bytes of a token to the term (or string) they stand for. Real data repeats
/// predicates, classes, datatypes and language tags endlessly; looking them up by their bytes saves decoding, resolving
/// and allocating the same string again. A collision simply overwrites the slot, so the cache never grows.
/// </summary>
internal sealed class TermCache<T> where T : class
{
    // Keys live in one arena of fixed-size slots, so that caching never allocates.
    private readonly byte[] _arena;
    private readonly int[] _lengths;
    private readonly T?[] _values;
    private readonly int _mask;
    private readonly int _maxKeyLength;

    /// <param name="capacity">Number of slots (a power of two).</param>
    /// <param name="maxKeyLength">Longer keys are not cached: long IRIs and texts are rarely repeated.</param>
    public TermCache(int capacity, int maxKeyLength)
    {
        if (!int.IsPow2(capacity)) throw new ArgumentOutOfRangeException(nameof(capacity), "must be a power of two");
        _arena = new byte[capacity * maxKeyLength];
        _lengths = new int[capacity];
        _values = new T?[capacity];
        _mask = capacity - 1;
        _maxKeyLength = maxKeyLength;
    }

    /// <summary>The cached value for <paramref name="key"/>, or null; <paramref name="slot"/> is where to <see cref="Set"/> it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public T? Get(ReadOnlySpan<byte> key, out int slot)
    {
        slot = (int)Hash(key) & _mask;
        var value = _values[slot];
        return value is not null && _lengths[slot] == key.Length && key.SequenceEqual(_arena.AsSpan(slot * _maxKeyLength, key.Length)) ? value : null;
    }

    public void Set(int slot, ReadOnlySpan<byte> key, T value)
    {
        if (key.Length > _maxKeyLength) return;
        key.CopyTo(_arena.AsSpan(slot * _maxKeyLength));
        _lengths[slot] = key.Length;
        _values[slot] = value;
    }

    /// <summary>Forgets everything (after <c>@base</c> or <c>@prefix</c> change what the same bytes mean).</summary>
    public void Clear() => Array.Clear(_values);

    // Mixes the length with the first, middle and last eight bytes: IRIs that share a long namespace differ at the end.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Hash(ReadOnlySpan<byte> s)
    {
        const ulong K = 0x9E3779B97F4A7C15;
        var h = (ulong)s.Length * K;
        if (s.Length >= 8)
        {
            ref var r = ref MemoryMarshal.GetReference(s);
            h = (h ^ Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref r, s.Length - 8))) * K;
            h = (h ^ Unsafe.ReadUnaligned<ulong>(ref r)) * K;
            h = (h ^ Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref r, (s.Length - 8) / 2))) * K;
        }
        else
        {
            foreach (var b in s) h = (h ^ b) * K;
        }
        return (uint)(h >> 32) ^ (uint)h;
    }
}
