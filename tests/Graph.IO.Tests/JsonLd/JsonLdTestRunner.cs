using Graph.IO.JsonLd;

namespace Graph.IO.Tests.JsonLd;

/// <summary>Runs one manifest entry: builds options, loads the input through the test loader, checks result or error code.</summary>
internal static class JsonLdTestRunner
{
    public static void Run(string manifest, string id, Func<JsonLdTestCase, JsonLdOptions, RemoteDocument, object?> act, Action<JsonLdTestCase, object?> check)
    {
        var test = JsonLdSuite.Get(manifest, id);
        if (JsonLdSkips.Reason(test) is { } reason) Assert.Skip(reason);
        var loader = new TestDocumentLoader(test);
        if (test.IsNegative)
        {
            var e = Assert.Throws<JsonLdException>(() =>
            {
                var options = Options(test, loader);
                return act(test, options, LoadInput(test, loader));
            });
            Assert.Equal(test.ExpectErrorCode, e.Code);
            return;
        }
        var opts = Options(test, loader);
        var result = act(test, opts, LoadInput(test, loader));
        check(test, result);
    }

    // N-Quads inputs (fromRdf) are read by the test itself.
    private static RemoteDocument LoadInput(JsonLdTestCase test, IJsonLdDocumentLoader loader) =>
        test.Input.EndsWith(".nq", StringComparison.Ordinal) ? new RemoteDocument(test.InputUrl, null) : loader.Load(test.InputUrl);

    public static JsonLdOptions Options(JsonLdTestCase test, IJsonLdDocumentLoader loader)
    {
        var o = test.Options;
        object? expandContext = null;
        if (o.Get("expandContext") is string ec) expandContext = loader.Load(JsonLdSuite.BaseIri + ec).Document;
        return new JsonLdOptions
        {
            Base = o.Get("base") as string,
            ProcessingMode = o.Get("processingMode") as string ?? "json-ld-1.1",
            CompactArrays = o.Get("compactArrays") as bool? ?? true,
            CompactToRelative = o.Get("compactToRelative") as bool? ?? true,
            ExpandContext = expandContext,
            ProduceGeneralizedRdf = o.Get("produceGeneralizedRdf") as bool? ?? false,
            RdfDirection = o.Get("rdfDirection") as string,
            UseNativeTypes = o.Get("useNativeTypes") as bool? ?? false,
            UseRdfType = o.Get("useRdfType") as bool? ?? false,
            DocumentLoader = loader,
        };
    }

    public static object? Expected(JsonLdTestCase test) => Json.ParseFile(JsonLdSuite.LocalPath(test.Expect!));

    public static void AssertJsonEqual(object? expected, object? actual)
    {
        if (!JsonLdComparer.Equal(expected, actual))
            Assert.Fail($"Expected:\n{Json.Serialize(expected)}\nActual:\n{Json.Serialize(actual)}");
    }
}
