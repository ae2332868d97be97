using Graph.Core.Graphs;
using Graph.IO.JsonLd;

namespace Graph.IO.Tests.JsonLd;

/// <summary>W3C JSON-LD 1.1 toRdf tests (toRdf-manifest.jsonld): results compared with the expected N-Quads by dataset isomorphism.</summary>
public class ToRdfTests
{
    public static TheoryData<string> ToRdf => JsonLdSuite.Ids("toRdf-manifest.jsonld");

    [Theory, MemberData(nameof(ToRdf))]
    public void ToRdfTest(string id) => JsonLdTestRunner.Run("toRdf-manifest.jsonld", id,
        (_, options, remote) =>
        {
            var sink = new QuadList();
            JsonLdProcessor.ToRdf(remote.Document, remote.DocumentUrl, options, sink, "", remote.ContextUrl);
            return sink.Quads;
        },
        (test, result) =>
        {
            if (test.IsSyntaxTest) return;
            var actual = (List<Graph.Core.Terms.Quad>)result!;
            if (test.Flag("produceGeneralizedRdf"))
            {
                // N-Quads readers reject blank-node predicates, so generalized expectations are read by a test-only line reader.
                var generalized = GeneralizedNQuads.Read(JsonLdSuite.LocalPath(test.Expect!));
                if (!Isomorphism.AreIsomorphic(generalized, actual))
                    Assert.Fail($"Expected:\n{NQuadsFiles.Format(generalized)}\nActual:\n{NQuadsFiles.Format(actual)}");
                return;
            }
            var expected = NQuadsFiles.Read(JsonLdSuite.LocalPath(test.Expect!));
            if (!Isomorphism.AreIsomorphic(expected, actual))
                Assert.Fail($"Expected:\n{NQuadsFiles.Format(expected)}\nActual:\n{NQuadsFiles.Format(actual)}");
        });
}
