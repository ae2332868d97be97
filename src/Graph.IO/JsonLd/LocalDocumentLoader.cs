using System.Reflection;

namespace Graph.IO.JsonLd;

/// <summary>
/// A document loader that never touches the network: a URL resolves to a file under a mapped folder, or to a context
/// shipped inside this assembly (the schema.org context). Anything else fails with <c>loading document failed</c>,
/// naming the URL, so that a missing context is an explicit error rather than a silent fetch.
/// </summary>
public sealed class LocalDocumentLoader : IJsonLdDocumentLoader
{
    private readonly List<KeyValuePair<string, string>> _folders = [];
    private readonly Dictionary<string, Func<byte[]>> _documents = new(StringComparer.Ordinal);

    /// <summary>The loader with only the contexts that ship with Graph (schema.org).</summary>
    public static LocalDocumentLoader Default { get; } = new LocalDocumentLoader().WithShippedContexts();

    /// <summary>Serves every URL starting with <paramref name="urlPrefix"/> from the same relative path under <paramref name="folder"/>.</summary>
    public LocalDocumentLoader MapFolder(string urlPrefix, string folder)
    {
        _folders.Add(new(urlPrefix, folder));
        return this;
    }

    /// <summary>Serves <paramref name="url"/> from the given bytes.</summary>
    public LocalDocumentLoader MapDocument(string url, Func<byte[]> content)
    {
        _documents[url] = content;
        return this;
    }

    /// <summary>Adds the schema.org context under its usual URLs.</summary>
    public LocalDocumentLoader WithShippedContexts()
    {
        foreach (var url in (string[])["http://schema.org", "http://schema.org/", "https://schema.org", "https://schema.org/",
                     "https://schema.org/docs/jsonldcontext.jsonld", "http://schema.org/docs/jsonldcontext.jsonld"])
            MapDocument(url, () => ReadResource("Graph.IO.JsonLd.schemaorg-context.jsonld"));
        return this;
    }

    public RemoteDocument Load(string url)
    {
        var key = StripFragment(url);
        if (_documents.TryGetValue(key, out var content)) return new RemoteDocument(url, Json.Parse(content()));
        foreach (var (prefix, folder) in _folders)
        {
            if (!key.StartsWith(prefix, StringComparison.Ordinal)) continue;
            var path = Path.Combine(folder, key[prefix.Length..].Replace('/', Path.DirectorySeparatorChar));
            if (!File.Exists(path)) throw new JsonLdException("loading document failed", $"{url}: no such file {path}");
            var contentType = path.EndsWith(".html", StringComparison.Ordinal) ? "text/html"
                : path.EndsWith(".jsonld", StringComparison.Ordinal) ? "application/ld+json" : "application/json";
            return new RemoteDocument(url, Json.ParseFile(path), contentType);
        }
        throw new JsonLdException("loading document failed", $"{url} is not in the local document map (remote documents are never fetched)");
    }

    private static string StripFragment(string url)
    {
        var hash = url.IndexOf('#', StringComparison.Ordinal);
        return hash < 0 ? url : url[..hash];
    }

    internal static byte[] ReadResource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException("missing embedded resource " + name);
        using var ms = new MemoryStream();
        stream.CopyTo(ms);
        return ms.ToArray();
    }
}
