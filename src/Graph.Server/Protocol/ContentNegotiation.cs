using Microsoft.AspNetCore.Http;

namespace Graph.Server.Protocol;

/// <summary>
/// Picks the response format from the Accept header (RFC 9110 §12.5.1: the most specific matching range gives a
/// media type its q; q=0 excludes it; ties go to the server's order) or from a <c>?format=</c> override.
/// </summary>
internal static class ContentNegotiation
{
    /// <summary>
    /// The chosen format among <paramref name="candidates"/> (ordered by preference). Throws 406 when nothing
    /// acceptable is offered, 400 for an unknown <paramref name="formatOverride"/>.
    /// </summary>
    public static ResponseFormat Choose(string? accept, IReadOnlyList<ResponseFormat> candidates, string? formatOverride = null)
    {
        if (!string.IsNullOrWhiteSpace(formatOverride))
        {
            foreach (var c in candidates)
                if (c.IsNamed(formatOverride.Trim())) return c;
            throw new ProtocolException(StatusCodes.Status406NotAcceptable,
                $"format '{formatOverride}' is not available here; use one of: {string.Join(", ", candidates.Select(c => c.Names[0]))}.");
        }
        if (string.IsNullOrWhiteSpace(accept)) return candidates[0];

        ResponseFormat? best = null;
        var bestQ = 0.0;
        foreach (var candidate in candidates)
        {
            var q = Quality(accept, candidate);
            if (q > bestQ) { best = candidate; bestQ = q; }
        }
        return best ?? throw new ProtocolException(StatusCodes.Status406NotAcceptable,
            $"None of the accepted media types ({accept}) is available; this resource is offered as: {string.Join(", ", candidates.Select(c => c.MediaType))}.");
    }

    /// <summary>The q the Accept header gives <paramref name="format"/> (its own media type or one it also answers).</summary>
    private static double Quality(string accept, ResponseFormat format)
    {
        var (q, specificity) = Quality(accept, format.MediaType);
        foreach (var other in format.AlsoAccepted)
        {
            var (q2, s2) = Quality(accept, other);
            // An alias only counts when named explicitly (application/json, text/plain): wildcards already matched the primary type.
            if (s2 == 3 && (specificity < 3 || q2 > q)) { q = q2; specificity = 3; }
        }
        return specificity == 0 ? 0 : q;
    }

    /// <summary>The q of the most specific range matching <paramref name="mediaType"/>, and that specificity (0 none, 1 */*, 2 type/*, 3 exact).</summary>
    private static (double Q, int Specificity) Quality(string accept, string mediaType)
    {
        var slash = mediaType.IndexOf('/');
        var type = mediaType.AsSpan(0, slash);
        var bestSpecificity = 0;
        var bestQ = 0.0;
        var all = accept.AsSpan();
        foreach (var r in all.Split(','))
        {
            var range = all[r];
            var semi = range.IndexOf(';');
            var name = (semi < 0 ? range : range[..semi]).Trim();
            var specificity = name.Equals("*/*", StringComparison.Ordinal) ? 1
                : name.EndsWith("/*", StringComparison.Ordinal) && name[..^2].Equals(type, StringComparison.OrdinalIgnoreCase) ? 2
                : name.Equals(mediaType, StringComparison.OrdinalIgnoreCase) ? 3
                : 0;
            if (specificity <= bestSpecificity) continue;
            bestSpecificity = specificity;
            bestQ = semi < 0 ? 1.0 : ParseQ(range[(semi + 1)..]);
        }
        return (bestQ, bestSpecificity);
    }

    private static double ParseQ(ReadOnlySpan<char> parameters)
    {
        foreach (var p in parameters.Split(';'))
        {
            var param = parameters[p].Trim();
            if (param.Length > 2 && (param[0] is 'q' or 'Q') && param[1] == '=')
                return double.TryParse(param[2..], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var q)
                    ? Math.Clamp(q, 0, 1) : 1.0;
        }
        return 1.0;
    }
}
