using System.Text.RegularExpressions;
using Graph.Core.Graphs;
using Graph.Core.Terms;
using Graph.Core.Vocabularies;
using Graph.IO;
using Graph.Publishing.Pages;

namespace Graph.Publishing.Tests.Pages;

public partial class ResourcePageTests
{
    private static readonly ResourcePageOptions Options = new() { UriSpace = SampleGraph.Base, SiteTitle = "Sample graph" };

    private static string Page(string local) =>
        ResourcePage.Render(SampleGraph.Store, new Iri(SampleGraph.Base + local), Options) ?? throw new InvalidOperationException(local + " has no page");

    [Fact]
    public void ANotesPageHasItsTitleTextPropertiesAndLocalLinks()
    {
        var html = Page("note/rijksstudio");
        Assert.Contains("<title>Rijksstudio · Sample graph</title>", html, StringComparison.Ordinal);
        Assert.Contains("<h1>Rijksstudio</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
        // The text, paragraph by paragraph, escaped.
        Assert.Contains("<p>Launched by the Rijksmuseum in Amsterdam in 2012", html, StringComparison.Ordinal);
        Assert.Contains("&quot;We would rather have people print a good reproduction", html, StringComparison.Ordinal);
        // Properties with human labels; related resources as local links with their labels.
        Assert.Contains(">mentions</a></th>", html, StringComparison.Ordinal);
        Assert.Contains(">date created</a></th>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/person/pieter-de-vries\" title=\"https://example.org/graph/person/pieter-de-vries\">Pieter de Vries</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/note/smithsonian-open-access\"", html, StringComparison.Ordinal);
        // External IRIs link to themselves.
        Assert.Contains("<a href=\"https://www.rijksmuseum.nl/en/rijksstudio\"", html, StringComparison.Ordinal);
        // Alternates.
        Assert.Contains("<link rel=\"alternate\" type=\"text/turtle\" href=\"/note/rijksstudio?format=ttl\">", html, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"alternate\" type=\"application/ld+json\" href=\"/note/rijksstudio?format=jsonld\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public void APersonsPageListsIncomingLinks()
    {
        var html = Page("person/pieter-de-vries");
        var incoming = html[html.IndexOf("<h2>Linked from</h2>", StringComparison.Ordinal)..];
        Assert.Contains("<a href=\"/note/rijksstudio\"", incoming, StringComparison.Ordinal);
    }

    [Fact]
    public void FragmentResourcesAreOnTheirDocumentsPage()
    {
        var org = SampleGraph.Quads.First(q => q.Predicate.Equals(Schema.Address)).Subject;
        var html = ResourcePage.Render(SampleGraph.Store, (Iri)org, Options)!;
        Assert.Contains("<h2 id=\"address\">", html, StringComparison.Ordinal);
        Assert.Contains(">address country</a></th>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void TheEmbeddedJsonLdIsTheResourcesDescription()
    {
        var resource = new Iri(SampleGraph.Base + "note/rijksstudio");
        var html = ResourcePage.Render(SampleGraph.Store, resource, Options)!;
        var json = ScriptJson().Match(html);
        Assert.True(json.Success);
        var read = new QuadList();
        RdfSyntaxes.CreateReader(RdfFormat.JsonLd).Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json.Groups[1].Value)), read, new RdfReaderOptions());
        var expected = ResourcePage.Description(SampleGraph.Store, resource);
        Assert.True(Isomorphism.AreIsomorphic(expected, read.Quads), "the page's JSON-LD differs from the resource's description");
        Assert.Contains(expected, q => q.Predicate.Equals(Schema.Mentions));
    }

    [Fact]
    public void UnknownResourcesHaveNoPage()
    {
        Assert.Null(ResourcePage.Render(SampleGraph.Store, new Iri(SampleGraph.Base + "note/no-such-note"), Options));
        var notFound = ResourcePage.RenderNotFound("/note/<b>x</b>", Options);
        Assert.Contains("<code>/note/&lt;b&gt;x&lt;/b&gt;</code>", notFound, StringComparison.Ordinal);
    }

    [Fact]
    public void EverythingIsEscaped()
    {
        const string b = "http://ex.org/";
        var note = new Iri(b + "note/x");
        var evilIri = new Iri(b + "person/a\"onmouseover=\"alert(1)");
        var script = new Iri("javascript:alert(1)");
        var evilProperty = new Iri("http://ex.org/p<script>");
        var store = SampleGraph.StoreOf([
            new(note, Rdf.Type, Schema.Article),
            new(note, Schema.Name, Literal.String("</script><script>alert('title')</script>")),
            new(note, Schema.Text, Literal.LangString("Hello <img src=x onerror=alert(1)>\n\nand </script> & more", "en\"><script>")),
            new(note, Schema.Mentions, evilIri),
            new(evilIri, Schema.Name, Literal.String("<b onclick=\"x\">Eve</b>")),
            new(note, Schema.Citation, script),
            new(note, evilProperty, Literal.Typed("1", new Iri("http://ex.org/dt\"><i>"))),
            new(new Iri(b + "note/y'<svg onload=alert(1)>"), Schema.Mentions, note),
        ]);
        var html = ResourcePage.Render(store, note, new ResourcePageOptions { UriSpace = b, SiteTitle = "<Site & \"co\">" })!;

        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        // Outside the JSON-LD (where quotes are JSON escapes), no quote from the data ends an attribute.
        var markup = ScriptJson().Replace(html, "");
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<svg", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b ", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<i>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("\"onmouseover", markup, StringComparison.Ordinal);
        Assert.Contains("href=\"/person/a&quot;onmouseover=&quot;alert(1)\"", markup, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"javascript:", html, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", html, StringComparison.Ordinal);
        Assert.Contains("<title>&lt;/script&gt;&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt; · &lt;Site &amp; &quot;co&quot;&gt;</title>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"iri\">javascript:alert(1)</span>", html, StringComparison.Ordinal);

        // Exactly the page's own two script elements, and the JSON-LD one closes only at its end.
        Assert.Equal(1, Regex.Count(html, "<script", RegexOptions.IgnoreCase));
        Assert.Equal(1, Regex.Count(html, "</script", RegexOptions.IgnoreCase));
        var json = ScriptJson().Match(html).Groups[1].Value;
        Assert.Contains("\\u003c/script\\u003e", json, StringComparison.Ordinal);
        var read = new QuadList();
        RdfSyntaxes.CreateReader(RdfFormat.JsonLd).Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json)), read, new RdfReaderOptions());
        Assert.Contains(read.Quads, q => q.Object is Literal { LexicalForm: "</script><script>alert('title')</script>" });
    }

    [GeneratedRegex("<script type=\"application/ld\\+json\">\\n(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex ScriptJson();
}
