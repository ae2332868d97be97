namespace Graph.IO.JsonLd;

/// <summary>
/// The JSON-LD internal representation of a JSON object: an insertion-ordered map. Arrays are <see cref="List{T}"/> of
/// object, strings are string, numbers are long (integral tokens) or double, and JSON null is null.
/// </summary>
internal sealed class JsonMap : OrderedDictionary<string, object?>
{
    public JsonMap() : base(StringComparer.Ordinal) { }

    public JsonMap(int capacity) : base(capacity, StringComparer.Ordinal) { }

    public object? Get(string key) => TryGetValue(key, out var v) ? v : null;

    public bool Has(string key) => ContainsKey(key);

    /// <summary>Keys in code point (ordinal UTF-16 is wrong for astral characters, so compare by code points).</summary>
    public List<string> SortedKeys()
    {
        var keys = new List<string>(Keys);
        keys.Sort(Json.CompareCodePoints);
        return keys;
    }
}
