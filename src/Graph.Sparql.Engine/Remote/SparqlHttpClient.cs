using System.Net.Http.Headers;
using System.Text;
using Graph.Core.Terms;
using Graph.IO;
using Graph.Sparql.Algebra;
using Graph.Sparql.Results;

namespace Graph.Sparql.Engine.Remote;

/// <summary>
/// A SPARQL 1.1 Protocol client (https://www.w3.org/TR/sparql11-protocol/): queries by GET when the URL stays short,
/// else by POST of an HTML form; updates by POST. Content negotiation asks for the result formats we read (SPARQL
/// Results JSON, XML, TSV, CSV for SELECT / ASK; Turtle, N-Triples, RDF/XML, JSON-LD, TriG, N-Quads for CONSTRUCT /
/// DESCRIBE). Failures raise <see cref="SparqlProtocolException"/> (with the status and the start of the body) or
/// <see cref="QueryTimeoutException"/>. Also the <see cref="ISparqlServiceClient"/> for SERVICE.
/// </summary>
public sealed class SparqlHttpClient(HttpClient http, SparqlHttpClientOptions? options = null) : ISparqlServiceClient
{
    private const string ResultsAccept =
        "application/sparql-results+json, application/sparql-results+xml;q=0.9, text/tab-separated-values;q=0.8, text/csv;q=0.5";

    private const string GraphAccept =
        "text/turtle, application/n-triples;q=0.9, application/rdf+xml;q=0.8, application/ld+json;q=0.7, application/trig;q=0.6, application/n-quads;q=0.6";

    private readonly SparqlHttpClientOptions _options = options ?? new SparqlHttpClientOptions();

    /// <summary>Runs a query of the given form at the endpoint and reads the answer into a <see cref="QueryResult"/>.</summary>
    public async Task<QueryResult> QueryAsync(Uri endpoint, string query, QueryForm form, CancellationToken cancellationToken = default)
    {
        var graph = form is QueryForm.Construct or QueryForm.Describe;
        using var request = QueryRequest(endpoint, query);
        request.Headers.Accept.ParseAdd(graph ? GraphAccept : ResultsAccept);
        return await SendAsync(endpoint, request, async (response, body) =>
        {
            var mediaType = response.Content.Headers.ContentType?.MediaType?.ToLowerInvariant() ?? "";
            return graph ? ReadGraph(endpoint, mediaType, body, form) : ReadResults(endpoint, mediaType, body, form);
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Sends an update request (POST, <c>update=</c> form field); returns when the endpoint accepted it.</summary>
    public async Task UpdateAsync(Uri endpoint, string update, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint)
        {
            Content = new FormUrlEncodedContent([new("update", update)]),
        };
        await SendAsync(endpoint, request, (_, _) => Task.FromResult(true), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Dereferences an RDF document (for LOAD): GET with the RDF syntaxes we read; its statements.</summary>
    public async Task<IReadOnlyList<Quad>> GetGraphAsync(Uri document, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, document);
        request.Headers.Accept.ParseAdd(GraphAccept);
        var result = await SendAsync(document, request, (response, body) =>
            Task.FromResult(ReadGraph(document, response.Content.Headers.ContentType?.MediaType?.ToLowerInvariant() ?? "", body, QueryForm.Construct)),
            cancellationToken).ConfigureAwait(false);
        return result.Triples;
    }

    /// <inheritdoc/>
    public SparqlResultSet Select(Iri endpoint, string query, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(endpoint.Value, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            throw new SparqlProtocolException(new Uri("about:blank"), null, $"<{endpoint.Value}> is not an HTTP(S) endpoint.");
        // SERVICE runs inside the synchronous evaluator: block on the HTTP exchange here, at the edge.
        var result = QueryAsync(uri, query, QueryForm.Select, cancellationToken).GetAwaiter().GetResult();
        return new SparqlResultSet(result.Variables, result.Rows);
    }

    private HttpRequestMessage QueryRequest(Uri endpoint, string query)
    {
        var encoded = Uri.EscapeDataString(query);
        var separator = string.IsNullOrEmpty(endpoint.Query) ? "?" : "&";
        var url = endpoint.AbsoluteUri + separator + "query=" + encoded;
        if (url.Length <= _options.MaxGetUrlLength) return new HttpRequestMessage(HttpMethod.Get, url);
        return new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new FormUrlEncodedContent([new("query", query)]) };
    }

    private async Task<T> SendAsync<T>(Uri endpoint, HttpRequestMessage request, Func<HttpResponseMessage, byte[], Task<T>> read, CancellationToken cancellationToken)
    {
        request.Headers.UserAgent.ParseAdd(_options.UserAgent);
        if (_options.Authorization is { } auth) request.Headers.Authorization = auth;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (_options.Timeout is { } t) timeout.CancelAfter(t);
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
            var body = await response.Content.ReadAsByteArrayAsync(timeout.Token).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
                throw new SparqlProtocolException(endpoint, (int)response.StatusCode,
                    $"{endpoint} answered {(int)response.StatusCode} {response.ReasonPhrase}: {Excerpt(body)}");
            return await read(response, body).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested && _options.Timeout is { } limit)
        {
            throw new QueryTimeoutException(limit);
        }
        catch (HttpRequestException e)
        {
            throw new SparqlProtocolException(endpoint, null, $"{endpoint} cannot be reached: {e.Message}", e);
        }
    }

    private static QueryResult ReadResults(Uri endpoint, string mediaType, byte[] body, QueryForm form)
    {
        SparqlResultsFormat format = mediaType switch
        {
            "application/sparql-results+json" or "application/json" => SparqlResultsFormat.Json,
            "application/sparql-results+xml" or "application/xml" or "text/xml" => SparqlResultsFormat.Xml,
            "text/tab-separated-values" => SparqlResultsFormat.Tsv,
            "text/csv" => SparqlResultsFormat.Csv,
            _ => throw new SparqlProtocolException(endpoint, 200, $"{endpoint} answered in '{mediaType}', not a SPARQL results format: {Excerpt(body)}"),
        };
        SparqlResultSet set;
        try
        {
            set = SparqlResults.Read(new MemoryStream(body), format);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new SparqlProtocolException(endpoint, 200, $"{endpoint} sent unreadable {mediaType}: {e.Message}", e);
        }
        if (form == QueryForm.Ask)
        {
            if (set.Boolean is not { } value) throw new SparqlProtocolException(endpoint, 200, $"{endpoint} answered an ASK query without a boolean.");
            return new QueryResult(QueryForm.Ask, [], [], value, []);
        }
        return new QueryResult(QueryForm.Select, set.Variables, set.Rows, false, []);
    }

    private static QueryResult ReadGraph(Uri endpoint, string mediaType, byte[] body, QueryForm form)
    {
        var format = (mediaType switch
        {
            "application/x-turtle" => RdfFormat.Turtle,
            "text/plain" => RdfFormat.NTriples,
            "application/json" => RdfFormat.JsonLd,
            "application/xml" or "text/xml" => RdfFormat.RdfXml,
            _ => RdfFormat.All.FirstOrDefault(f => f.MediaType == mediaType),
        }) ?? throw new SparqlProtocolException(endpoint, 200, $"{endpoint} answered in '{mediaType}', not an RDF syntax we read: {Excerpt(body)}");
        var quads = new QuadList();
        RdfSyntaxes.CreateReader(format).Read(new MemoryStream(body), quads, new RdfReaderOptions { BaseIri = endpoint.AbsoluteUri, FileName = endpoint.AbsoluteUri });
        return new QueryResult(form, [], [], false, quads.Quads.Distinct().ToList());
    }

    private static string Excerpt(byte[] body)
    {
        const int max = 500;
        var text = Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, max * 4)).ReplaceLineEndings(" ").Trim();
        return text.Length == 0 ? "(empty body)" : text.Length > max ? text[..max] + " …" : text;
    }
}
