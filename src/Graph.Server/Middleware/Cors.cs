using Microsoft.AspNetCore.Http;

namespace Graph.Server.Middleware;

/// <summary>
/// Cross-origin access (https://fetch.spec.whatwg.org/#http-cors-protocol): every response allows the configured
/// origin, and a preflight (OPTIONS with Access-Control-Request-Method) is answered here with the methods and headers
/// a SPARQL client sends, so browser query UIs on other sites can use the endpoint.
/// </summary>
internal sealed class Cors(RequestDelegate next, string origin)
{
    private const string Methods = "GET, HEAD, POST, OPTIONS";
    private const string DefaultHeaders = "Accept, Content-Type, Authorization";

    public Task InvokeAsync(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.AccessControlAllowOrigin = origin;
        if (origin != "*") headers.Vary = "Origin";
        headers.AccessControlExposeHeaders = "Content-Type, Content-Length, Retry-After";
        var request = context.Request;
        if (HttpMethods.IsOptions(request.Method))
        {
            headers.AccessControlAllowMethods = Methods;
            var asked = request.Headers.AccessControlRequestHeaders;
            headers.AccessControlAllowHeaders = asked.Count > 0 ? asked : DefaultHeaders;
            headers.AccessControlMaxAge = "86400";
            headers.Allow = Methods;
            context.Response.StatusCode = StatusCodes.Status204NoContent;
            return Task.CompletedTask;
        }
        return next(context);
    }
}
