using Graph.Core.Terms;

namespace Graph.Publishing.Statistics;

/// <summary>One property of the data: its statements, and their distinct subjects and objects.</summary>
public sealed record PropertyPartition(Iri Property, long Triples, long DistinctSubjects, long DistinctObjects);
