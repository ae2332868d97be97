using Graph.Core.Terms;
using Graph.IO.NTriples;
using Graph.IO.Text;

namespace Graph.IO.Turtle;

/// <summary>
/// Writes a planned <see cref="TurtleIdLayout"/> exactly as <see cref="TurtleSerializer"/> writes the same statements,
/// from the terms' bytes: each IRI's prefix is chosen once per id, predicates and datatypes are encoded once, and only
/// literals in a form the bytes cannot settle (multi-line strings) become objects for the moment they are written.
/// </summary>
internal sealed partial class TurtleIdSerializer
{
    private readonly TurtleIdLayout _layout;
    private readonly TurtleTermWriter _terms;
    private readonly Utf8Sink _sink;
    private readonly TermTable _table;

    // Per term id: the prefix chosen for the IRI + 2 (0 = not chosen yet, 1 = none).
    private readonly int[] _prefixOf;
    // Per predicate rank: the predicate as written ("a", a prefixed name or an IRIREF).
    private readonly byte[]?[] _predicates;
    // The datatypes met so far, by id (few: a linear search, and no dictionary over this struct to compile at run time).
    private int[] _datatypeIds = new int[8];
    private Datatype[] _datatypes = new Datatype[8];
    private int _datatypeCount;
    private readonly Dictionary<int, int> _blankLabels = [];

    private TurtleIdSerializer(TurtleIdLayout layout, TurtleTermWriter terms)
    {
        _layout = layout;
        _terms = terms;
        _sink = terms.Sink;
        _table = layout.Terms;
        _prefixOf = new int[_table.Count];
        _predicates = new byte[]?[layout.PredicatesByRank.Length];
    }

    public static void Write(TurtleIdLayout layout, Stream output, RdfWriterOptions options)
    {
        TurtleIdSerializer? serializer = null;
        TurtleSerializer.WriteDocument(output, options, layout.Roots.Length > 0,
            terms => (serializer = new TurtleIdSerializer(layout, terms)).DeclarePrefixes(),
            _ => serializer!.WriteBody());
    }

    /// <summary>
    /// Marks the prefixes the body will use, so the header can go first: those of every IRI written — subjects,
    /// predicates but <c>rdf:type</c> (written <c>a</c>), objects but <c>rdf:nil</c> (written <c>()</c>) — and the
    /// datatypes of literals not written bare.
    /// </summary>
    private void DeclarePrefixes()
    {
        foreach (var p in _layout.PredicatesByRank)
            if (!_table.ValueOf(p).SequenceEqual(RdfType)) _terms.MarkUsed(PrefixOf(p));
        for (var id = 0; id < _table.Count; id++)
        {
            if (_table.KindOf(id) != TermKind.Iri) continue;
            if (_layout.EntryOf(id) >= 0 || (_layout.IsObject(id) && !_table.ValueOf(id).SequenceEqual(RdfNil)))
                _terms.MarkUsed(PrefixOf(id));
        }
        var datatypes = _table.Datatypes;
        for (var i = 0; i < datatypes.Count; i++)
        {
            var datatype = datatypes[i];
            var type = DatatypeOf(datatype);
            if (type.Prefix < 0 || _terms.IsUsed(type.Prefix)) continue;
            if (type.Shape == NumberShape.None || AnyWrittenWithSuffix(datatype)) _terms.MarkUsed(type.Prefix);
        }
    }

    private void WriteBody()
    {
        var roots = _layout.Roots;
        for (var i = 0; i < roots.Length; i++)
        {
            if (i > 0) _sink.Write((byte)'\n');
            WriteSubject(roots[i]);
        }
    }

    private void WriteSubject(int entry)
    {
        var subject = _layout.SubjectOf(entry);
        if (_layout.IsAnonymousSubject(subject)) _sink.Write("[]"u8);
        else if (_table.KindOf(subject) == TermKind.Iri) WriteIri(subject);
        else WriteBlankNode(subject);
        _sink.Write((byte)' ');
        WritePredicateObjectList(entry, 1);
        _sink.Write(" .\n"u8);
    }

    // [7] predicateObjectList ::= verb objectList (';' (verb objectList)?)*
    // [8] objectList ::= object (',' object)*
    private void WritePredicateObjectList(int entry, int level)
    {
        var pairs = _layout.Pairs.AsSpan(_layout.EntryStarts[entry], _layout.EntryLengths[entry]);
        for (var i = 0; i < pairs.Length; i++)
        {
            var pair = pairs[i];
            if (i == 0 || pair.Rank != pairs[i - 1].Rank)
            {
                if (i > 0) NewLine(" ;\n"u8, level);
                // Kept with the space that follows it.
                _sink.Write(_predicates[pair.Rank] ?? EncodePredicate(pair));
            }
            else _sink.Write(", "u8);
            WriteObject(pair.Object, level);
        }
    }

    private byte[] EncodePredicate(IdPair pair)
    {
        var value = _table.ValueOf(pair.Predicate);
        if (value.SequenceEqual(RdfType)) return _predicates[pair.Rank] = "a "u8.ToArray();
        var prefix = PrefixOf(pair.Predicate);
        _terms.MarkUsed(prefix); // encoded when first written
        return _predicates[pair.Rank] = Encode(() =>
        {
            _terms.EncodeIri(_table.ValueOf(pair.Predicate), prefix);
            _sink.Write((byte)' ');
        }, value.Length);
    }

    /// <summary>The bytes <paramref name="write"/> would put into the sink (for a term of <paramref name="length"/> bytes), taken back out.</summary>
    private byte[] Encode(Action write, int length)
    {
        // An escaped character takes at most 10 bytes (\UXXXXXXXX): reserving that much keeps the bytes in one buffer.
        _sink.Reserve(length * 10 + 64);
        var mark = _sink.Position;
        write();
        var bytes = _sink.WrittenSince(mark).ToArray();
        _sink.Advance(-bytes.Length);
        return bytes;
    }

    // [12] object ::= iri | BlankNode | collection | blankNodePropertyList | literal
    private void WriteObject(int obj, int level)
    {
        switch (_table.KindOf(obj))
        {
            case TermKind.Literal:
                WriteLiteral(obj);
                break;
            case TermKind.Iri when _table.ValueOf(obj).SequenceEqual(RdfNil):
                _sink.Write("()"u8);
                break;
            case TermKind.Iri:
                WriteIri(obj);
                break;
            case TermKind.BlankNode when _layout.IsInline(obj):
                var entry = _layout.EntryOf(obj);
                if (entry < 0) _sink.Write("[]"u8);
                else WriteBlankNodePropertyList(entry, level);
                break;
            default:
                WriteBlankNode(obj);
                break;
        }
    }

    private void WriteIri(int id)
    {
        var prefix = PrefixOf(id);
        _terms.WriteIri(_table.ValueOf(id), prefix);
    }

    private int PrefixOf(int id)
    {
        ref var prefix = ref _prefixOf[id];
        if (prefix == 0) prefix = _terms.PrefixOf(_table.ValueOf(id)) + 2;
        return prefix - 2;
    }

    /// <summary>Labels <c>_:b0</c>, <c>_:b1</c>… in the order first written, as <see cref="TurtleTermWriter.WriteBlankNode"/> numbers them.</summary>
    private void WriteBlankNode(int id)
    {
        if (!_blankLabels.TryGetValue(id, out var n)) _blankLabels[id] = n = _blankLabels.Count;
        _sink.Write("_:b"u8);
        _sink.Write(n);
    }

    // [14] blankNodePropertyList ::= '[' predicateObjectList ']'
    private void WriteBlankNodePropertyList(int entry, int level)
    {
        var pairs = _layout.Pairs.AsSpan(_layout.EntryStarts[entry], _layout.EntryLengths[entry]);
        if (pairs[0].Rank == pairs[^1].Rank)
        {
            _sink.Write("[ "u8);
            WritePredicateObjectList(entry, level + 1);
            _sink.Write(" ]"u8);
            return;
        }
        _sink.Write("[\n"u8);
        Indent(level + 1);
        WritePredicateObjectList(entry, level + 1);
        _sink.Write((byte)'\n');
        Indent(level);
        _sink.Write((byte)']');
    }

    private void Indent(int level) => NewLine(default, level);

    /// <summary>Writes <paramref name="text"/> (a line end) and the indentation of <paramref name="level"/> in one copy.</summary>
    private void NewLine(ReadOnlySpan<byte> text, int level)
    {
        var size = text.Length + 4 * level;
        if (size > LineStarts.Length)
        {
            _sink.Write(text);
            for (var i = 0; i < level; i++) _sink.Write("    "u8);
            return;
        }
        var span = _sink.GetSpan(size);
        text.CopyTo(span);
        LineStarts[..(4 * level)].CopyTo(span[text.Length..]);
        _sink.Advance(size);
    }

    private static ReadOnlySpan<byte> LineStarts => "                                                                "u8;

    private static ReadOnlySpan<byte> RdfType => "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"u8;

    private static ReadOnlySpan<byte> RdfNil => "http://www.w3.org/1999/02/22-rdf-syntax-ns#nil"u8;
}
