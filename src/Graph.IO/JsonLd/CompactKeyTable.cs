using System.Runtime.CompilerServices;
using Graph.Core.Iris;
using Graph.Core.Terms;
using Graph.Core.Vocabularies;

namespace Graph.IO.JsonLd;

/// <summary>
/// For the writer's compacted form: which key and value shape a (predicate, object) pair takes under a context. A term is
/// used only when its definition reproduces the object exactly on expansion (type coercion, language, container);
/// otherwise the pair falls back to a plain key (vocabulary suffix, compact IRI or full IRI) with an expanded value.
/// So the output always expands back to the same statements, whatever the context says.
/// </summary>
internal sealed class CompactKeyTable(ActiveContext context)
{
    /// <summary>How the value goes under its key.</summary>
    public enum Shape : byte
    {
        /// <summary>An IRI written as a bare string (term with <c>"@type": "@id"</c>).</summary>
        IdString,
        /// <summary>The lexical form as a bare string (term whose type or language mapping matches, or a plain string).</summary>
        LexicalString,
        /// <summary>Inside a language map, under the literal's language (or <c>@none</c>).</summary>
        LanguageMap,
        /// <summary>A node reference or value object.</summary>
        Object,
    }

    public readonly record struct Key(string Name, Shape Shape)
    {
        /// <summary>The name as a JSON string token (<see cref="IndentedJsonWriter.Encode"/>).</summary>
        public byte[] EncodedName { get; init; } = [];
    }

    private readonly Dictionary<(Iri Predicate, byte Kind, string? Extra), Key> _cache = [];
    private readonly Dictionary<string, (string Value, byte[] Encoded)> _types = new(StringComparer.Ordinal);
    private readonly bool _plainStringsOk = context.DefaultLanguage is null && context.DefaultDirection is null;

    /// <summary>Terms and prefixes the output used, so that the writer can embed only those definitions.</summary>
    public HashSet<string> Used { get; } = new(StringComparer.Ordinal);

    private string Use(string name)
    {
        var colon = name.IndexOf(':');
        if (context.Terms.ContainsKey(name)) Used.Add(name);
        else if (colon > 0 && context.Terms.ContainsKey(name[..colon])) Used.Add(name[..colon]);
        return name;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public Key For(Iri predicate, Term obj)
    {
        var keys = KeysOf(predicate);
        return obj switch
        {
            Literal { Language: { } language } => keys.ForLanguage(this, language),
            Literal l => keys.ForDatatype(this, l.Datatype),
            _ => keys.Node ??= Cached(predicate, 0, null),
        };
    }

    /// <summary>The key of a predicate whose object is an IRI or a blank node.</summary>
    public Key ForNode(Iri predicate) => KeysOf(predicate).Node ??= Cached(predicate, 0, null);

    /// <summary>The key of a predicate whose object is a literal with this datatype and no language.</summary>
    public Key ForDatatype(Iri predicate, Iri datatype) => KeysOf(predicate).ForDatatype(this, datatype);

    /// <summary>The key of a predicate whose object is a literal with this (lower-case) language.</summary>
    public Key ForLanguage(Iri predicate, string language) => KeysOf(predicate).ForLanguage(this, language);

    private Key Cached(Iri predicate, byte kind, string? extra)
    {
        if (!_cache.TryGetValue((predicate, kind, extra), out var key))
        {
            key = Choose(predicate.Value, kind, extra);
            key = key with { EncodedName = IndentedJsonWriter.Encode(key.Name) };
            Use(key.Name);
            _cache[(predicate, kind, extra)] = key;
        }
        return key;
    }

    // A dataset has few predicates and readers share one Iri per predicate: a short list scanned by reference finds the
    // keys of most statements without hashing the IRI (the dictionary behind it compares by value).
    private readonly PredicateKeys?[] _recent = new PredicateKeys?[16];
    private int _nextRecent;
    private readonly Dictionary<Iri, PredicateKeys> _byPredicate = [];

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private PredicateKeys KeysOf(Iri predicate)
    {
        foreach (var k in _recent)
        {
            if (k is null) break;
            if (ReferenceEquals(k.Predicate, predicate)) return k;
        }
        if (!_byPredicate.TryGetValue(predicate, out var keys)) _byPredicate[predicate] = keys = new PredicateKeys(predicate);
        _recent[_nextRecent] = keys;
        _nextRecent = (_nextRecent + 1) % _recent.Length;
        return keys;
    }

    /// <summary>The keys of one predicate: for node objects, and per datatype and per language of literal objects.</summary>
    private sealed class PredicateKeys(Iri predicate)
    {
        public Iri Predicate { get; } = predicate;
        public Key? Node;
        private readonly List<(Iri Datatype, Key Key)> _typed = [];
        private readonly List<(string Language, Key Key)> _languages = [];

        public Key ForDatatype(CompactKeyTable table, Iri datatype)
        {
            foreach (var (d, k) in _typed)
                if (ReferenceEquals(d, datatype)) return k;
            foreach (var (d, k) in _typed)
                if (d.Equals(datatype)) return k;
            var key = table.Cached(Predicate, 1, datatype.Value);
            _typed.Add((datatype, key));
            return key;
        }

        public Key ForLanguage(CompactKeyTable table, string language)
        {
            foreach (var (l, k) in _languages)
                if (ReferenceEquals(l, language) || l == language) return k;
            var key = table.Cached(Predicate, 2, language);
            _languages.Add((language, key));
            return key;
        }
    }

    private Key Choose(string iri, byte kind, string? extra)
    {
        foreach (var term in Candidates(iri))
        {
            var def = context.Terms[term];
            var container = def.Container ?? [];
            var plainContainer = container.Count == 0 || (container.Count == 1 && container[0] == "@set");
            var languageContainer = container.Contains("@language") && container.All(c => c is "@language" or "@set");
            if (def.Reverse || def.HasContext || def.Nest is not null) continue;
            switch (kind)
            {
                case 0 when plainContainer && def.Type == "@id": return new Key(term, Shape.IdString);
                case 1 when plainContainer && def.Type == extra: return new Key(term, Shape.LexicalString);
                case 1 when languageContainer && extra == Xsd.String.Value && def.Type is null: return new Key(term, Shape.LanguageMap);
                case 1 when plainContainer && extra == Xsd.String.Value && def.Type is null && !def.HasDirection
                             && (def.HasLanguage ? def.Language is null : _plainStringsOk):
                    return new Key(term, Shape.LexicalString);
                case 2 when languageContainer && def.Type is null && !def.HasDirection: return new Key(term, Shape.LanguageMap);
                case 2 when plainContainer && def.Type is null && def.HasLanguage && def.Language == extra && !def.HasDirection:
                    return new Key(term, Shape.LexicalString);
            }
        }
        return new Key(PlainKey(iri), Shape.Object);
    }

    private Dictionary<string, List<string>>? _termsByIri;
    private static readonly List<string> s_noTerms = [];

    /// <summary>The terms whose IRI mapping is <paramref name="iri"/>, shortest first, then in ordinal order.</summary>
    // Indexed once by plain loops: LINQ over the context's entries would be compiled at run time in every process.
    private List<string> Candidates(string iri)
    {
        if (_termsByIri is null)
        {
            _termsByIri = new(StringComparer.Ordinal);
            foreach (var entry in context.Terms)
            {
                if (entry.Value.Iri is not { } mapped) continue;
                if (!_termsByIri.TryGetValue(mapped, out var terms)) _termsByIri[mapped] = terms = [];
                terms.Add(entry.Key);
            }
            foreach (var terms in _termsByIri.Values)
                terms.Sort(static (a, b) => a.Length != b.Length ? a.Length.CompareTo(b.Length) : string.CompareOrdinal(a, b));
        }
        return _termsByIri.TryGetValue(iri, out var found) ? found : s_noTerms;
    }

    /// <summary>A key that expands to the IRI with no coercion at all, so any expanded value object is safe under it.</summary>
    private string PlainKey(string iri)
    {
        foreach (var term in Candidates(iri))
            if (context.Terms[term] is var def && def.Type is null && !def.HasLanguage && !def.HasDirection && def.Container is null && !def.Reverse && !def.HasContext && def.Nest is null)
                return term;
        if (context.Vocab is { } vocab && iri.Length > vocab.Length && iri.StartsWith(vocab, StringComparison.Ordinal))
        {
            var suffix = iri[vocab.Length..];
            if (!context.Terms.ContainsKey(suffix) && !suffix.Contains(':') && !Keywords.HasKeywordForm(suffix)) return suffix;
        }
        return CompactIri(iri) ?? Unconfused(iri);
    }

    private List<(string Term, string Iri)>? _prefixes;

    private List<(string Term, string Iri)> PrefixTerms()
    {
        var prefixes = new List<(string Term, string Iri)>();
        foreach (var entry in context.Terms)
            if (entry.Value.Prefix && entry.Value.Iri is { } iri) prefixes.Add((entry.Key, iri));
        return prefixes;
    }

    private string? CompactIri(string iri)
    {
        _prefixes ??= PrefixTerms();
        string? best = null;
        foreach (var (term, prefixIri) in _prefixes)
        {
            if (iri.Length <= prefixIri.Length || !iri.StartsWith(prefixIri, StringComparison.Ordinal)) continue;
            var suffix = iri[prefixIri.Length..];
            if (suffix.StartsWith("//", StringComparison.Ordinal)) continue;
            var candidate = term + ":" + suffix;
            if (context.Terms.ContainsKey(candidate)) continue;
            if (best is null || candidate.Length < best.Length || (candidate.Length == best.Length && string.CompareOrdinal(candidate, best) < 0)) best = candidate;
        }
        return best;
    }

    /// <summary>A class IRI as a value of <c>@type</c> (vocabulary-relative).</summary>
    public string Type(string iri) => TypeEntry(iri).Value;

    /// <summary><see cref="Type"/> as a JSON string token.</summary>
    public byte[] EncodedType(string iri) => TypeEntry(iri).Encoded;

    // Classes and datatypes repeat, each from one shared IRI string: checked by reference before hashing.
    private readonly (string? Iri, string Value, byte[] Encoded)[] _recentTypes = new (string?, string, byte[])[16];
    private int _nextRecentType;

    private (string? Iri, string Value, byte[] Encoded) TypeEntry(string iri)
    {
        foreach (var entry in _recentTypes)
        {
            if (entry.Iri is null) break;
            if (ReferenceEquals(entry.Iri, iri)) return entry;
        }
        if (!_types.TryGetValue(iri, out var type))
        {
            var candidates = Candidates(iri);
            var t = Use(candidates.Count > 0 ? candidates[0] : PlainTypeKey(iri));
            _types[iri] = type = (t, IndentedJsonWriter.Encode(t));
        }
        _recentTypes[_nextRecentType] = (iri, type.Value, type.Encoded);
        _nextRecentType = (_nextRecentType + 1) % _recentTypes.Length;
        return (iri, type.Value, type.Encoded);
    }

    private string PlainTypeKey(string iri)
    {
        if (context.Vocab is { } vocab && iri.Length > vocab.Length && iri.StartsWith(vocab, StringComparison.Ordinal))
        {
            var suffix = iri[vocab.Length..];
            if (!context.Terms.ContainsKey(suffix) && !suffix.Contains(':')) return suffix;
        }
        return CompactIri(iri) ?? Unconfused(iri);
    }

    /// <summary>An IRI as a value of <c>@id</c> or of an <c>"@type": "@id"</c> term (document-relative): compact IRI or absolute.</summary>
    public string Id(string iri)
    {
        if (CompactIri(iri) is { } compact) return Use(compact);
        var colon = iri.IndexOf(':');
        if (colon <= 0 || !IriResolver.IsAbsolute(iri)) throw JsonLdException.Of("invalid @id value", "relative IRI " + iri);
        return Unconfused(iri);
    }

    private byte[][]? _prefixBytes;

    /// <summary>
    /// True when <see cref="Id"/> would return this IRI (given as UTF-8) unchanged and use no term: no prefix IRI is a
    /// proper prefix of it and it has a scheme followed by <c>//</c> (so no prefix term can be read into it). Lets a
    /// writer skip making a string of most IRIs.
    /// </summary>
    public bool IsOwnId(ReadOnlySpan<byte> iri)
    {
        if (_prefixBytes is null)
        {
            _prefixes ??= PrefixTerms();
            _prefixBytes = new byte[_prefixes.Count][];
            for (var i = 0; i < _prefixes.Count; i++) _prefixBytes[i] = System.Text.Encoding.UTF8.GetBytes(_prefixes[i].Iri);
        }
        var colon = iri.IndexOf((byte)':');
        if (colon <= 0 || !char.IsAsciiLetter((char)iri[0]) || !iri[(colon + 1)..].StartsWith("//"u8)) return false;
        foreach (var b in iri[1..colon])
            if (!(char.IsAsciiLetterOrDigit((char)b) || b is (byte)'+' or (byte)'-' or (byte)'.')) return false;
        foreach (var prefix in _prefixBytes)
            if (iri.Length > prefix.Length && iri.StartsWith(prefix)) return false;
        return true;
    }

    /// <summary>
    /// An absolute IRI written as it is. One whose scheme is a prefix term (<c>xsd:date</c> as a whole IRI) would expand
    /// as a compact IRI: refuse (the writer then falls back to the expanded form) rather than write a wrong graph.
    /// </summary>
    private string Unconfused(string iri)
    {
        var colon = iri.IndexOf(':');
        if (colon > 0 && !iri.AsSpan(colon + 1).StartsWith("//") && _prefixTerms.Contains(iri.AsSpan(0, colon)))
            throw JsonLdException.Of(ConfusedWithPrefix, iri);
        return iri;
    }

    /// <summary>The spec's error code for an IRI that a context would read as a compact IRI.</summary>
    public const string ConfusedWithPrefix = "IRI confused with prefix";

    private HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _prefixTerms =>
        (_prefixTermSet ??= new HashSet<string>(context.Terms.Where(t => t.Value.Prefix).Select(t => t.Key), StringComparer.Ordinal)).GetAlternateLookup<ReadOnlySpan<char>>();

    private HashSet<string>? _prefixTermSet;
}
