using Graph.Core.Terms;
using Graph.Core.Vocabularies;
using Graph.Sparql.Engine.Functions;

namespace Graph.Sparql.Engine.Tests.Functions;

public class FunctionTests
{
    private static Literal Int(string s) => new(s, Xsd.Integer);
    private static Literal Dec(string s) => new(s, Xsd.Decimal);
    private static Literal Dbl(string s) => new(s, Xsd.Double);
    private static Literal Str(string s) => Literal.String(s);
    private static Literal Lang(string s, string l) => new(s, l);

    [Fact]
    public void ArithmeticPromotesTypes()
    {
        Assert.Equal(Int("3"), NumericFunctions.Add(Int("1"), Int("2")));
        Assert.Equal(Dec("3.5"), NumericFunctions.Add(Int("1"), Dec("2.5")));
        Assert.Equal(Dbl("3.5E0"), NumericFunctions.Add(Dec("1.0"), Dbl("2.5")));
        Assert.Equal(Dec("0.5"), NumericFunctions.Divide(Int("1"), Int("2")));
        Assert.Null(NumericFunctions.Divide(Int("1"), Int("0")));
        Assert.Equal(Dbl("INF"), NumericFunctions.Divide(Dbl("1"), Int("0")));
        Assert.Null(NumericFunctions.Add(Int("1"), Str("2")));
    }

    [Theory]
    [InlineData(1.0, "1.0E0")]
    [InlineData(150.0, "1.5E2")]
    [InlineData(-0.0025, "-2.5E-3")]
    [InlineData(123456789.0, "1.23456789E8")]
    public void DoublesHaveCanonicalForm(double d, string expected) => Assert.Equal(expected, XsdLexical.CanonicalDouble(d));

    [Fact]
    public void EqualityFollowsValueSpaces()
    {
        Assert.True(ValueComparison.AreEqual(Int("1"), Dec("1.0")));
        Assert.True(ValueComparison.AreEqual(Int("01"), Int("1")));
        Assert.False(ValueComparison.AreEqual(Str("a"), Str("b")));
        Assert.False(ValueComparison.AreEqual(Str("1"), Int("1")));
        Assert.Null(ValueComparison.AreEqual(new Literal("x", new Iri("http://example.org/t")), new Literal("y", new Iri("http://example.org/t"))));
        Assert.True(ValueComparison.AreEqual(new Iri("http://a"), new Iri("http://a")));
        Assert.False(ValueComparison.AreEqual(new Iri("http://a"), Str("http://a")));
        Assert.Null(ValueComparison.AreEqual(null, Str("a")));
    }

    [Fact]
    public void DateTimesCompareAcrossTimezones()
    {
        var a = new Literal("2020-01-01T12:00:00Z", Xsd.DateTime);
        var b = new Literal("2020-01-01T13:00:00+01:00", Xsd.DateTime);
        var c = new Literal("2020-01-01T12:00:00", Xsd.DateTime);
        Assert.True(ValueComparison.AreEqual(a, b));
        Assert.Null(ValueComparison.Compare(a, c));
        Assert.Equal(-1, ValueComparison.Compare(a, new Literal("2020-01-03T00:00:00", Xsd.DateTime)));
    }

    [Fact]
    public void EffectiveBooleanValue_FollowsSpec()
    {
        Assert.True(EffectiveBooleanValue.Of(Str("x")));
        Assert.False(EffectiveBooleanValue.Of(Str("")));
        Assert.False(EffectiveBooleanValue.Of(Int("0")));
        Assert.False(EffectiveBooleanValue.Of(Dbl("NaN")));
        Assert.False(EffectiveBooleanValue.Of(new Literal("abc", Xsd.Integer)));
        Assert.Null(EffectiveBooleanValue.Of(new Iri("http://a")));
        Assert.Null(EffectiveBooleanValue.Of(null));
    }

    [Fact]
    public void StringFunctionsKeepLanguageTags()
    {
        Assert.Equal(Lang("BONJOUR", "fr"), StringFunctions.UCase(Lang("bonjour", "fr")));
        Assert.Equal(Lang("jour", "fr"), StringFunctions.Substr(Lang("bonjour", "fr"), Int("4")));
        Assert.Equal(Str("234"), StringFunctions.Substr(Str("12345"), Dec("1.5"), Dec("2.6")));
        Assert.Equal(Int("2"), StringFunctions.StrLen(Str("😀é")));
        Assert.Equal(Lang("b", "en"), StringFunctions.StrBefore(Lang("bc", "en"), Str("c")));
        Assert.Null(StringFunctions.StrBefore(Str("bc"), Lang("c", "en")));
        Assert.Equal(Str(""), StringFunctions.StrAfter(Str("abc"), Str("z")));
        Assert.Equal(Lang("ab", "en"), StringFunctions.Concat([Lang("a", "en"), Lang("b", "en")]));
        Assert.Equal(Str("ab"), StringFunctions.Concat([Lang("a", "en"), Str("b")]));
        Assert.Equal(Str("Los%20Angeles%C3%A9"), StringFunctions.EncodeForUri(Str("Los Angelesé")));
        Assert.Equal(Literal.Boolean(true), StringFunctions.LangMatches(Str("en-US"), Str("en")));
        Assert.Equal(Literal.Boolean(false), StringFunctions.LangMatches(Str(""), Str("*")));
    }

    [Fact]
    public void RegexAndReplaceUseXPathFlags()
    {
        Assert.Equal(Literal.Boolean(true), RegexFunctions.Regex(Str("Alice"), Str("^ali"), Str("i")));
        Assert.Equal(Literal.Boolean(false), RegexFunctions.Regex(Str("Alice"), Str("^ali")));
        Assert.Null(RegexFunctions.Regex(Str("Alice"), Str("(")));
        Assert.Null(RegexFunctions.Regex(Str("Alice"), Str("a"), Str("z")));
        Assert.Equal(Str("a*c"), RegexFunctions.Replace(Str("abc"), Str("b"), Str("*")));
        Assert.Equal(Str("b-a"), RegexFunctions.Replace(Str("a-b"), Str("(a)-(b)"), Str("$2-$1")));
        Assert.Null(RegexFunctions.Replace(Str("abc"), Str(".*?"), Str("x")));
    }

    [Fact]
    public void HashesAreLowerHex() =>
        Assert.Equal(Str("acbd18db4cc2f85cedef654fccc4a4d8"), HashFunctions.Md5(Str("foo")));

    [Fact]
    public void CastsFollowXPathRules()
    {
        Assert.Equal(Int("3"), Casts.Cast(Xsd.Integer, Dbl("3.7")));
        Assert.Equal(Literal.Boolean(true), Casts.Cast(Xsd.Boolean, Str("1")));
        Assert.Null(Casts.Cast(Xsd.Integer, Str("3.7")));
        Assert.Equal(Dbl("1.0E0"), Casts.Cast(Xsd.Double, Literal.Boolean(true)));
        Assert.Equal(new Literal("2020-02-01T00:00:00Z", Xsd.DateTime), Casts.Cast(Xsd.DateTime, new Literal("2020-02-01Z", Xsd.Date)));
        Assert.Equal(Str("http://a"), Casts.Cast(Xsd.String, new Iri("http://a")));
    }

    [Fact]
    public void DateTimeAccessors()
    {
        var t = new Literal("2011-01-10T14:45:13.815-05:00", Xsd.DateTime);
        Assert.Equal(Int("2011"), DateTimeFunctions.Year(t));
        Assert.Equal(Int("14"), DateTimeFunctions.Hours(t));
        Assert.Equal(Dec("13.815"), DateTimeFunctions.Seconds(t));
        Assert.Equal(new Literal("-PT5H", Xsd.DayTimeDuration), DateTimeFunctions.Timezone(t));
        Assert.Equal(Str("-05:00"), DateTimeFunctions.Tz(t));
        Assert.Equal(Str(""), DateTimeFunctions.Tz(new Literal("2011-01-10T14:45:13", Xsd.DateTime)));
    }

    [Fact]
    public void OrderByIsTotal()
    {
        Term?[] items = [Int("10"), null, new Iri("http://b"), new BlankNode("x"), Int("9"), Str("a")];
        var sorted = items.OrderBy(t => t, OrderByComparer.Instance).ToList();
        Assert.Null(sorted[0]);
        Assert.IsType<BlankNode>(sorted[1]);
        Assert.IsType<Iri>(sorted[2]);
        Assert.Equal(Int("9"), sorted[3]);
        Assert.Equal(Int("10"), sorted[4]);
    }
}
