using System.Text.Json;
using Graph.Core.Terms;
using Graph.Core.Vocabularies;

namespace Graph.IO.JsonLd;

/// <summary>
/// A one-pass toRdf for the common shape of JSON-LD files (what <see cref="JsonLdWriter"/> writes, and most published
/// data): a top-level <c>@context</c> and <c>@graph</c> (or an expanded top-level array) of node objects whose keys are
/// plain terms, compact IRIs or IRIs, with <c>@id</c>, <c>@type</c>, nested nodes, value objects, language maps and named
/// graphs. It reads tokens with <see cref="Utf8JsonReader"/> and emits the statements the full algorithm would (up to
/// blank node labels), without building expanded documents or node maps. Anything outside that subset (scoped contexts,
/// lists, reverse properties, @nest, @included, index/id/type maps, @json, directions...) makes it give up, and the
/// caller runs the full algorithm on the same bytes.
/// </summary>
internal sealed partial class StreamingToRdf(JsonLdOptions options, string? documentUrl, string blankNodePrefix)
{
    private sealed class GiveUp : Exception;

    private enum KeyKind : byte { Skip, Id, Type, Graph, Property, Unsupported }

    private sealed record KeyInfo(KeyKind Kind, Iri? Predicate, TermDefinition? Definition);

    private readonly List<Quad> _quads = [];
    private readonly Dictionary<string, KeyInfo> _keys = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Term?> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Term?> _vocabIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, BlankNode> _blankNodes = new(StringComparer.Ordinal);
    private readonly Stack<List<(Iri, Term)>> _pool = new();
    private ActiveContext _context = null!;
    private int _fresh;

    /// <summary>The statements of the document, or null when it is outside the supported subset.</summary>
    public List<Quad>? TryRun(ReadOnlySpan<byte> utf8)
    {
        if (options.ExpandContext is not null || options.IsJsonLd10) return null;
        _context = ActiveContext.Initial(options.Base ?? documentUrl, options);
        var reader = new Utf8JsonReader(utf8, Json.s_readerOptions);
        try
        {
            if (!reader.Read()) return null;
            if (reader.TokenType == JsonTokenType.StartArray) ReadNodeArray(ref reader, null);
            else if (reader.TokenType == JsonTokenType.StartObject) ReadTopObject(ref reader);
            else return null;
            if (reader.Read()) return null;
            return _quads;
        }
        catch (GiveUp)
        {
            return null;
        }
        catch (JsonException)
        {
            return null; // The full path reports the syntax error with its position.
        }
    }

    private void ReadTopObject(ref Utf8JsonReader reader)
    {
        var sawGraph = false;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var key = reader.GetString()!;
            reader.Read();
            if (key == "@context" && !sawGraph)
            {
                _context = ContextProcessor.Process(_context, Json.ReadValue(ref reader), documentUrl ?? options.Base);
                if (_context.PreviousContext is not null || _context.DefaultDirection is not null) throw new GiveUp();
                ClearByteCaches();
                continue;
            }
            if (key != "@graph" || reader.TokenType != JsonTokenType.StartArray || _context.Terms.ContainsKey("@graph")) throw new GiveUp();
            sawGraph = true;
            ReadNodeArray(ref reader, null);
        }
    }

    private void ReadNodeArray(ref Utf8JsonReader reader, Term? graph)
    {
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.StartObject) throw new GiveUp();
            ReadNode(ref reader, graph, topLevel: true);
        }
    }

    private KeyInfo Resolve(string key)
    {
        if (_keys.TryGetValue(key, out var info)) return info;
        var expanded = IriExpansion.Expand(_context, key, false, true);
        var def = _context.Get(key);
        info = expanded switch
        {
            null => new KeyInfo(KeyKind.Skip, null, null),
            "@id" => new KeyInfo(KeyKind.Id, null, null),
            "@type" => new KeyInfo(def?.Container is null ? KeyKind.Type : KeyKind.Unsupported, null, null),
            "@graph" => new KeyInfo(KeyKind.Graph, null, null),
            _ when Keywords.IsKeyword(expanded) => new KeyInfo(KeyKind.Unsupported, null, null),
            _ when !expanded.Contains(':') => new KeyInfo(KeyKind.Skip, null, null),
            _ when expanded.StartsWith("_:", StringComparison.Ordinal) => new KeyInfo(KeyKind.Unsupported, null, null),
            _ when def is not null && !IsSimple(def) => new KeyInfo(KeyKind.Unsupported, null, null),
            _ => new KeyInfo(ContextProcessor.IsWellFormedIri(expanded) ? KeyKind.Property : KeyKind.Skip, new Iri(expanded), def),
        };
        _keys[key] = info;
        return info;
    }

    private static bool IsSimple(TermDefinition def) =>
        !def.HasContext && !def.Reverse && def.Nest is null && def.Index is null && !(def.HasDirection && def.Direction is not null)
        && def.Type is not ("@json" or "@none")
        && (def.Container is null || def.Container.All(c => c is "@set" or "@language"));

    private List<(Iri, Term)> Rent() => _pool.Count > 0 ? _pool.Pop() : [];

    private void Return(List<(Iri, Term)> list)
    {
        list.Clear();
        _pool.Push(list);
    }
}
