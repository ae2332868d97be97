using System.Buffers.Binary;
using System.Numerics;

namespace Graph.Store;

/// <summary>
/// A fast non-cryptographic hash over bytes (8 bytes per step, multiply–rotate mixing). Only used inside one process
/// for the dictionary's hash table, so it needs speed and spread, not stability across versions.
/// </summary>
internal static class Utf8Hash
{
    private const ulong K1 = 0x9E3779B97F4A7C15UL;
    private const ulong K2 = 0xC2B2AE3D27D4EB4FUL;

    public static int Compute(ReadOnlySpan<byte> bytes)
    {
        var h = (ulong)bytes.Length * K1;
        while (bytes.Length >= 8)
        {
            h = BitOperations.RotateLeft(h ^ (BinaryPrimitives.ReadUInt64LittleEndian(bytes) * K2), 31) * K1;
            bytes = bytes[8..];
        }
        if (bytes.Length > 0)
        {
            ulong tail = 0;
            for (var i = 0; i < bytes.Length; i++) tail |= (ulong)bytes[i] << (8 * i);
            h = BitOperations.RotateLeft(h ^ (tail * K2), 31) * K1;
        }
        h ^= h >> 29;
        h *= K2;
        h ^= h >> 32;
        return (int)h;
    }
}
