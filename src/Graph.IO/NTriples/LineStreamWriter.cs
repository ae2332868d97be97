using System.Runtime.CompilerServices;
using Graph.Core.Terms;
using Graph.Core.Vocabularies;
using Graph.IO.Text;

namespace Graph.IO.NTriples;

/// <summary>
/// Writes N-Triples / N-Quads lines as statements arrive. Readers hand over one instance per repeated IRI (predicates,
/// classes, datatypes, the subject of a run of statements), so the encoded bytes of recent IRIs and blank nodes are
/// kept by reference and copied instead of being escaped and transcoded again. Literals are nearly always new.
/// The N-Triples / N-Quads reader hands over the bytes of each term instead (<see cref="IUtf8QuadSink"/>): they are
/// copied with only the escapes canonical form needs.
/// </summary>
internal sealed class LineStreamWriter(Stream output, bool namedGraphs) : IRdfStreamWriter, IUtf8QuadSink
{
    private const int Slots = 4096;
    private const int SlotBytes = 128;

    // Bytes one UTF-16 unit can take at most in a written IRI or label: a \uXXXX escape.
    private const int MaxBytesPerChar = 6;

    private readonly Utf8Sink _sink = new(output);
    private readonly Term?[] _terms = new Term?[Slots];
    private readonly int[] _lengths = new int[Slots];
    private readonly byte[] _bytes = new byte[Slots * SlotBytes];

    public void OnQuad(in Quad quad)
    {
        if (quad.Graph is not null && !namedGraphs) throw LineWriter.NamedGraphError(quad);
        WriteTerm(quad.Subject);
        _sink.Write((byte)' ');
        WriteTerm(quad.Predicate);
        _sink.Write((byte)' ');
        WriteTerm(quad.Object);
        if (quad.Graph is not null)
        {
            _sink.Write((byte)' ');
            WriteTerm(quad.Graph);
        }
        _sink.Write(" .\n"u8);
    }

    public void OnQuad(in Utf8Quad quad)
    {
        if (quad.HasGraph && !namedGraphs) throw LineWriter.NamedGraphError(quad.ToQuad());
        WriteTerm(quad.Subject);
        _sink.Write((byte)' ');
        WriteTerm(quad.Predicate);
        _sink.Write((byte)' ');
        WriteTerm(quad.Object);
        if (quad.HasGraph)
        {
            _sink.Write((byte)' ');
            WriteTerm(quad.Graph);
        }
        _sink.Write(" .\n"u8);
    }

    private void WriteTerm(in Utf8Term term)
    {
        switch (term.Kind)
        {
            case TermKind.Iri:
                _sink.Write((byte)'<');
                NTriplesTermWriter.WriteIriBody(_sink, term.Value);
                _sink.Write((byte)'>');
                break;
            case TermKind.BlankNode:
                NTriplesTermWriter.WriteBlankNode(_sink, term.Value);
                break;
            case TermKind.Literal:
                _sink.Write((byte)'"');
                NTriplesTermWriter.WriteEscapedString(_sink, term.Value);
                _sink.Write((byte)'"');
                if (!term.Language.IsEmpty)
                {
                    _sink.Write((byte)'@');
                    _sink.Write(term.Language);
                }
                else if (!term.Datatype.IsEmpty && !term.Datatype.SequenceEqual(XsdStringBytes))
                {
                    _sink.Write("^^<"u8);
                    NTriplesTermWriter.WriteIriBody(_sink, term.Datatype);
                    _sink.Write((byte)'>');
                }
                break;
            default:
                throw new System.Diagnostics.UnreachableException(term.Kind.ToString());
        }
    }

    private static ReadOnlySpan<byte> XsdStringBytes => "http://www.w3.org/2001/XMLSchema#string"u8;

    private void WriteTerm(Term term)
    {
        if (term is Literal literal)
        {
            _sink.Write((byte)'"');
            NTriplesTermWriter.WriteEscapedString(_sink, literal.LexicalForm);
            _sink.Write((byte)'"');
            if (literal.Language is not null)
            {
                _sink.Write((byte)'@');
                _sink.Write(literal.Language);
            }
            else if (!ReferenceEquals(literal.Datatype, Xsd.String) && !literal.Datatype.Equals(Xsd.String))
            {
                _sink.Write((byte)'^', (byte)'^');
                WriteCached(literal.Datatype);
            }
            return;
        }
        WriteCached(term);
    }

    private void WriteCached(Term term)
    {
        var slot = RuntimeHelpers.GetHashCode(term) & (Slots - 1);
        if (ReferenceEquals(_terms[slot], term))
        {
            _sink.Write(_bytes.AsSpan(slot * SlotBytes, _lengths[slot]));
            return;
        }
        var chars = term is Iri iri ? iri.Value.Length : ((BlankNode)term).Label.Length;
        if (chars > SlotBytes)
        {
            NTriplesTermWriter.WriteTerm(_sink, term);
            return;
        }
        // With room reserved the sink cannot flush while the term is written, so its bytes can be copied out after.
        _sink.Reserve(chars * MaxBytesPerChar + 8);
        var start = _sink.Position;
        NTriplesTermWriter.WriteTerm(_sink, term);
        var written = _sink.WrittenSince(start);
        if (written.Length > SlotBytes) return;
        written.CopyTo(_bytes.AsSpan(slot * SlotBytes));
        _lengths[slot] = written.Length;
        _terms[slot] = term;
    }

    public void Complete() => _sink.Flush();

    public void Dispose() => _sink.Dispose();
}
