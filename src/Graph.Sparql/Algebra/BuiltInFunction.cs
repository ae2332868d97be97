namespace Graph.Sparql.Algebra;

/// <summary>The built-in functions of SPARQL 1.1 §17.4 (grammar [121]); the SSE name is the lower-case keyword.</summary>
public enum BuiltInFunction
{
    Str, Lang, LangMatches, Datatype, Bound, Iri, Uri, BNode, Rand, Abs, Ceil, Floor, Round, Concat, StrLen, UCase,
    LCase, EncodeForUri, Contains, StrStarts, StrEnds, StrBefore, StrAfter, Year, Month, Day, Hours, Minutes, Seconds,
    Timezone, Tz, Now, Uuid, StrUuid, Md5, Sha1, Sha256, Sha384, Sha512, Coalesce, If, StrLang, StrDt, SameTerm,
    IsIri, IsUri, IsBlank, IsLiteral, IsNumeric, Regex, Substr, Replace,
}
