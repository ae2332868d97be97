using System.Text.Json;

namespace Graph.Publishing.Dumps;

/// <summary>
/// What a bulk dump holds (<c>manifest.json</c> beside the parts): the parts in load order with their sizes, quad counts
/// and SHA-256, so a loader can check what it received.
/// </summary>
/// <param name="Format">Media type of the uncompressed parts (<c>application/n-quads</c>).</param>
/// <param name="Compression"><c>gzip</c>.</param>
/// <param name="SplitSize">Most N-Quads bytes (before compression) a part holds.</param>
/// <param name="Quads">Quads over all parts.</param>
/// <param name="Parts">The parts, in order.</param>
public sealed record DumpManifest(string Format, string Compression, long SplitSize, long Quads, IReadOnlyList<DumpPart> Parts)
{
    public const string FileName = "manifest.json";

    private static readonly JsonSerializerOptions s_json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    };

    public string ToJson() => JsonSerializer.Serialize(this, s_json).ReplaceLineEndings("\n") + "\n";

    public static DumpManifest FromJson(string json) =>
        JsonSerializer.Deserialize<DumpManifest>(json, s_json) ?? throw new InvalidDataException("empty dump manifest");
}
