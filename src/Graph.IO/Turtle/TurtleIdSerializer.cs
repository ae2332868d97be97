using Graph.Core.Terms;
using Graph.IO.NTriples;
using Graph.IO.Text;

namespace Graph.IO.Turtle;

/// <summary>
/// Writes a planned <see cref="TurtleIdLayout"/> exactly as <see cref="TurtleSerializer"/> writes the same statements,
/// from the terms' bytes: each IRI's prefix is chosen once per id, predicates and datatypes are encoded once, and only
/// literals in a form the bytes cannot settle (multi-line strings) become objects for the moment they are written.
/// </summary>
internal sealed class TurtleIdSerializer
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

    /// <summary>Whether some literal of a number or boolean datatype is not in the shape written bare.</summary>
    private bool AnyWrittenWithSuffix(int datatype)
    {
        var type = DatatypeOf(datatype);
        foreach (var pair in _layout.Pairs)
        {
            if (!_table.TryGetLiteral(pair.Object, out var lexical, out _, out var d) || d != datatype) continue;
            if (!IsBare(lexical, type.Shape)) return true;
        }
        return false;
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

    /// <summary>A literal in the form <see cref="TurtleTermWriter.WriteLiteral"/> gives it, from its bytes.</summary>
    private void WriteLiteral(int obj)
    {
        _table.TryGetLiteral(obj, out var lexical, out var language, out var datatype);
        // One scan finds both what needs escaping and line ends.
        var escape = lexical.IndexOfAny(StringEscapes);
        if ((escape >= 0 && lexical[escape..].Contains((byte)'\n')) || language.IndexOfAnyInRange((byte)'A', (byte)'Z') >= 0)
        {
            // Long strings and upper-case tags (which a reader never hands over) are rare: the object path writes them.
            _terms.WriteLiteral((Literal)_table.TermOf(obj));
            return;
        }
        Datatype type = default;
        if (datatype >= 0)
        {
            type = DatatypeOf(datatype);
            if (IsBare(lexical, type.Shape))
            {
                _sink.Write(lexical);
                return;
            }
        }
        if (escape < 0)
        {
            var span = _sink.GetSpan(lexical.Length + 2);
            span[0] = (byte)'"';
            lexical.CopyTo(span[1..]);
            span[lexical.Length + 1] = (byte)'"';
            _sink.Advance(lexical.Length + 2);
        }
        else
        {
            _sink.Write((byte)'"');
            NTriplesTermWriter.WriteEscapedString(_sink, lexical);
            _sink.Write((byte)'"');
        }
        if (!language.IsEmpty)
        {
            _sink.Write((byte)'@');
            _sink.Write(language);
        }
        else if (type.Suffix is not null)
        {
            _terms.MarkUsed(type.Prefix);
            _sink.Write(type.Suffix);
        }
    }

    /// <summary>Whether a literal is written as a bare number or boolean, as <see cref="TurtleTermWriter.WriteLiteral"/> decides.</summary>
    private static bool IsBare(ReadOnlySpan<byte> lexical, NumberShape shape) => shape switch
    {
        NumberShape.Integer => TurtleGrammar.IsInteger(lexical),
        NumberShape.Decimal => TurtleGrammar.IsDecimal(lexical),
        NumberShape.Double => TurtleGrammar.IsDouble(lexical),
        NumberShape.Boolean => lexical.SequenceEqual("true"u8) || lexical.SequenceEqual("false"u8),
        _ => false,
    };

    private Datatype DatatypeOf(int id)
    {
        for (var i = 0; i < _datatypeCount; i++)
            if (_datatypeIds[i] == id) return _datatypes[i];
        var value = _table.ValueOf(id);
        var shape = NumberShape.None;
        if (value.StartsWith(XsdNamespace))
        {
            var local = value[XsdNamespace.Length..];
            shape = local.SequenceEqual("integer"u8) ? NumberShape.Integer
                : local.SequenceEqual("decimal"u8) ? NumberShape.Decimal
                : local.SequenceEqual("double"u8) ? NumberShape.Double
                : local.SequenceEqual("boolean"u8) ? NumberShape.Boolean
                : NumberShape.None;
        }
        var prefix = PrefixOf(id);
        var suffix = Encode(() =>
        {
            _sink.Write((byte)'^', (byte)'^');
            _terms.EncodeIri(_table.ValueOf(id), prefix);
        }, value.Length + 2);
        if (_datatypeCount == _datatypeIds.Length)
        {
            Array.Resize(ref _datatypeIds, _datatypeCount * 2);
            Array.Resize(ref _datatypes, _datatypeCount * 2);
        }
        _datatypeIds[_datatypeCount] = id;
        return _datatypes[_datatypeCount++] = new Datatype(shape, suffix, prefix);
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

    // What STRING_LITERAL_QUOTE cannot hold as is (NTriplesTermWriter escapes them), and the line end that makes a long string.
    private static readonly System.Buffers.SearchValues<byte> StringEscapes = System.Buffers.SearchValues.Create("\"\\\n\r"u8);

    private static ReadOnlySpan<byte> RdfType => "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"u8;

    private static ReadOnlySpan<byte> RdfNil => "http://www.w3.org/1999/02/22-rdf-syntax-ns#nil"u8;

    private static ReadOnlySpan<byte> XsdNamespace => "http://www.w3.org/2001/XMLSchema#"u8;

    private enum NumberShape : byte { None, Integer, Decimal, Double, Boolean }

    /// <summary>
    /// What a datatype's literals need: a bare form when their lexical form has its shape, else the suffix
    /// (<c>^^</c> and the IRI), whose prefix is declared only once some literal is written with it.
    /// </summary>
    private readonly record struct Datatype(NumberShape Shape, byte[]? Suffix, int Prefix);
}
