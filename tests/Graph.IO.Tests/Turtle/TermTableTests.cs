using System.Text;
using Graph.Core.Terms;
using Graph.Core.Vocabularies;
using Graph.IO.Turtle;

namespace Graph.IO.Tests.Turtle;

/// <summary><see cref="TermTable"/> orders and tells apart terms on their bytes exactly as the term objects do.</summary>
public sealed class TermTableTests
{
    private static readonly string[] Strings =
    [
        "", "a", "ab", "b", "A", "é", "e\u0301", "\u00FF", "\u0100", "\u07FF", "\u0800", "\uD7FF", "\uE000", "\uEFFF",
        "\uF000", "\uFFFD", "\U00010000", "\U0001F600", "\U0010FFFF", "x\uE000", "x\U0001F600", "x\uFFFD", "x\U00010000",
        "http://e/\uE000", "http://e/\U0001F600", "http://e/a", "http://e/",
    ];

    [Fact]
    public void BytesCompareAsUtf16()
    {
        foreach (var x in Strings)
        {
            foreach (var y in Strings)
            {
                var expected = Math.Sign(string.CompareOrdinal(x, y));
                var actual = Math.Sign(TermTable.CompareUtf16(Encoding.UTF8.GetBytes(x), Encoding.UTF8.GetBytes(y)));
                Assert.True(expected == actual, $"\"{x}\" vs \"{y}\": expected {expected}, got {actual}");
            }
        }
    }

    [Fact]
    public void AKnownEqualPrefixChangesNoAnswer()
    {
        foreach (var x in Strings)
        {
            foreach (var y in Strings)
            {
                byte[] a = Encoding.UTF8.GetBytes("http://example.org/shared/" + x), b = Encoding.UTF8.GetBytes("http://example.org/shared/" + y);
                var expected = Math.Sign(TermTable.CompareUtf16(a, b));
                for (var known = 0; known <= a.AsSpan().CommonPrefixLength(b); known++)
                    Assert.Equal(expected, Math.Sign(TermTable.CompareUtf16(a, b, known)));
            }
        }
    }

    [Fact]
    public void IdsCompareAsTermComparerAndTellTermsApart()
    {
        var terms = new List<Term>();
        foreach (var s in Strings.Take(20))
        {
            terms.Add(new Iri("http://e/" + s));
            terms.Add(new BlankNode("b" + s.Length));
            terms.Add(Literal.String(s));
            terms.Add(new Literal(s, "en"));
            terms.Add(new Literal(s, "en-gb"));
            terms.Add(new Literal(s, Xsd.Integer));
            terms.Add(new Literal(s, Xsd.Date));
        }
        var table = new TermTable();
        var ids = terms.Select(t => table.Intern(t)).ToArray();
        for (var i = 0; i < terms.Count; i++)
        {
            Assert.Equal(terms[i], table.TermOf(ids[i]));
            for (var j = 0; j < terms.Count; j++)
            {
                Assert.Equal(Math.Sign(TermComparer.Instance.Compare(terms[i], terms[j])), Math.Sign(table.Compare(ids[i], ids[j])));
                Assert.Equal(terms[i].Equals(terms[j]), table.SameTerm(ids[i], ids[j]));
            }
        }
    }

    [Fact]
    public void LoneSurrogatesHaveNoId() => Assert.Equal(-1, new TermTable().Intern(Literal.String("a\uD800")));
}
