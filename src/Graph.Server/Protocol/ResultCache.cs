using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace Graph.Server.Protocol;

/// <summary>
/// Finished responses of recent queries, keyed by the snapshot generation, the format, the protocol dataset and the
/// query text. A snapshot never changes, so an entry is exact for as long as its generation is current; a reload
/// starts a new generation and the old entries are dropped. Queries whose answer may differ between two runs over the
/// same data (NOW, RAND, UUID, STRUUID, BNODE) are never cached. Bounded in bytes; when full it is emptied (cheap, and
/// a working set of hot queries refills it at once).
/// </summary>
internal sealed partial class ResultCache(long capacityBytes)
{
    private const int MaxEntryBytes = 1 << 20;

    private readonly ConcurrentDictionary<string, CachedResponse> _entries = new(StringComparer.Ordinal);
    private long _bytes;
    private long _generation;

    public bool Enabled => capacityBytes > 0;

    public static string Key(long generation, ResponseFormat format, string datasetKey, string queryText) =>
        string.Concat(generation.ToString(System.Globalization.CultureInfo.InvariantCulture), "\n", format.MediaType, "\n", datasetKey, "\n", queryText);

    public static bool IsDeterministic(string queryText) => !NonDeterministic().IsMatch(queryText);

    public bool TryGet(long generation, string key, out CachedResponse response)
    {
        response = default;
        return Enabled && generation == Volatile.Read(ref _generation) && _entries.TryGetValue(key, out response);
    }

    public void Add(long generation, string key, ReadOnlySpan<byte> body, string contentType)
    {
        if (!Enabled || body.Length > MaxEntryBytes) return;
        var current = Volatile.Read(ref _generation);
        if (generation < current) return;
        // Keys carry their generation, so a stale entry can never be served; dropping them only frees the memory.
        if (generation > current && Interlocked.CompareExchange(ref _generation, generation, current) == current)
        {
            _entries.Clear();
            Interlocked.Exchange(ref _bytes, 0);
        }
        if (Interlocked.Add(ref _bytes, body.Length) > capacityBytes)
        {
            _entries.Clear();
            Interlocked.Exchange(ref _bytes, body.Length);
        }
        _entries[key] = new CachedResponse(body.ToArray(), contentType);
    }

    [GeneratedRegex(@"\b(NOW|RAND|UUID|STRUUID|BNODE)\s*\(", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NonDeterministic();
}

/// <summary>A cached response body and its Content-Type.</summary>
internal readonly record struct CachedResponse(byte[] Body, string ContentType);
