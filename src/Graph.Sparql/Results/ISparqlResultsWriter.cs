using Graph.Core.Terms;

namespace Graph.Sparql.Results;

/// <summary>
/// A streaming results writer: <see cref="WriteHead"/> once, then <see cref="WriteRow"/> per solution, then
/// <see cref="WriteEnd"/>; or <see cref="WriteBoolean"/> alone for ASK. Output is deterministic (no timestamps, fixed layout).
/// </summary>
public interface ISparqlResultsWriter : IDisposable
{
    void WriteHead(IReadOnlyList<string> variables);

    /// <summary>One solution: a term per variable of the head, in order; null when unbound.</summary>
    void WriteRow(ReadOnlySpan<Term?> row);

    void WriteEnd();

    void WriteBoolean(bool value);
}
