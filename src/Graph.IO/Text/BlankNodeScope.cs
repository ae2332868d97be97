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

    /// <summary>The node for a label written in the document (the bytes after <c>_:</c>).</summary>
    public BlankNode Labeled(ReadOnlySpan<byte> label)
    {
        var node = _cache.Get(label, out var slot);
        if (node is not null) return node;
        node = new BlankNode(_prefix + "_" + Encoding.UTF8.GetString(label));
        _cache.Set(slot, label, node);
        return node;
    }

    /// <summary>A node that has no label in the source (<c>[]</c>, property lists, collections).</summary>
    public BlankNode Fresh() => new(_prefix + "-" + (++_fresh).ToString(CultureInfo.InvariantCulture));
}
