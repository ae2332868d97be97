namespace Graph.Sparql.Engine;

/// <summary>The query ran longer than <see cref="QueryOptions.Timeout"/>.</summary>
public sealed class QueryTimeoutException(TimeSpan timeout)
    : Exception($"The query did not finish within {timeout.TotalSeconds:0.###} s.")
{
    public TimeSpan Timeout { get; } = timeout;
}
