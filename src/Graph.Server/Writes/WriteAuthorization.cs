using System.Security.Cryptography;
using System.Text;
using Graph.Server.Protocol;
using Microsoft.AspNetCore.Http;

namespace Graph.Server.Writes;

/// <summary>
/// Checks the credentials of a write request: <c>Authorization: Bearer &lt;token&gt;</c> (RFC 6750) and/or
/// <c>Authorization: Basic …</c> (RFC 7617), whichever <see cref="WriteOptions"/> configures. Secrets are compared
/// through their SHA-256 digests with <see cref="CryptographicOperations.FixedTimeEquals"/>, so the time taken says
/// nothing about how much of a guess was right, nor about the secret's length. A request without (or with wrong)
/// credentials gets 401 with one <c>WWW-Authenticate</c> challenge per accepted scheme.
/// </summary>
internal sealed class WriteAuthorization
{
    private const string Realm = "graph";
    private readonly byte[]? _token;
    private readonly byte[]? _user;
    private readonly byte[]? _password;
    private readonly string[] _challenges;

    public WriteAuthorization(WriteOptions options)
    {
        _token = options.Token is null ? null : Digest(options.Token);
        _user = options.User is null ? null : Digest(options.User);
        _password = options.Password is null ? null : Digest(options.Password);
        _challenges = [.. (_token is null ? [] : new[] { $"Bearer realm=\"{Realm}\"" }),
            .. (_user is null ? [] : new[] { $"Basic realm=\"{Realm}\", charset=\"UTF-8\"" })];
    }

    /// <summary>Returns when the request carries valid credentials; else throws 401 with the challenges set.</summary>
    public void Demand(HttpContext context)
    {
        if (IsAuthorized(context.Request.Headers.Authorization.ToString())) return;
        context.Response.Headers.WWWAuthenticate = _challenges;
        throw new ProtocolException(StatusCodes.Status401Unauthorized, context.Request.Headers.Authorization.Count == 0
            ? "This write needs credentials (" + string.Join(" or ", Schemes()) + ")."
            : "The credentials were not accepted.");
    }

    private IEnumerable<string> Schemes()
    {
        if (_token is not null) yield return "Authorization: Bearer <token>";
        if (_user is not null) yield return "HTTP Basic authentication";
    }

    internal bool IsAuthorized(string header)
    {
        var space = header.IndexOf(' ');
        if (space <= 0) return false;
        var scheme = header[..space];
        var value = header[(space + 1)..].Trim();
        if (scheme.Equals("Bearer", StringComparison.OrdinalIgnoreCase))
            return _token is not null && CryptographicOperations.FixedTimeEquals(Digest(value), _token);
        if (scheme.Equals("Basic", StringComparison.OrdinalIgnoreCase) && _user is not null)
        {
            string decoded;
            try { decoded = Encoding.UTF8.GetString(Convert.FromBase64String(value)); }
            catch (FormatException) { return false; }
            var colon = decoded.IndexOf(':');
            if (colon < 0) return false;
            // Both comparisons always run: which part was wrong must not show in the timing.
            var userOk = CryptographicOperations.FixedTimeEquals(Digest(decoded[..colon]), _user);
            var passwordOk = CryptographicOperations.FixedTimeEquals(Digest(decoded[(colon + 1)..]), _password);
            return userOk & passwordOk;
        }
        return false;
    }

    private static byte[] Digest(string secret) => SHA256.HashData(Encoding.UTF8.GetBytes(secret));
}
