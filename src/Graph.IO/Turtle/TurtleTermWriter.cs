using System.Runtime.CompilerServices;
using System.Text;
using Graph.Core.Terms;
using Graph.Core.Vocabularies;
using Graph.IO.NTriples;
using Graph.IO.Text;

namespace Graph.IO.Turtle;

/// <summary>
/// Writes single terms in their shortest safe Turtle form: prefixed names, relative IRIs, bare numbers and booleans,
/// long strings. Remembers which prefixes it used, so that only those get declared.
/// </summary>
internal sealed partial class TurtleTermWriter(Utf8Sink sink, IReadOnlyList<KeyValuePair<string, string>> prefixes, string? baseIri)
{
    private readonly (string Prefix, string Namespace)[] _prefixes = Order(prefixes);

    private readonly IriRelativizer? _relativizer = baseIri is null ? null : new IriRelativizer(baseIri);
    private readonly Dictionary<BlankNode, int> _labels = [];
    private bool[]? _used;

    private const int RecentSize = 256;
    private readonly (Iri? Iri, int Prefix)[] _recent = new (Iri?, int)[RecentSize];

    public Utf8Sink Sink => sink;

    /// <summary>
    /// The usable prefixes, the last declaration of each name, longest namespace first so that the most specific prefix
    /// wins, ties broken by prefix name for determinism. (Loops rather than LINQ: a one-shot command would compile each
    /// LINQ instantiation over these tuples at run time.)
    /// </summary>
    private static (string Prefix, string Namespace)[] Order(IReadOnlyList<KeyValuePair<string, string>> prefixes)
    {
        var kept = new (string Prefix, string Namespace)[prefixes.Count];
        var n = 0;
        for (var k = 0; k < prefixes.Count; k++)
        {
            var (prefix, ns) = prefixes[k];
            if (!TurtleGrammar.IsPnPrefix(prefix) || ns.Length == 0) continue;
            var i = 0;
            while (i < n && kept[i].Prefix != prefix) i++;
            kept[i] = (prefix, ns);
            if (i == n) n++;
        }
        var ordered = new (string Prefix, string Namespace)[n];
        Array.Copy(kept, ordered, n);
        InsertionSort(ordered, byNamespaceLength: true);
        return ordered;
    }

    private static void InsertionSort((string Prefix, string Namespace)[] items, bool byNamespaceLength)
    {
        for (var i = 1; i < items.Length; i++)
        {
            var item = items[i];
            var j = i - 1;
            for (; j >= 0 && Compare(items[j], item) > 0; j--) items[j + 1] = items[j];
            items[j + 1] = item;
        }

        int Compare((string Prefix, string Namespace) x, (string Prefix, string Namespace) y)
        {
            var c = byNamespaceLength ? y.Namespace.Length.CompareTo(x.Namespace.Length) : 0;
            return c != 0 ? c : string.CompareOrdinal(x.Prefix, y.Prefix);
        }
    }

    /// <summary>The prefixes written so far, sorted by prefix name.</summary>
    public (string Prefix, string Namespace)[] UsedPrefixes
    {
        get
        {
            var used = new (string Prefix, string Namespace)[UsedPrefixCount];
            var n = 0;
            for (var i = 0; i < _prefixes.Length; i++)
                if (_used is not null && _used[i]) used[n++] = _prefixes[i];
            InsertionSort(used, byNamespaceLength: false);
            return used;
        }
    }

    public void WriteTerm(Term term)
    {
        switch (term)
        {
            case Iri iri: WriteIri(iri); break;
            case BlankNode b: WriteBlankNode(b); break;
            case Literal l: WriteLiteral(l); break;
            default: throw new System.Diagnostics.UnreachableException(term.GetType().Name);
        }
    }

    public void WritePredicate(Term predicate)
    {
        if (predicate is Iri iri && iri.Equals(Rdf.Type)) sink.Write((byte)'a');
        else WriteTerm(predicate);
    }

    public void WriteBlankNode(BlankNode b)
    {
        if (!_labels.TryGetValue(b, out var n)) _labels[b] = n = _labels.Count;
        sink.Write("_:b"u8);
        sink.Write(n);
    }

    public void WriteIri(Iri iri)
    {
        var value = iri.Value;
        var i = PrefixOf(iri);
        if (i >= 0)
        {
            var (prefix, ns) = _prefixes[i];
            (_used ??= new bool[_prefixes.Length])[i] = true;
            sink.Write(prefix);
            sink.Write((byte)':');
            WriteLocal(value.AsSpan(ns.Length));
            return;
        }
        var start = _relativizer?.RelativeStart(value) ?? -1;
        sink.Write((byte)'<');
        NTriplesTermWriter.WriteIriBody(sink, start < 0 ? value : value.AsSpan(start));
        sink.Write((byte)'>');
    }

    /// <summary>The index of the prefix to write <paramref name="iri"/> with, or -1 when none gives a legal local name.</summary>
    private int PrefixOf(Iri iri)
    {
        // Predicates, classes and datatypes recur on every line: remember recent decisions by reference.
        ref var slot = ref _recent[RuntimeHelpers.GetHashCode(iri) & (RecentSize - 1)];
        if (ReferenceEquals(slot.Iri, iri)) return slot.Prefix;
        var value = iri.Value;
        var found = -1;
        for (var i = 0; i < _prefixes.Length; i++)
        {
            var ns = _prefixes[i].Namespace;
            if (value.StartsWith(ns, StringComparison.Ordinal) && TurtleGrammar.IsWritableLocal(value.AsSpan(ns.Length)))
            {
                found = i;
                break;
            }
        }
        slot = (iri, found);
        return found;
    }

    // A local name that passed IsWritableLocal is well-formed UTF-16, so its UTF-8 form says the same: one writer for both.
    private void WriteLocal(ReadOnlySpan<char> local)
    {
        var max = Encoding.UTF8.GetMaxByteCount(local.Length);
        byte[]? rented = null;
        var bytes = max <= 512 ? stackalloc byte[512] : (rented = System.Buffers.ArrayPool<byte>.Shared.Rent(max));
        WriteLocal(bytes[..Encoding.UTF8.GetBytes(local, bytes)]);
        if (rented is not null) System.Buffers.ArrayPool<byte>.Shared.Return(rented);
    }

    public void WriteLiteral(Literal literal)
    {
        var lexical = literal.LexicalForm;
        if (literal.Language is not null)
        {
            WriteString(lexical);
            sink.Write((byte)'@');
            sink.Write(literal.Language);
            return;
        }
        var datatype = literal.Datatype;
        if (datatype.Equals(Xsd.String))
        {
            WriteString(lexical);
            return;
        }
        var bare = datatype.Value switch
        {
            Xsd.Namespace + "integer" => TurtleGrammar.IsInteger(lexical),
            Xsd.Namespace + "decimal" => TurtleGrammar.IsDecimal(lexical),
            Xsd.Namespace + "double" => TurtleGrammar.IsDouble(lexical),
            Xsd.Namespace + "boolean" => lexical is "true" or "false",
            _ => false,
        };
        if (bare)
        {
            sink.Write(lexical);
            return;
        }
        WriteString(lexical);
        sink.Write((byte)'^', (byte)'^');
        WriteIri(datatype);
    }

    /// <summary>A quoted string: <c>"..."</c>, or <c>"""..."""</c> when it spans lines.</summary>
    private void WriteString(string s)
    {
        if (!s.Contains('\n'))
        {
            sink.Write((byte)'"');
            NTriplesTermWriter.WriteEscapedString(sink, s);
            sink.Write((byte)'"');
            return;
        }
        // Encoded as the sink would encode it (a lone surrogate becomes U+FFFD either way); only ASCII is escaped.
        var bytes = System.Buffers.ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(s.Length));
        WriteLongString(bytes.AsSpan(0, Encoding.UTF8.GetBytes(s, bytes)));
        System.Buffers.ArrayPool<byte>.Shared.Return(bytes);
    }
}
