using Graph.IO.JsonLd;

namespace Graph.IO.Tests.JsonLd;

/// <summary>W3C JSON-LD 1.1 flattening tests (flatten-manifest.jsonld).</summary>
public class FlattenTests
{
    public static TheoryData<string> Flatten => JsonLdSuite.Ids("flatten-manifest.jsonld");

    [Theory, MemberData(nameof(Flatten))]
    public void FlattenTest(string id) => JsonLdTestRunner.Run("flatten-manifest.jsonld", id,
        (test, options, remote) =>
        {
            var expanded = JsonLdProcessor.Expand(remote.Document, remote.DocumentUrl, options, remote.ContextUrl);
            var context = test.Context is null ? null : options.DocumentLoader.Load(JsonLdSuite.BaseIri + test.Context).Document;
            return JsonLdProcessor.Flatten(expanded, context, remote.DocumentUrl, options);
        },
        (test, result) => JsonLdTestRunner.AssertJsonEqual(JsonLdTestRunner.Expected(test), result));
}
