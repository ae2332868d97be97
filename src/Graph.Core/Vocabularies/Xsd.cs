using Graph.Core.Terms;

namespace Graph.Core.Vocabularies;

/// <summary>XML Schema datatypes (<c>http://www.w3.org/2001/XMLSchema#</c>).</summary>
public static class Xsd
{
    public const string Namespace = "http://www.w3.org/2001/XMLSchema#";

    public static readonly Iri String = new(Namespace + "string");
    public static readonly Iri Boolean = new(Namespace + "boolean");
    public static readonly Iri Decimal = new(Namespace + "decimal");
    public static readonly Iri Integer = new(Namespace + "integer");
    public static readonly Iri Double = new(Namespace + "double");
    public static readonly Iri Float = new(Namespace + "float");
    public static readonly Iri Date = new(Namespace + "date");
    public static readonly Iri DateTime = new(Namespace + "dateTime");
    public static readonly Iri DateTimeStamp = new(Namespace + "dateTimeStamp");
    public static readonly Iri Time = new(Namespace + "time");
    public static readonly Iri Duration = new(Namespace + "duration");
    public static readonly Iri DayTimeDuration = new(Namespace + "dayTimeDuration");
    public static readonly Iri YearMonthDuration = new(Namespace + "yearMonthDuration");
    public static readonly Iri GYear = new(Namespace + "gYear");
    public static readonly Iri GYearMonth = new(Namespace + "gYearMonth");
    public static readonly Iri GMonth = new(Namespace + "gMonth");
    public static readonly Iri GMonthDay = new(Namespace + "gMonthDay");
    public static readonly Iri GDay = new(Namespace + "gDay");
    public static readonly Iri Long = new(Namespace + "long");
    public static readonly Iri Int = new(Namespace + "int");
    public static readonly Iri Short = new(Namespace + "short");
    public static readonly Iri Byte = new(Namespace + "byte");
    public static readonly Iri NonNegativeInteger = new(Namespace + "nonNegativeInteger");
    public static readonly Iri PositiveInteger = new(Namespace + "positiveInteger");
    public static readonly Iri NonPositiveInteger = new(Namespace + "nonPositiveInteger");
    public static readonly Iri NegativeInteger = new(Namespace + "negativeInteger");
    public static readonly Iri UnsignedLong = new(Namespace + "unsignedLong");
    public static readonly Iri UnsignedInt = new(Namespace + "unsignedInt");
    public static readonly Iri UnsignedShort = new(Namespace + "unsignedShort");
    public static readonly Iri UnsignedByte = new(Namespace + "unsignedByte");
    public static readonly Iri AnyUri = new(Namespace + "anyURI");
    public static readonly Iri Language = new(Namespace + "language");
    public static readonly Iri NormalizedString = new(Namespace + "normalizedString");
    public static readonly Iri Token = new(Namespace + "token");
    public static readonly Iri Name = new(Namespace + "Name");
    public static readonly Iri NCName = new(Namespace + "NCName");
    public static readonly Iri NMToken = new(Namespace + "NMTOKEN");
    public static readonly Iri HexBinary = new(Namespace + "hexBinary");
    public static readonly Iri Base64Binary = new(Namespace + "base64Binary");
}
