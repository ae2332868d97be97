namespace Graph.Sparql.Engine.Operators;

/// <summary>Helpers on id rows: compatibility (SPARQL 1.1 §18.3 "compatible mappings") and merging.</summary>
internal static class Rows
{
    /// <summary>True when every slot bound in both rows holds the same id.</summary>
    public static bool Compatible(int[] a, int[] b)
    {
        for (var i = 0; i < a.Length; i++)
        {
            var x = a[i];
            var y = b[i];
            if (x != 0 && y != 0 && x != y) return false;
        }
        return true;
    }

    /// <summary>True when the rows share at least one bound slot (MINUS removes only such rows).</summary>
    public static bool ShareBoundSlot(int[] a, int[] b)
    {
        for (var i = 0; i < a.Length; i++)
            if (a[i] != 0 && b[i] != 0) return true;
        return false;
    }

    /// <summary>The union of two compatible rows.</summary>
    public static int[] Merge(int[] a, int[] b)
    {
        var r = (int[])a.Clone();
        for (var i = 0; i < r.Length; i++)
            if (r[i] == 0) r[i] = b[i];
        return r;
    }
}
