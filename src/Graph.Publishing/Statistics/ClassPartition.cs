using Graph.Core.Terms;

namespace Graph.Publishing.Statistics;

/// <summary>One class of the data and how many distinct resources have it.</summary>
public sealed record ClassPartition(Iri Class, long Entities);
