using System.Buffers;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Graph.Server.Protocol;

/// <summary>
/// A SPARQL protocol request decoded the same way whatever its shape
/// (https://www.w3.org/TR/sparql11-protocol/#query-operation): the parameters (URL query string, plus the body of a
/// form POST) and, for a direct POST, the query or update text from the body.
/// </summary>
internal sealed record ProtocolRequest(IReadOnlyList<KeyValuePair<string, string>> Parameters, string? DirectQuery, string? DirectUpdate)
{
    public const string FormType = "application/x-www-form-urlencoded";
    public const string QueryType = "application/sparql-query";
    public const string UpdateType = "application/sparql-update";

    public IEnumerable<string> All(string name) =>
        Parameters.Where(p => p.Key.Equals(name, StringComparison.Ordinal)).Select(p => p.Value);

    /// <summary>The one value of <paramref name="name"/>, null when absent; 400 when repeated.</summary>
    public string? Single(string name)
    {
        string? found = null;
        foreach (var value in All(name))
        {
            if (found is not null) throw new ProtocolException(StatusCodes.Status400BadRequest, $"The request has more than one '{name}' parameter.");
            found = value;
        }
        return found;
    }

    public static async Task<ProtocolRequest> ReadAsync(HttpContext context, int maxBytes)
    {
        var request = context.Request;
        var parameters = FormParser.Parse(request.QueryString);
        if (!HttpMethods.IsPost(request.Method)) return new ProtocolRequest(parameters, null, null);

        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type) || type.MediaType.Value is not { } mediaType)
            throw new ProtocolException(StatusCodes.Status415UnsupportedMediaType,
                $"A POST needs a Content-Type: {FormType}, {QueryType} or {UpdateType}.");
        var charset = type.Charset.Value;
        if (charset is not null && !charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) && !charset.Equals("utf8", StringComparison.OrdinalIgnoreCase))
            throw new ProtocolException(StatusCodes.Status415UnsupportedMediaType, $"charset={charset} is not supported; the protocol uses UTF-8.");

        if (mediaType.Equals(FormType, StringComparison.OrdinalIgnoreCase))
        {
            var body = await ReadBodyAsync(context, maxBytes).ConfigureAwait(false);
            parameters.AddRange(FormParser.Parse(body));
            return new ProtocolRequest(parameters, null, null);
        }
        if (mediaType.Equals(QueryType, StringComparison.OrdinalIgnoreCase))
            return new ProtocolRequest(parameters, FormParser.DecodeUtf8(await ReadBodyAsync(context, maxBytes).ConfigureAwait(false), "query"), null);
        if (mediaType.Equals(UpdateType, StringComparison.OrdinalIgnoreCase))
            return new ProtocolRequest(parameters, null, FormParser.DecodeUtf8(await ReadBodyAsync(context, maxBytes).ConfigureAwait(false), "update"));
        throw new ProtocolException(StatusCodes.Status415UnsupportedMediaType,
            $"Content-Type {mediaType} is not supported here; use {FormType}, {QueryType} or {UpdateType}.");
    }

    /// <summary>The whole body, or 413 as soon as it exceeds <paramref name="maxBytes"/> (declared or actual).</summary>
    public static async Task<byte[]> ReadBodyAsync(HttpContext context, int maxBytes)
    {
        var request = context.Request;
        if (request.ContentLength > maxBytes) throw TooLarge(maxBytes);
        var buffer = new ArrayBufferWriter<byte>((int)Math.Min(request.ContentLength ?? 4096, maxBytes) + 1);
        while (true)
        {
            var memory = buffer.GetMemory(4096);
            var n = await request.Body.ReadAsync(memory, context.RequestAborted).ConfigureAwait(false);
            if (n == 0) break;
            buffer.Advance(n);
            if (buffer.WrittenCount > maxBytes) throw TooLarge(maxBytes);
        }
        return buffer.WrittenSpan.ToArray();
    }

    private static ProtocolException TooLarge(int maxBytes) =>
        new(StatusCodes.Status413PayloadTooLarge, $"The request body is larger than the server's limit of {maxBytes} bytes.");
}
