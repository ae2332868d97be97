using Graph.Core.Diagnostics;
using Graph.Server.Protocol;
using Graph.Sparql.Engine;
using Microsoft.AspNetCore.Http;

namespace Graph.Server.Middleware;

/// <summary>
/// Turns what a route throws into a status and a plain-text body: protocol errors as they say, syntax errors as 400
/// with line and column, a timeout as 504, an unsupported feature as 501. Anything else is a 500 and the server keeps
/// serving. A client that went away gets nothing.
/// </summary>
internal sealed class ErrorHandling(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client disconnected: there is no one to answer.
        }
        catch (Exception e) when (!context.Response.HasStarted)
        {
            var (status, message) = Describe(e);
            await ErrorResponse.WriteAsync(context, status, message).ConfigureAwait(false);
        }
    }

    internal static (int Status, string Message) Describe(Exception e) => e switch
    {
        ProtocolException p => (p.Status, p.Message),
        RdfSyntaxException s => (StatusCodes.Status400BadRequest, SyntaxMessage(s)),
        QueryTimeoutException t => (StatusCodes.Status504GatewayTimeout, t.Message),
        QueryLimitException l => (StatusCodes.Status500InternalServerError, l.Message),
        QueryEvaluationException q => (StatusCodes.Status501NotImplemented, q.Message),
        // An update operation the data refuses (CREATE of an existing graph, DROP of a missing one, …): the client's to fix.
        UpdateEvaluationException u => (StatusCodes.Status400BadRequest, u.Message),
        InsufficientExecutionStackException => (StatusCodes.Status400BadRequest, "The request is nested too deeply."),
        BadHttpRequestException b => (b.StatusCode, b.Message),
        _ => (StatusCodes.Status500InternalServerError, "Internal error: " + e.GetType().Name + ": " + e.Message),
    };

    private static string SyntaxMessage(RdfSyntaxException s) =>
        string.Join('\n', s.Errors.Select(e => e.Position.IsKnown
            ? $"Syntax error at line {e.Position.Line}, column {e.Position.Column}: {e.Message}" + (e.OffendingText is null ? "" : $" (found '{e.OffendingText}')")
            : "Syntax error: " + e.Message));
}
