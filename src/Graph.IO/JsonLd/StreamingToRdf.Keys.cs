using System.Text.Json;
using Graph.Core.Terms;
using Graph.IO.Text;

namespace Graph.IO.JsonLd;

internal sealed partial class StreamingToRdf
{
    // Keys, @type values and language tags repeat on every node: looked up by their UTF-8 bytes, the common case
    // allocates no string and expands nothing. Escaped or split tokens take the string path. Cleared with the context.
    private readonly TermCache<KeyInfo> _keyBytes = new(256, 48);
    private readonly TermCache<string> _expandedBytes = new(256, 48);
    private readonly TermCache<string> _typeIriBytes = new(256, 64);
    private readonly TermCache<Term> _nodeTypeBytes = new(256, 64);
    private readonly TermCache<string> _languageBytes = new(64, 32);

    private static bool IsPlain(in Utf8JsonReader reader) => !reader.ValueIsEscaped && !reader.HasValueSequence;

    private void ClearByteCaches()
    {
        _keys.Clear();
        _keyBytes.Clear();
        _expandedBytes.Clear();
        _typeIriBytes.Clear();
        _nodeTypeBytes.Clear();
    }

    /// <summary>What the property name under the reader means (see <see cref="Resolve"/>).</summary>
    private KeyInfo ResolveKey(ref Utf8JsonReader reader)
    {
        if (!IsPlain(reader)) return Resolve(reader.GetString()!);
        if (_keyBytes.Get(reader.ValueSpan, out var slot) is { } info) return info;
        info = Resolve(reader.GetString()!);
        _keyBytes.Set(slot, reader.ValueSpan, info);
        return info;
    }

    /// <summary>The string under the reader expanded as a key (vocabulary-relative, not document-relative).</summary>
    private string? ExpandKey(ref Utf8JsonReader reader) => Expand(ref reader, _expandedBytes, documentRelative: false);

    /// <summary>The string under the reader expanded as a datatype IRI (vocabulary- and document-relative).</summary>
    private string? ExpandTypeIri(ref Utf8JsonReader reader) => Expand(ref reader, _typeIriBytes, documentRelative: true);

    private string? Expand(ref Utf8JsonReader reader, TermCache<string> cache, bool documentRelative)
    {
        if (!IsPlain(reader)) return IriExpansion.Expand(_context, reader.GetString()!, documentRelative, true);
        if (cache.Get(reader.ValueSpan, out var slot) is { } expanded) return expanded;
        expanded = IriExpansion.Expand(_context, reader.GetString()!, documentRelative, true);
        if (expanded is not null) cache.Set(slot, reader.ValueSpan, expanded);
        return expanded;
    }

    /// <summary>A node's <c>@type</c> value under the reader: adds its statement, remembering the term by its bytes.</summary>
    private void AddType(ref Utf8JsonReader reader, List<(Iri, Term)> pending)
    {
        var plain = IsPlain(reader);
        var slot = 0;
        if (plain && _nodeTypeBytes.Get(reader.ValueSpan, out slot) is { } cached)
        {
            pending.Add((Graph.Core.Vocabularies.Rdf.Type, cached));
            return;
        }
        var type = AddType(reader.GetString()!, pending);
        if (plain && type is not null) _nodeTypeBytes.Set(slot, reader.ValueSpan, type);
    }

    /// <summary>The language tag under the reader, in lower case.</summary>
    private string LowerLanguage(ref Utf8JsonReader reader)
    {
        if (!IsPlain(reader)) return reader.GetString()!.ToLowerInvariant();
        if (_languageBytes.Get(reader.ValueSpan, out var slot) is { } language) return language;
        language = reader.GetString()!.ToLowerInvariant();
        _languageBytes.Set(slot, reader.ValueSpan, language);
        return language;
    }
}
