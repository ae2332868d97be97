using Graph.IO.JsonLd;

namespace Graph.IO.Tests.JsonLd;

/// <summary>W3C JSON-LD 1.1 fromRdf tests (fromRdf-manifest.jsonld): N-Quads in, expanded JSON-LD compared unordered.</summary>
public class FromRdfTests
{
    public static TheoryData<string> FromRdf => JsonLdSuite.Ids("fromRdf-manifest.jsonld");

    [Theory, MemberData(nameof(FromRdf))]
    public void FromRdfTest(string id) => JsonLdTestRunner.Run("fromRdf-manifest.jsonld", id,
        (test, options, _) => JsonLdProcessor.FromRdf(NQuadsFiles.Read(JsonLdSuite.LocalPath(test.Input)), options),
        (test, result) => JsonLdTestRunner.AssertJsonEqual(JsonLdTestRunner.Expected(test), result));
}
