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
    private readonly byte[]?[] _keys;
    private readonly T?[] _values;
    private readonly int _mask;

    public TermCache(int capacity = 4096)
    {
        if (!int.IsPow2(capacity)) throw new ArgumentOutOfRangeException(nameof(capacity), "must be a power of two");
        _keys = new byte[]?[capacity];
        _values = new T?[capacity];
        _mask = capacity - 1;
    }

    /// <summary>Keys longer than this are not cached: long IRIs and texts are rarely repeated.</summary>
    public const int MaxKeyLength = 256;

    /// <summary>The cached value for <paramref name="key"/>, or null; <paramref name="slot"/> is where to <see cref="Set"/> it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public T? Get(ReadOnlySpan<byte> key, out int slot)
    {
        slot = (int)Hash(key) & _mask;
        var k = _keys[slot];
        return k is not null && key.SequenceEqual(k) ? _values[slot] : null;
    }

    public void Set(int slot, ReadOnlySpan<byte> key, T value)
    {
        if (key.Length > MaxKeyLength) return;
        var k = _keys[slot];
        if (k is null || k.Length != key.Length) _keys[slot] = k = new byte[key.Length];
        key.CopyTo(k);
        _values[slot] = value;
    }

    /// <summary>Forgets everything (after <c>@base</c> or <c>@prefix</c> change what the same bytes mean).</summary>
    public void Clear()
    {
        Array.Clear(_keys);
        Array.Clear(_values);
    }

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
