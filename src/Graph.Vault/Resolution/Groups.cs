namespace Graph.Vault.Resolution;

/// <summary>
/// The sets of a flattened <see cref="UnionFind"/> as groups of item indices: groups in the order of their roots (a
/// set's root is its smallest item), members in item order — what a LINQ GroupBy on the root then OrderBy would give,
/// in two int arrays instead of a lookup of tuples.
/// </summary>
internal sealed class Groups
{
    private readonly int[] _roots;
    private readonly int[] _starts;
    private readonly int[] _members;

    private Groups(int[] roots, int[] starts, int[] members)
    {
        _roots = roots;
        _starts = starts;
        _members = members;
    }

    public int Count => _roots.Length;

    /// <summary>The root item of group <paramref name="group"/> (the key its set is found by).</summary>
    public int Root(int group) => _roots[group];

    public ReadOnlySpan<int> Members(int group) => _members.AsSpan(_starts[group], _starts[group + 1] - _starts[group]);

    public static Groups Of(UnionFind sets, int count)
    {
        // A root is its set's smallest item, so roots are met in order and before their members.
        var groupOf = new int[count];
        var sizes = new List<int>();
        var roots = new List<int>();
        for (var i = 0; i < count; i++)
        {
            var root = sets.Root(i);
            if (root == i)
            {
                groupOf[i] = roots.Count;
                roots.Add(i);
                sizes.Add(0);
            }
            else groupOf[i] = groupOf[root];
            sizes[groupOf[i]]++;
        }
        var starts = new int[roots.Count + 1];
        for (var g = 0; g < roots.Count; g++) starts[g + 1] = starts[g] + sizes[g];
        var next = starts[..^1];
        var members = new int[count];
        for (var i = 0; i < count; i++) members[next[groupOf[i]]++] = i;
        return new Groups([.. roots], starts, members);
    }
}
