using Graph.Core.Graphs;
using Graph.Core.Terms;
using Graph.IO.JsonLd;

namespace Graph.IO.Tests.JsonLd;

/// <summary>
/// W3C JSON-LD 1.1 toRdf tests (toRdf-manifest.jsonld): results compared with the expected N-Quads by dataset
/// isomorphism. Each input also goes through the one-pass reader (<see cref="StreamingToRdf"/>): where it accepts the
/// document, it must give the same dataset, and it must never accept a document the algorithm rejects.
/// </summary>
public class ToRdfTests
{
    public static TheoryData<string> ToRdf => JsonLdSuite.Ids("toRdf-manifest.jsonld");

    [Theory, MemberData(nameof(ToRdf))]
    public void ToRdfTest(string id) => JsonLdTestRunner.Run("toRdf-manifest.jsonld", id,
        (test, options, remote) =>
        {
            var streamed = remote.ContextUrl is null && test.Option("redirectTo") is null
                ? new StreamingToRdf(options, remote.DocumentUrl, "s").TryRun(File.ReadAllBytes(JsonLdSuite.LocalPath(test.Input)))
                : null;
            var sink = new QuadList();
            try
            {
                JsonLdProcessor.ToRdf(remote.Document, remote.DocumentUrl, options, sink, "", remote.ContextUrl);
            }
            catch (JsonLdException) when (streamed is not null)
            {
                Assert.Fail("the one-pass reader accepted a document the algorithm rejects");
            }
            return (sink.Quads, streamed);
        },
        (test, result) =>
        {
            var (actual, streamed) = ((List<Quad>, List<Quad>?))result!;
            if (test.IsSyntaxTest) return;
            var expected = test.Flag("produceGeneralizedRdf")
                ? GeneralizedNQuads.Read(JsonLdSuite.LocalPath(test.Expect!)) // N-Quads readers reject blank-node predicates.
                : NQuadsFiles.Read(JsonLdSuite.LocalPath(test.Expect!));
            if (!Isomorphism.AreIsomorphic(expected, actual))
                Assert.Fail($"Expected:\n{NQuadsFiles.Format(expected)}\nActual:\n{NQuadsFiles.Format(actual)}");
            if (streamed is not null && !Isomorphism.AreIsomorphic(expected, streamed))
                Assert.Fail($"One-pass reader differs. Expected:\n{NQuadsFiles.Format(expected)}\nActual:\n{NQuadsFiles.Format(streamed)}");
        });
}
