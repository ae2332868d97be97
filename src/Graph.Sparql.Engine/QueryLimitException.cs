namespace Graph.Sparql.Engine;

/// <summary>The result would exceed <see cref="QueryOptions.MaxResults"/>.</summary>
public sealed class QueryLimitException(long limit)
    : Exception($"The result has more than {limit} rows; narrow the query or raise the limit.")
{
    public long Limit { get; } = limit;
}
