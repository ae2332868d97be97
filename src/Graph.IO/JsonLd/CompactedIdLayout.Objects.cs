using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text.Unicode;
using Graph.Core.Terms;
using Graph.Core.Vocabularies;

namespace Graph.IO.JsonLd;

internal sealed partial class CompactedIdLayout
{
    // Statements held as objects (a writer fed from memory) share their IRI objects: a small table by reference finds
    // the id of a recurring term without encoding it again.
    private readonly Term?[] _recentTerms = new Term?[1024];
    private readonly int[] _recentTermIds = new int[1024];
    private byte[] _value = new byte[256], _language = new byte[64], _datatype = new byte[256];

    /// <summary>
    /// Adds a statement given as objects, encoding its terms to UTF-8; false (nothing added) when it is beyond this
    /// layout: a named graph, a predicate that is not an IRI, a literal subject, or text that is not well-formed UTF-16.
    /// </summary>
    public bool TryAdd(in Quad q)
    {
        if (q.Graph is not null || q.Predicate is not Iri || q.Subject is Literal) return false;
        if (!TryIntern(q.Subject, out var s) || !TryIntern(q.Predicate, out var p) || !TryIntern(q.Object, out var o)) return false;
        Add(s, p, o);
        return true;
    }

    private bool TryIntern(Term term, out int id)
    {
        if (term is Literal literal) return TryInternLiteral(literal, out id);
        var slot = RuntimeHelpers.GetHashCode(term) & (_recentTerms.Length - 1);
        if (ReferenceEquals(_recentTerms[slot], term))
        {
            id = _recentTermIds[slot];
            return true;
        }
        var (kind, text) = term switch
        {
            Iri i => (TermKind.Iri, i.Value),
            BlankNode b => (TermKind.BlankNode, b.Label),
            _ => throw new System.Diagnostics.UnreachableException(term.GetType().Name),
        };
        id = -1;
        if (!TryEncode(text, ref _value, out var length)) return false;
        id = Terms.Intern(new Utf8Term(kind, _value.AsSpan(0, length)));
        _recentTerms[slot] = term;
        _recentTermIds[slot] = id;
        return true;
    }

    private bool TryInternLiteral(Literal literal, out int id)
    {
        id = -1;
        if (!TryEncode(literal.LexicalForm, ref _value, out var length)) return false;
        var value = _value.AsSpan(0, length);
        if (literal.Language is { } language)
        {
            if (!TryEncode(language, ref _language, out var languageLength)) return false;
            id = Terms.Intern(new Utf8Term(TermKind.Literal, value, _language.AsSpan(0, languageLength)), internLiterals: false);
        }
        else if (literal.Datatype.Equals(Xsd.String)) id = Terms.Intern(new Utf8Term(TermKind.Literal, value), internLiterals: false);
        else
        {
            if (!TryEncode(literal.Datatype.Value, ref _datatype, out var datatypeLength)) return false;
            id = Terms.Intern(new Utf8Term(TermKind.Literal, value, datatype: _datatype.AsSpan(0, datatypeLength)), internLiterals: false);
        }
        return true;
    }

    private static bool TryEncode(string text, ref byte[] buffer, out int length)
    {
        if (buffer.Length < text.Length * 3) buffer = new byte[Math.Max(buffer.Length * 2, text.Length * 3)];
        return Utf8.FromUtf16(text, buffer, out _, out length, replaceInvalidSequences: false) == OperationStatus.Done;
    }
}
