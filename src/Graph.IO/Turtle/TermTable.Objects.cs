using System.Runtime.CompilerServices;
using System.Text.Unicode;
using Graph.Core.Terms;

namespace Graph.IO.Turtle;

/// <summary>Terms that arrive as objects (from the store or another reader), numbered by their UTF-8 bytes.</summary>
internal sealed partial class TermTable
{
    // The same IRI or blank node object recurs (predicates, classes, datatypes): remember recent ones by reference.
    private readonly (Term? Term, int Id)[] _byReference = new (Term?, int)[1024];
    private byte[] _scratch = new byte[256];

    /// <summary>
    /// <see cref="Intern(in Utf8Term, bool)"/> for a term object; -1 when one of its strings is not valid UTF-16 (a lone
    /// surrogate has no UTF-8 form, so the bytes could not tell such terms apart).
    /// </summary>
    public int Intern(Term term, bool internLiterals = true)
    {
        switch (term)
        {
            case Iri iri: return InternName(TagIri, iri, iri.Value);
            case BlankNode b: return InternName(TagBlank, b, b.Label);
            case Literal l:
                if (!TryEncode(l.LexicalForm, 0, out var lexical)) return -1;
                if (l.Language is not null)
                {
                    if (!TryEncode(l.Language, lexical, out var language)) return -1;
                    return Intern(TagLanguage, _scratch.AsSpan(0, lexical), _scratch.AsSpan(lexical, language), -1, internLiterals);
                }
                if (l.Datatype.Value == XsdStringIri) return Intern(TagString, _scratch.AsSpan(0, lexical), default, -1, internLiterals);
                var datatype = Intern(l.Datatype);
                if (datatype < 0) return -1;
                // Interning the datatype may have used the scratch buffer: encode the lexical form again.
                TryEncode(l.LexicalForm, 0, out lexical);
                return Intern(TagTyped, _scratch.AsSpan(0, lexical), default, NoteDatatype(datatype), internLiterals);
            default:
                throw new System.Diagnostics.UnreachableException(term.GetType().Name);
        }
    }

    private const string XsdStringIri = "http://www.w3.org/2001/XMLSchema#string";

    private int InternName(byte tag, Term term, string value)
    {
        ref var recent = ref _byReference[RuntimeHelpers.GetHashCode(term) & (1024 - 1)];
        if (ReferenceEquals(recent.Term, term)) return recent.Id;
        if (!TryEncode(value, 0, out var length)) return -1;
        var id = InternName(tag, _scratch.AsSpan(0, length));
        recent = (term, id);
        return id;
    }

    /// <summary>Encodes <paramref name="s"/> into the scratch buffer at <paramref name="offset"/>; false for invalid UTF-16.</summary>
    private bool TryEncode(string s, int offset, out int length)
    {
        if (_scratch.Length < offset + s.Length * 3) Array.Resize(ref _scratch, Math.Max(_scratch.Length * 2, offset + s.Length * 3));
        var status = Utf8.FromUtf16(s, _scratch.AsSpan(offset), out _, out length, replaceInvalidSequences: false);
        return status == System.Buffers.OperationStatus.Done;
    }
}
