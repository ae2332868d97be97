using Graph.Core.Terms;
using Graph.Core.Vocabularies;
using Graph.IO.NTriples;
using Graph.IO.Text;

namespace Graph.IO.Turtle;

/// <summary>
/// Writes a planned <see cref="TurtleIdLayout"/> exactly as <see cref="TurtleSerializer"/> writes the same statements:
/// terms are made into objects only for the moment they are written (or kept when they recur, like predicates).
/// </summary>
internal sealed class TurtleIdSerializer(TurtleIdLayout layout, TurtleTermWriter terms)
{
    private readonly Utf8Sink _sink = terms.Sink;
    private readonly TermTable _table = layout.Terms;

    public static void Write(TurtleIdLayout layout, Stream output, RdfWriterOptions options) =>
        TurtleSerializer.WriteDocument(output, options, terms => new TurtleIdSerializer(layout, terms).WriteBody());

    private void WriteBody()
    {
        var roots = layout.Roots;
        for (var i = 0; i < roots.Length; i++)
        {
            if (i > 0) _sink.Write((byte)'\n');
            WriteSubject(roots[i]);
        }
    }

    private void WriteSubject(int entry)
    {
        var subject = layout.SubjectOf(entry);
        if (layout.IsAnonymousSubject(subject)) _sink.Write("[]"u8);
        else terms.WriteTerm(_table.TermOf(subject));
        _sink.Write((byte)' ');
        WritePredicateObjectList(entry, 1);
        _sink.Write(" .\n"u8);
    }

    // [7] predicateObjectList ::= verb objectList (';' (verb objectList)?)*
    // [8] objectList ::= object (',' object)*
    private void WritePredicateObjectList(int entry, int level)
    {
        var pairs = layout.Pairs.AsSpan(layout.EntryStarts[entry], layout.EntryLengths[entry]);
        for (var i = 0; i < pairs.Length; i++)
        {
            var pair = pairs[i];
            if (i == 0 || pair.Rank != pairs[i - 1].Rank)
            {
                if (i > 0)
                {
                    _sink.Write(" ;\n"u8);
                    Indent(level);
                }
                terms.WritePredicate(_table.TermOf(pair.Predicate));
                _sink.Write((byte)' ');
            }
            else _sink.Write(", "u8);
            WriteObject(pair.Object, level);
        }
    }

    // [12] object ::= iri | BlankNode | collection | blankNodePropertyList | literal
    private void WriteObject(int obj, int level)
    {
        if (layout.IsInline(obj))
        {
            var entry = layout.EntryOf(obj);
            if (entry < 0) _sink.Write("[]"u8);
            else WriteBlankNodePropertyList(entry, level);
        }
        else if (_table.KindOf(obj) == TermKind.Iri && _table.ValueOf(obj).SequenceEqual("http://www.w3.org/1999/02/22-rdf-syntax-ns#nil"u8)) _sink.Write("()"u8);
        else if (!TryWriteLiteral(obj)) terms.WriteTerm(_table.TermOf(obj));
    }

    /// <summary>
    /// Writes a literal from its bytes when its form is the plain one: one line, a lower-case language tag, and a
    /// datatype never written bare. Other literals go through <see cref="TurtleTermWriter.WriteLiteral"/>.
    /// </summary>
    private bool TryWriteLiteral(int obj)
    {
        if (!_table.TryGetLiteral(obj, out var lexical, out var language, out var datatype)) return false;
        if (lexical.Contains((byte)'\n') || language.IndexOfAnyInRange((byte)'A', (byte)'Z') >= 0) return false;
        Iri? type = null;
        if (datatype >= 0)
        {
            type = (Iri)_table.TermOf(datatype);
            if (type.Value is Xsd.Namespace + "integer" && IsInteger(lexical))
            {
                _sink.Write(lexical); // bare, as TurtleTermWriter writes it
                return true;
            }
            if (type.Value is Xsd.Namespace + "integer" or Xsd.Namespace + "decimal" or Xsd.Namespace + "double" or Xsd.Namespace + "boolean") return false;
        }
        _sink.Write((byte)'"');
        NTriplesTermWriter.WriteEscapedString(_sink, lexical);
        _sink.Write((byte)'"');
        if (!language.IsEmpty)
        {
            _sink.Write((byte)'@');
            _sink.Write(language);
        }
        else if (type is not null)
        {
            _sink.Write((byte)'^', (byte)'^');
            terms.WriteIri(type);
        }
        return true;
    }

    /// <summary><see cref="TurtleGrammar.IsInteger"/> on bytes.</summary>
    private static bool IsInteger(ReadOnlySpan<byte> s)
    {
        if (s.Length > 0 && s[0] is (byte)'+' or (byte)'-') s = s[1..];
        return s.Length > 0 && !s.ContainsAnyExceptInRange((byte)'0', (byte)'9');
    }

    // [14] blankNodePropertyList ::= '[' predicateObjectList ']'
    private void WriteBlankNodePropertyList(int entry, int level)
    {
        var pairs = layout.Pairs.AsSpan(layout.EntryStarts[entry], layout.EntryLengths[entry]);
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

    private void Indent(int level)
    {
        for (var i = 0; i < level; i++) _sink.Write("    "u8);
    }
}
