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
            case Literal l when internLiterals:
                return InternLiteral(l);
            case Literal l:
                // Most literals occur once: encoded straight to where they are kept, without a lookup.
                var datatype = -1;
                if (l.Language is null && l.Datatype.Value != XsdStringIri && (datatype = Intern(l.Datatype)) < 0) return -1;
                var lexical = l.LexicalForm;
                var extra = l.Language is { } language ? language.Length * 3 : datatype >= 0 ? 4 : 0;
                var key = Reserve(2 + lexical.Length * 3 + extra);
                if (Utf8.FromUtf16(lexical, key[1..], out _, out var written, replaceInvalidSequences: false) != System.Buffers.OperationStatus.Done) return -1;
                var size = 2 + written;
                key[size - 1] = Separator;
                if (l.Language is not null)
                {
                    if (Utf8.FromUtf16(l.Language, key[size..], out _, out written, replaceInvalidSequences: false) != System.Buffers.OperationStatus.Done) return -1;
                    size += written;
                }
                else if (datatype >= 0)
                {
                    System.Runtime.InteropServices.MemoryMarshal.Write(key[size..], NoteDatatype(datatype));
                    size += 4;
                }
                var tag = l.Language is not null ? TagLanguage : datatype >= 0 ? TagTyped : TagString;
                key[0] = tag;
                return Keep(tag, size);
            default:
                throw new System.Diagnostics.UnreachableException(term.GetType().Name);
        }
    }

    private int InternLiteral(Literal l)
    {
        if (!TryEncode(l.LexicalForm, 0, out var lexical)) return -1;
        if (l.Language is not null)
        {
            if (!TryEncode(l.Language, lexical, out var language)) return -1;
            return Intern(TagLanguage, _scratch.AsSpan(0, lexical), _scratch.AsSpan(lexical, language), -1, true);
        }
        if (l.Datatype.Value == XsdStringIri) return Intern(TagString, _scratch.AsSpan(0, lexical), default, -1, true);
        var datatype = Intern(l.Datatype);
        if (datatype < 0) return -1;
        // Interning the datatype may have used the scratch buffer: encode the lexical form again.
        TryEncode(l.LexicalForm, 0, out lexical);
        return Intern(TagTyped, _scratch.AsSpan(0, lexical), default, NoteDatatype(datatype), true);
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
