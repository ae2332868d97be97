using System.Net;
using System.Net.Sockets;
using System.Text;
using Graph.IO;
using Graph.Sparql.Algebra;
using Graph.Sparql.Engine;
using Graph.Sparql.Results;
using Graph.Sparql.Syntax;
using Graph.Store;

namespace Graph.Sparql.Engine.Tests.Remote;

/// <summary>
/// A minimal SPARQL 1.1 Protocol endpoint on loopback for client tests (HttpListener, our own engine): query by GET or
/// POST (form or <c>application/sparql-query</c>), update by POST form; answers in the first format of the Accept
/// header it knows. <see cref="FailWith"/> makes it answer an error status instead; <see cref="Requests"/> records
/// method, Accept header and query text. (Graph.Server is the real server; this stays small on purpose.)
/// </summary>
public sealed class LoopbackSparqlEndpoint : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Task _loop;

    public LoopbackSparqlEndpoint(QuadStore store, ISparqlServiceClient? serviceClient = null)
    {
        Store = new GraphStore(store);
        ServiceClient = serviceClient;
        var port = FreePort();
        Url = new Uri($"http://127.0.0.1:{port}/sparql");
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        _listener.Start();
        _loop = Task.Run(Loop);
    }

    public Uri Url { get; }

    public GraphStore Store { get; }

    public ISparqlServiceClient? ServiceClient { get; set; }

    public (int Status, string Body)? FailWith { get; set; }

    public TimeSpan Delay { get; set; }

    public List<(string Method, string Accept, string Text)> Requests { get; } = [];

    private static int FreePort()
    {
        var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        var port = ((IPEndPoint)l.LocalEndpoint).Port;
        l.Stop();
        return port;
    }

    private async Task Loop()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext ctx;
            try { ctx = await _listener.GetContextAsync(); }
            catch (Exception) { return; }
            try { await Handle(ctx); }
            catch (Exception e) { Answer(ctx.Response, 500, "text/plain", e.Message); }
        }
    }

    private async Task Handle(HttpListenerContext ctx)
    {
        var request = ctx.Request;
        string? query = null, update = null;
        if (request.HttpMethod == "GET")
        {
            query = request.QueryString["query"];
        }
        else
        {
            using var reader = new StreamReader(request.InputStream, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            var type = request.ContentType ?? "";
            if (type.StartsWith("application/sparql-query", StringComparison.Ordinal)) query = body;
            else if (type.StartsWith("application/sparql-update", StringComparison.Ordinal)) update = body;
            else
            {
                var form = System.Web.HttpUtility.ParseQueryString(body);
                query = form["query"];
                update = form["update"];
            }
        }
        var accept = request.Headers["Accept"] ?? "";
        lock (Requests) Requests.Add((request.HttpMethod, accept, query ?? update ?? ""));
        if (Delay > TimeSpan.Zero) await Task.Delay(Delay);
        if (FailWith is { } fail) { Answer(ctx.Response, fail.Status, "text/plain", fail.Body); return; }
        if (update is not null)
        {
            lock (Store) UpdateEngine.Execute(SparqlParser.ParseUpdate(update), Store);
            Answer(ctx.Response, 204, "text/plain", "");
            return;
        }
        if (query is null) { Answer(ctx.Response, 400, "text/plain", "no query"); return; }
        Query parsed;
        try { parsed = SparqlParser.ParseQuery(query); }
        catch (Exception e) { Answer(ctx.Response, 400, "text/plain", e.Message); return; }
        QueryResult result;
        lock (Store) result = QueryEngine.Execute(parsed, Store.Store, new QueryOptions { ServiceClient = ServiceClient });
        using var ms = new MemoryStream();
        string mediaType;
        if (parsed.Form is QueryForm.Construct or QueryForm.Describe)
        {
            var format = accept.Split(',').Select(a => RdfFormat.Find(a.Split(';')[0].Trim())).FirstOrDefault(f => f is not null) ?? RdfFormat.Turtle;
            RdfSyntaxes.CreateWriter(format).Write(result.Triples, ms, new RdfWriterOptions());
            mediaType = format.MediaType;
        }
        else
        {
            var set = parsed.Form == QueryForm.Ask ? SparqlResultSet.FromBoolean(result.Boolean) : new SparqlResultSet(result.Variables, result.Rows);
            (var format, mediaType) = accept.Split(',').Select(a => a.Split(';')[0].Trim()).Select(m => m switch
            {
                "application/sparql-results+json" => (SparqlResultsFormat.Json, m),
                "application/sparql-results+xml" => (SparqlResultsFormat.Xml, m),
                "text/tab-separated-values" => (SparqlResultsFormat.Tsv, m),
                "text/csv" => (SparqlResultsFormat.Csv, m),
                _ => ((SparqlResultsFormat, string)?)null,
            }).FirstOrDefault(f => f is not null) ?? (SparqlResultsFormat.Json, "application/sparql-results+json");
            SparqlResults.Write(set, ms, format);
        }
        Answer(ctx.Response, 200, mediaType, Encoding.UTF8.GetString(ms.ToArray()));
    }

    private static void Answer(HttpListenerResponse response, int status, string mediaType, string body)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        response.StatusCode = status;
        response.ContentType = mediaType + "; charset=utf-8";
        if (status != 204) response.OutputStream.Write(bytes);
        response.Close();
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        try { _loop.Wait(TimeSpan.FromSeconds(5)); } catch (AggregateException) { }
    }
}
