using System.Runtime.CompilerServices;
using System.Text;
using Graph.Core.Terms;
using Graph.IO.Text;

namespace Graph.IO.NTriples;

/// <summary>
/// The same productions as the term-reading methods, for an <see cref="IUtf8QuadSink"/>: each term is handed over as
/// its bytes in the line (or, when it had escapes, decoded into a fresh array), after the same checks in the same order,
/// so both paths accept the same lines and report the same errors.
/// </summary>
internal ref partial struct NTriplesLexer
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public Utf8Term ReadSubjectUtf8() => Current switch
    {
        (byte)'<' => ReadIriUtf8(),
        (byte)'_' => ReadBlankNodeUtf8(BlankNodeScope.SubjectSlot),
        _ => throw Error("expected a subject (an IRI or a blank node)", _i),
    };

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public Utf8Term ReadPredicateUtf8() => Current == '<' ? ReadIriUtf8() : throw Error("expected a predicate (an IRI)", _i);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public Utf8Term ReadObjectUtf8() => Current switch
    {
        (byte)'<' => ReadIriUtf8(),
        (byte)'_' => ReadBlankNodeUtf8(BlankNodeScope.ObjectSlot),
        (byte)'"' => ReadLiteralUtf8(),
        _ => throw Error("expected an object (an IRI, a blank node or a literal in double quotes)", _i),
    };

    public Utf8Term ReadGraphLabelUtf8() => Current == '<' ? ReadIriUtf8() : ReadBlankNodeUtf8(BlankNodeScope.GraphSlot);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Utf8Term ReadIriUtf8() => new(TermKind.Iri, ReadIriValueUtf8());

    private ReadOnlySpan<byte> ReadIriValueUtf8()
    {
        var open = _i;
        var value = ScanIri(out var escaped);
        if (escaped) value = Encoding.UTF8.GetBytes(Unescape(value, echar: false, open + 1));
        if (!Utf8Chars.HasScheme(value)) throw RelativeIriError(open);
        return value;
    }

    private Utf8Term ReadBlankNodeUtf8(int slot) =>
        new(TermKind.BlankNode, parser.BlankNodes.LabelBytes(ScanBlankNodeLabel(), slot));

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Utf8Term ReadLiteralUtf8()
    {
        var open = _i;
        var lexical = ScanString(out var escaped);
        ReadOnlySpan<byte> language = default;
        ReadOnlySpan<byte> datatype = default;
        if (Current == '@') language = parser.LowerCase(ScanLanguageTag());
        else if (Current == '^')
        {
            SkipDatatypeMark();
            datatype = ReadIriValueUtf8();
        }
        if (escaped) lexical = Encoding.UTF8.GetBytes(Unescape(lexical, echar: true, open + 1));
        return new Utf8Term(TermKind.Literal, lexical, language, datatype);
    }
}
