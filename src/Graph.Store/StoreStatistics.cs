namespace Graph.Store;

/// <summary>
/// Counts over a graph selection of a <see cref="QuadStore"/>, as VoID describes a dataset
/// (https://www.w3.org/TR/void/#statistics): triples, distinct subjects / objects, and triples per property.
/// </summary>
public sealed record StoreStatistics(
    int Quads,
    int DistinctSubjects,
    int DistinctPredicates,
    int DistinctObjects,
    IReadOnlyDictionary<int, int> PredicateCounts);
