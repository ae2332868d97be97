namespace Graph.Store;

/// <summary>
/// The six sorted permutations the store keeps. Which one serves which pattern (s, p, o bound or not; g a specific
/// graph, or any graph):
/// <code>
/// pattern (bound)      g specific (incl. default)   g any / any named
/// (none)               GSPO  prefix g               SPOG  whole index
/// s                    GSPO  prefix g s             SPOG  prefix s
/// s p                  GSPO  prefix g s p           SPOG  prefix s p
/// s p o                GSPO  prefix g s p o         SPOG  prefix s p o
/// p                    GPOS  prefix g p             POSG  prefix p
/// p o                  GPOS  prefix g p o           POSG  prefix p o
/// o                    GOSP  prefix g o             OSPG  prefix o
/// s o                  GOSP  prefix g o s           OSPG  prefix o s
/// </code>
/// Every pattern is therefore one binary search and a contiguous range scan. The graph-last indexes are only built
/// once the store holds more than one graph: with a single graph, "any graph" is that graph's G-leading range.
/// "Any named graph" uses the same ranges and skips default-graph entries (they sort first within each prefix).
/// </summary>
internal enum IndexOrder : byte
{
    Gspo,
    Gpos,
    Gosp,
    Spog,
    Posg,
    Ospg,
}
