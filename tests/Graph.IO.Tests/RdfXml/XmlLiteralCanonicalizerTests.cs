using Graph.IO.RdfXml;

namespace Graph.IO.Tests.RdfXml;

/// <summary>Exclusive XML Canonicalization of rdf:parseType="Literal" content (https://www.w3.org/TR/xml-exc-c14n/).</summary>
public class XmlLiteralCanonicalizerTests
{
    [Theory]
    [InlineData("<br/>", "<br></br>")]
    [InlineData("plain &amp; text", "plain &amp; text")]
    // Only visibly used namespaces are rendered, each once, on the outermost element that uses it.
    [InlineData("<a xmlns='http://d/' xmlns:u='http://unused/'><b>x</b></a>", "<a xmlns=\"http://d/\"><b>x</b></a>")]
    // A default namespace rendered above is undone by xmlns="" on an element in no namespace.
    [InlineData("<a xmlns='http://d/'><b xmlns=''/></a>", "<a xmlns=\"http://d/\"><b xmlns=\"\"></b></a>")]
    // Siblings each declare what they use (no output ancestor declared it).
    [InlineData("<p:a xmlns:p='http://p/'/><p:b xmlns:p='http://p/'/>", "<p:a xmlns:p=\"http://p/\"></p:a><p:b xmlns:p=\"http://p/\"></p:b>")]
    // Namespace declarations first (default first, then by prefix), then attributes by namespace URI and local name.
    [InlineData("<e xmlns:z='http://a/' xmlns:y='http://b/' y:k='1' z:k='2' b='3' xml:lang='en' a='4'/>",
        "<e xmlns:y=\"http://b/\" xmlns:z=\"http://a/\" a=\"4\" b=\"3\" z:k=\"2\" y:k=\"1\" xml:lang=\"en\"></e>")]
    [InlineData("<?pi  data?><!--note-->", "<?pi data?><!--note-->")]
    [InlineData("<a t='&#9;&#13;&lt;'>&#13;&gt;</a>", "<a t=\"&#x9;&#xD;&lt;\">&#xD;&gt;</a>")]
    public void Canonical_form(string content, string expected) =>
        Assert.Equal(expected, XmlLiteralCanonicalizer.TryCanonicalize(content));

    [Fact]
    public void Malformed_content_has_no_canonical_form() => Assert.Null(XmlLiteralCanonicalizer.TryCanonicalize("<a>"));
}
