namespace Graph.IO.JsonLd;

/// <summary>
/// A JSON-LD processing error with its spec error code (JSON-LD 1.1 API §9.6.2, e.g. <c>invalid @id value</c>).
/// See https://www.w3.org/TR/json-ld11-api/#jsonlderrorcode.
/// </summary>
public sealed class JsonLdException(string code, string message, Exception? inner = null) : Exception($"{code}: {message}", inner)
{
    /// <summary>The JSON-LD error code, exactly as the specification spells it.</summary>
    public string Code { get; } = code;

    internal static JsonLdException Of(string code, string? detail = null) => new(code, detail ?? code);
}
