using System.Buffers;
using System.Text;
using System.Text.Json;

namespace Graph.IO.JsonLd;

/// <summary>Parsing, writing, cloning and comparing the internal JSON representation (<see cref="JsonMap"/>, lists, scalars).</summary>
internal static class Json
{
    internal static readonly JsonReaderOptions s_readerOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = false, MaxDepth = 4096 };

    public static object? Parse(ReadOnlySpan<byte> utf8)
    {
        if (utf8.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) utf8 = utf8[3..];
        var reader = new Utf8JsonReader(utf8, s_readerOptions);
        try
        {
            if (!reader.Read()) throw JsonLdException.Of("loading document failed", "empty JSON document");
            var value = ReadValue(ref reader);
            if (reader.Read()) throw JsonLdException.Of("loading document failed", "trailing data after the JSON value");
            return value;
        }
        catch (JsonException e)
        {
            throw new JsonLdException("loading document failed", $"invalid JSON at line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}: {e.Message}", e);
        }
    }

    public static object? Parse(string text) => Parse(Encoding.UTF8.GetBytes(text));

    public static object? ParseFile(string path) => Parse(File.ReadAllBytes(path));

    internal static object? ReadValue(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var map = new JsonMap();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var key = reader.GetString()!;
                    reader.Read();
                    map[key] = ReadValue(ref reader);
                }
                return map;
            case JsonTokenType.StartArray:
                var list = new List<object?>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray) list.Add(ReadValue(ref reader));
                return list;
            case JsonTokenType.String: return reader.GetString();
            case JsonTokenType.True: return true;
            case JsonTokenType.False: return false;
            case JsonTokenType.Null: return null;
            case JsonTokenType.Number:
                var span = reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan;
                if (span.IndexOfAny(".eE"u8) < 0 && reader.TryGetInt64(out var l)) return l;
                return reader.GetDouble();
            default:
                throw new JsonException("unexpected token " + reader.TokenType);
        }
    }

    public static void Write(Utf8JsonWriter w, object? value)
    {
        switch (value)
        {
            case null: w.WriteNullValue(); break;
            case string s: w.WriteStringValue(s); break;
            case bool b: w.WriteBooleanValue(b); break;
            case long l: w.WriteNumberValue(l); break;
            case int i: w.WriteNumberValue(i); break;
            case double d: WriteDouble(w, d); break;
            case JsonMap m:
                w.WriteStartObject();
                foreach (var (k, v) in m) { w.WritePropertyName(k); Write(w, v); }
                w.WriteEndObject();
                break;
            case List<object?> list:
                w.WriteStartArray();
                foreach (var v in list) Write(w, v);
                w.WriteEndArray();
                break;
            default: throw new InvalidOperationException("not a JSON value: " + value.GetType().Name);
        }
    }

    private static void WriteDouble(Utf8JsonWriter w, double d) => w.WriteNumberValue(d);

    public static string Serialize(object? value, bool indented = true)
    {
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms, new JsonWriterOptions { Indented = indented, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping, NewLine = "\n", SkipValidation = true }))
            Write(w, value);
        return Encoding.UTF8.GetString(ms.ToArray());
    }

    public static object? Clone(object? value) => value switch
    {
        JsonMap m => CloneMap(m),
        List<object?> l => l.Select(Clone).ToList(),
        _ => value,
    };

    private static JsonMap CloneMap(JsonMap m)
    {
        var r = new JsonMap(m.Count);
        foreach (var (k, v) in m) r[k] = Clone(v);
        return r;
    }

    /// <summary>Structural equality with arrays in order (as the algorithms need, e.g. for protected term comparison).</summary>
    public static bool DeepEquals(object? a, object? b)
    {
        switch (a)
        {
            case null: return b is null;
            case JsonMap ma:
                if (b is not JsonMap mb || ma.Count != mb.Count) return false;
                foreach (var (k, v) in ma) if (!mb.TryGetValue(k, out var w) || !DeepEquals(v, w)) return false;
                return true;
            case List<object?> la:
                if (b is not List<object?> lb || la.Count != lb.Count) return false;
                for (var i = 0; i < la.Count; i++) if (!DeepEquals(la[i], lb[i])) return false;
                return true;
            case long or double or int:
                return b is long or double or int && ToDouble(a) == ToDouble(b);
            default:
                return a.Equals(b);
        }
    }

    public static double ToDouble(object? n) => n switch { long l => l, int i => i, double d => d, _ => double.NaN };

    public static bool IsScalar(object? v) => v is string or bool or long or double or int;

    public static List<object?> AsList(object? v) => v is List<object?> l ? l : [v];

    public static int CompareCodePoints(string? a, string? b)
    {
        if (a is null || b is null) return a is null ? (b is null ? 0 : -1) : 1;
        var i = 0;
        var j = 0;
        while (i < a.Length && j < b.Length)
        {
            var ca = CodePointAt(a, i);
            var cb = CodePointAt(b, j);
            if (ca != cb) return ca.CompareTo(cb);
            i += ca > 0xFFFF ? 2 : 1;
            j += cb > 0xFFFF ? 2 : 1;
        }
        return (a.Length - i).CompareTo(b.Length - j);
    }

    private static int CodePointAt(string s, int i) =>
        char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]) ? char.ConvertToUtf32(s[i], s[i + 1]) : s[i];
}
