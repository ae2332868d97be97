namespace Graph.Sparql.Algebra;

/// <summary>The set functions of SPARQL 1.1 §18.5.1.</summary>
public enum AggregateFunction
{
    Count,
    Sum,
    Min,
    Max,
    Avg,
    Sample,
    GroupConcat,
}
