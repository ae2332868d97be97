using Graph.IO.JsonLd;

namespace Graph.IO.Tests.JsonLd;

/// <summary>W3C JSON-LD 1.1 expansion tests (expand-manifest.jsonld) and remote-document tests (remote-doc-manifest.jsonld).</summary>
public class ExpandTests
{
    public static TheoryData<string> Expand => JsonLdSuite.Ids("expand-manifest.jsonld");
    public static TheoryData<string> RemoteDoc => JsonLdSuite.Ids("remote-doc-manifest.jsonld");

    [Theory, MemberData(nameof(Expand))]
    public void ExpandTest(string id) => Run("expand-manifest.jsonld", id);

    [Theory, MemberData(nameof(RemoteDoc))]
    public void RemoteDocTest(string id) => Run("remote-doc-manifest.jsonld", id);

    private static void Run(string manifest, string id) => JsonLdTestRunner.Run(manifest, id,
        (_, options, remote) => JsonLdProcessor.Expand(remote.Document, remote.DocumentUrl, options, remote.ContextUrl),
        (test, result) => JsonLdTestRunner.AssertJsonEqual(JsonLdTestRunner.Expected(test), result));
}
