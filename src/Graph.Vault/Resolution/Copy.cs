namespace Graph.Vault.Resolution;

/// <summary>
/// A list rewritten item by item that is copied only on its first changed item: <see cref="Result"/> is the original
/// list when nothing changed, so a resolved note shares what resolving left alone (and no note gets a new empty array).
/// </summary>
internal struct Copy<T>(IReadOnlyList<T> original) where T : class
{
    private T[]? _copy;

    public readonly bool Changed => _copy is not null;

    public readonly IReadOnlyList<T> Result => _copy ?? original;

    public void Set(int index, T item)
    {
        if (_copy is null)
        {
            _copy = new T[original.Count];
            for (var i = 0; i < _copy.Length; i++) _copy[i] = original[i];
        }
        _copy[index] = item;
    }
}
