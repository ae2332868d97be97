using System.Globalization;
using System.Text;
using Graph.Core.Terms;

namespace Graph.IO.Text;

/// <summary>
/// The blank nodes of one document. Labels from the source become <c>{prefix}_{label}</c> and nodes without a label
/// <c>{prefix}-{n}</c>, so the two never collide, and two documents (two prefixes) never share a node.
/// </summary>
internal sealed class BlankNodeScope(string? prefix)
{
    private static long s_documents;

    private readonly string _prefix = string.IsNullOrEmpty(prefix)
        ? "d" + Interlocked.Increment(ref s_documents).ToString(CultureInfo.InvariantCulture)
        : prefix;
    private readonly TermCache<BlankNode> _cache = new(512, 64);
    private int _fresh;
    private byte[]? _prefixBytes;
    private readonly byte[][] _labelBuffers = [new byte[64], new byte[64], new byte[64]];

    /// <summary>Where <see cref="LabelBytes"/> writes, so that the labels of one statement do not overwrite each other.</summary>
    public const int SubjectSlot = 0, ObjectSlot = 1, GraphSlot = 2;

    /// <summary>The node for a label written in the document (the bytes after <c>_:</c>).</summary>
    public BlankNode Labeled(ReadOnlySpan<byte> label)
    {
        var node = _cache.Get(label, out var slot);
        if (node is not null) return node;
        node = new BlankNode(_prefix + "_" + Encoding.UTF8.GetString(label));
        _cache.Set(slot, label, node);
        return node;
    }

    /// <summary>
    /// The UTF-8 bytes of <see cref="BlankNode.Label"/> for the node <see cref="Labeled"/> would give, without creating
    /// it: valid until the next call for the same <paramref name="slot"/>.
    /// </summary>
    public ReadOnlySpan<byte> LabelBytes(ReadOnlySpan<byte> label, int slot)
    {
        var prefix = _prefixBytes ??= Encoding.UTF8.GetBytes(_prefix + "_");
        ref var buffer = ref _labelBuffers[slot];
        var length = prefix.Length + label.Length;
        if (buffer.Length < length) buffer = new byte[Math.Max(length, buffer.Length * 2)];
        prefix.CopyTo(buffer, 0);
        label.CopyTo(buffer.AsSpan(prefix.Length));
        return buffer.AsSpan(0, length);
    }

    /// <summary>A node that has no label in the source (<c>[]</c>, property lists, collections).</summary>
    public BlankNode Fresh() => new(_prefix + "-" + (++_fresh).ToString(CultureInfo.InvariantCulture));
}
