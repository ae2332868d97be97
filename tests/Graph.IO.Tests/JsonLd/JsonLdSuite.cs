using Graph.IO.JsonLd;
using Graph.Testing;

namespace Graph.IO.Tests.JsonLd;

/// <summary>Reads the W3C JSON-LD API manifests in ../shared/w3c/json-ld-api/tests (served under their published base IRI).</summary>
internal static class JsonLdSuite
{
    public const string BaseIri = "https://w3c.github.io/json-ld-api/tests/";
    public const string Folder = "w3c/json-ld-api/tests";
    private static readonly Dictionary<string, Dictionary<string, JsonLdTestCase>> s_cache = [];

    public static string? Root => SharedData.Root is { } r && Directory.Exists(Path.Combine(r, Folder)) ? Path.Combine(r, Folder) : null;

    /// <summary>Test ids for a theory; a single placeholder when the suite is absent (the test then skips).</summary>
    public static TheoryData<string> Ids(string manifest)
    {
        var data = new TheoryData<string>();
        if (Root is null) { data.Add("suite-missing"); return data; }
        foreach (var id in Load(manifest).Keys) data.Add(id);
        return data;
    }

    public static JsonLdTestCase Get(string manifest, string id)
    {
        SharedData.Require(Folder);
        return Load(manifest)[id];
    }

    private static Dictionary<string, JsonLdTestCase> Load(string manifest)
    {
        lock (s_cache)
        {
            if (s_cache.TryGetValue(manifest, out var cached)) return cached;
            var doc = (JsonMap)Json.ParseFile(Path.Combine(Root!, manifest))!;
            var result = new Dictionary<string, JsonLdTestCase>();
            foreach (var entry in ((List<object?>)doc["sequence"]!).Cast<JsonMap>())
            {
                var id = ((string)entry["@id"]!).TrimStart('#');
                var types = Json.AsList(entry["@type"]).Cast<string>().ToList();
                var options = entry.Get("option") as JsonMap ?? new JsonMap();
                result[id] = new JsonLdTestCase(manifest, id, (string)entry["name"]!, types, (string)entry["input"]!, entry.Get("expect") as string,
                    entry.Get("expectErrorCode") as string, entry.Get("context") as string, options);
            }
            return s_cache[manifest] = result;
        }
    }

    public static string LocalPath(string relative) => Path.Combine(Root!, relative);
}
