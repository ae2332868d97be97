using Graph.Core.Terms;

namespace Graph.IO;

/// <summary>A statement as the UTF-8 bytes of its terms (see <see cref="Utf8Term"/>); <see cref="HasGraph"/> is false in the default graph.</summary>
internal readonly ref struct Utf8Quad(Utf8Term subject, Utf8Term predicate, Utf8Term obj, Utf8Term graph, bool hasGraph)
{
    public Utf8Term Subject { get; } = subject;

    public Utf8Term Predicate { get; } = predicate;

    public Utf8Term Object { get; } = obj;

    public Utf8Term Graph { get; } = graph;

    public bool HasGraph { get; } = hasGraph;

    /// <summary>The statement as objects (for error messages and other rare paths).</summary>
    public Quad ToQuad() => new(Subject.ToTerm(), Predicate.ToTerm(), Object.ToTerm(), HasGraph ? Graph.ToTerm() : null);
}
