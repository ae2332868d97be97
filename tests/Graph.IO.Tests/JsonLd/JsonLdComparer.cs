using Graph.IO.JsonLd;

namespace Graph.IO.Tests.JsonLd;

/// <summary>JSON-LD object comparison (tests/README.md): arrays unordered except under <c>@list</c>, language tags case-insensitive.</summary>
internal static class JsonLdComparer
{
    public static bool Equal(object? a, object? b, bool ordered = false)
    {
        switch (a)
        {
            case JsonMap ma:
                if (b is not JsonMap mb || ma.Count != mb.Count) return false;
                foreach (var (k, v) in ma)
                {
                    if (!mb.TryGetValue(k, out var w)) return false;
                    if (k == "@language" && v is string ls && w is string lw) { if (!ls.Equals(lw, StringComparison.OrdinalIgnoreCase)) return false; continue; }
                    if (!Equal(v, w, k == "@list")) return false;
                }
                return true;
            case List<object?> la:
                if (b is not List<object?> lb || la.Count != lb.Count) return false;
                if (ordered)
                {
                    for (var i = 0; i < la.Count; i++) if (!Equal(la[i], lb[i])) return false;
                    return true;
                }
                var used = new bool[lb.Count];
                foreach (var item in la)
                {
                    var found = false;
                    for (var j = 0; j < lb.Count && !found; j++)
                        if (!used[j] && Equal(item, lb[j])) used[j] = found = true;
                    if (!found) return false;
                }
                return true;
            default:
                return Json.DeepEquals(a, b);
        }
    }
}
