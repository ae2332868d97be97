using System.Text;
using Microsoft.AspNetCore.Http;

namespace Graph.Server.Protocol;

/// <summary>Error bodies: plain UTF-8 text, one message (or one syntax error) per line, so any client can show them.</summary>
internal static class ErrorResponse
{
    public static Task WriteAsync(HttpContext context, int status, string message)
    {
        var response = context.Response;
        response.StatusCode = status;
        if (status == StatusCodes.Status503ServiceUnavailable) response.Headers.RetryAfter = "1";
        response.ContentType = "text/plain; charset=utf-8";
        var bytes = Encoding.UTF8.GetBytes(message.EndsWith('\n') ? message : message + "\n");
        response.ContentLength = bytes.Length;
        return HttpMethods.IsHead(context.Request.Method)
            ? Task.CompletedTask
            : response.Body.WriteAsync(bytes, context.RequestAborted).AsTask();
    }
}
