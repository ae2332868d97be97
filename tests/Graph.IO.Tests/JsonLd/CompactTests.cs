using Graph.IO.JsonLd;

namespace Graph.IO.Tests.JsonLd;

/// <summary>W3C JSON-LD 1.1 compaction tests (compact-manifest.jsonld).</summary>
public class CompactTests
{
    public static TheoryData<string> Compact => JsonLdSuite.Ids("compact-manifest.jsonld");

    [Theory, MemberData(nameof(Compact))]
    public void CompactTest(string id) => JsonLdTestRunner.Run("compact-manifest.jsonld", id,
        (test, options, remote) =>
        {
            var expanded = JsonLdProcessor.Expand(remote.Document, remote.DocumentUrl, options, remote.ContextUrl);
            var context = options.DocumentLoader.Load(JsonLdSuite.BaseIri + test.Context).Document;
            return JsonLdProcessor.Compact(expanded, context, remote.DocumentUrl, options);
        },
        (test, result) => JsonLdTestRunner.AssertJsonEqual(JsonLdTestRunner.Expected(test), result));
}
