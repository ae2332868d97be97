namespace Graph.Server;

/// <summary>
/// The current <see cref="DatasetSnapshot"/>, swapped atomically on reload. Readers take <see cref="Current"/> once
/// per request; in-flight requests keep the snapshot they took.
/// </summary>
public sealed class DatasetHolder(DatasetSnapshot initial)
{
    private DatasetSnapshot _current = initial;

    /// <summary>The snapshot new requests should use.</summary>
    public DatasetSnapshot Current => Volatile.Read(ref _current);

    /// <summary>Raised after a new snapshot was published.</summary>
    public event Action<DatasetSnapshot>? Swapped;

    /// <summary>Publishes <paramref name="next"/> (its generation is set to the previous one + 1) and returns it.</summary>
    public DatasetSnapshot Swap(DatasetSnapshot next)
    {
        DatasetSnapshot published;
        while (true)
        {
            var previous = Current;
            published = next with { Generation = previous.Generation + 1 };
            if (Interlocked.CompareExchange(ref _current, published, previous) == previous) break;
        }
        Swapped?.Invoke(published);
        return published;
    }
}
