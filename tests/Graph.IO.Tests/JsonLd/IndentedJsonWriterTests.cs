using System.Text.Encodings.Web;
using System.Text.Json;
using Graph.IO.JsonLd;

namespace Graph.IO.Tests.JsonLd;

/// <summary>The compacted writer's own JSON output must be byte for byte what Utf8JsonWriter writes with its options.</summary>
public class IndentedJsonWriterTests
{
    private static readonly JsonWriterOptions s_options = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    public static TheoryData<string> Strings => new()
    {
        "",
        "plain ascii",
        "quote \" backslash \\ slash /",
        "controls \n \r \t \b \f \u0001 \u001f \u007f",
        "accents déjà Größe Île-de-France — « » ’",
        "cjk 東京 美術館 山田",
        "astral 😀 🎨 🖼️ 𝄞",
        "separators \u2028 \u2029 nbsp \u00a0 bom \ufeff zwj \u200d",
        "html <script>&amp;</script> '+'",
        "private use \ue000 noncharacter \ufdd0 \uffff",
        "lone surrogates \ud800 x \udc00",
        new string('é', 70_000) + "😀",
    };

    [Theory, MemberData(nameof(Strings))]
    public void StringsAreEscapedAsUtf8JsonWriterEscapesThem(string value)
    {
        var expected = WithUtf8JsonWriter(w =>
        {
            w.WriteStartObject();
            w.WritePropertyName(value);
            w.WriteStringValue(value);
            w.WriteEndObject();
        });
        var actual = WithIndentedWriter(w =>
        {
            w.WriteStartObject();
            w.WritePropertyName(value);
            w.WriteStringValue(value);
            w.WriteEndObject();
        });
        Assert.Equal(expected, actual);
        Assert.Equal(JavaScriptEncoder.UnsafeRelaxedJsonEscaping.Encode(value), System.Text.Encoding.UTF8.GetString(IndentedJsonWriter.Encode(value))[1..^1]);
    }

    [Fact]
    public void NestingAndEmptyContainersAreIndentedAsUtf8JsonWriterIndentsThem()
    {
        var expected = WithUtf8JsonWriter(w =>
        {
            w.WriteStartObject();
            w.WritePropertyName("@graph");
            w.WriteStartArray();
            for (var i = 0; i < 3000; i++)
            {
                w.WriteStartObject();
                w.WriteString("@id", "http://example.org/" + i);
                w.WritePropertyName("n");
                w.WriteNumberValue(i - 1500);
                w.WritePropertyName("b");
                w.WriteBooleanValue(i % 2 == 0);
                w.WritePropertyName("empty");
                w.WriteStartObject();
                w.WriteEndObject();
                w.WritePropertyName("none");
                w.WriteStartArray();
                w.WriteEndArray();
                w.WritePropertyName("list");
                w.WriteStartArray();
                w.WriteStringValue("a");
                w.WriteStartObject();
                w.WriteString("@value", "x");
                w.WriteEndObject();
                w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        });
        var actual = WithIndentedWriter(w =>
        {
            w.WriteStartObject();
            w.WritePropertyName(IndentedJsonWriter.Encode("@graph"));
            w.WriteStartArray();
            for (var i = 0; i < 3000; i++)
            {
                w.WriteStartObject();
                w.WritePropertyName("@id");
                w.WriteStringValue("http://example.org/" + i);
                w.WritePropertyName("n");
                w.WriteAsciiValue((i - 1500).ToString(System.Globalization.CultureInfo.InvariantCulture));
                w.WritePropertyName("b");
                w.WriteAsciiValue(i % 2 == 0 ? "true" : "false");
                w.WritePropertyName("empty");
                w.WriteStartObject();
                w.WriteEndObject();
                w.WritePropertyName("none");
                w.WriteStartArray();
                w.WriteEndArray();
                w.WritePropertyName("list");
                w.WriteStartArray();
                w.WriteRawValue(IndentedJsonWriter.Encode("a"));
                w.WriteStartObject();
                w.WritePropertyName(IndentedJsonWriter.Encode("@value"));
                w.WriteStringValue("x");
                w.WriteEndObject();
                w.WriteEndArray();
                w.WriteEndObject();
                w.FlushIfFull();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        });
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void ContinuesAnObjectThatAnotherWriterStarted()
    {
        var expected = WithUtf8JsonWriter(w =>
        {
            w.WriteStartObject();
            w.WriteString("@context", "c");
            w.WritePropertyName("@graph");
            w.WriteStartArray();
            w.WriteEndArray();
            w.WriteEndObject();
        });
        var head = WithUtf8JsonWriter(w =>
        {
            w.WriteStartObject();
            w.WriteString("@context", "c");
            w.WriteEndObject();
        });
        var tail = WithIndentedWriter(w =>
        {
            w.WritePropertyName("@graph");
            w.WriteStartArray();
            w.WriteEndArray();
            w.WriteEndObject();
        }, depth: 1, members: true);
        Assert.Equal(expected, head[..^2].Concat(tail).ToArray());
    }

    private static byte[] WithUtf8JsonWriter(Action<Utf8JsonWriter> write)
    {
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms, s_options)) write(w);
        return ms.ToArray();
    }

    private static byte[] WithIndentedWriter(Action<IndentedJsonWriter> write, int depth = 0, bool members = false)
    {
        using var ms = new MemoryStream();
        using (var w = new IndentedJsonWriter(ms, depth, members)) write(w);
        return ms.ToArray();
    }
}
