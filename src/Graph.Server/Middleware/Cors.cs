using Microsoft.AspNetCore.Http;

namespace Graph.Server.Middleware;

/// <summary>
/// Cross-origin access (https://fetch.spec.whatwg.org/#http-cors-protocol): every response allows the configured
/// origin, and a preflight (OPTIONS with Access-Control-Request-Method) is answered here with the methods and headers
/// a SPARQL client sends, so browser query UIs on other sites can use the endpoint.
/// </summary>
internal sealed class Cors(RequestDelegate next, string origin, bool writes)
{
    // With writes allowed, browser clients also PUT and DELETE graphs (with an Authorization header).
    private readonly string _methods = writes ? "GET, HEAD, POST, PUT, DELETE, OPTIONS" : "GET, HEAD, POST, OPTIONS";
    private const string DefaultHeaders = "Accept, Content-Type, Authorization";

    public Task InvokeAsync(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.AccessControlAllowOrigin = origin;
        if (origin != "*") headers.Vary = "Origin";
        headers.AccessControlExposeHeaders = writes
            ? "Content-Type, Content-Length, Retry-After, Location, WWW-Authenticate"
            : "Content-Type, Content-Length, Retry-After";
        var request = context.Request;
        if (HttpMethods.IsOptions(request.Method))
        {
            headers.AccessControlAllowMethods = _methods;
            var asked = request.Headers.AccessControlRequestHeaders;
            headers.AccessControlAllowHeaders = asked.Count > 0 ? asked : DefaultHeaders;
            headers.AccessControlMaxAge = "86400";
            headers.Allow = _methods;
            context.Response.StatusCode = StatusCodes.Status204NoContent;
            return Task.CompletedTask;
        }
        return next(context);
    }
}
