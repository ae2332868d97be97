using Graph.Core.Terms;

namespace Graph.IO.Turtle;

/// <summary>
/// Takes statements straight from a reader (no list of statements in between) and writes the document on
/// <see cref="Complete"/>: pretty Turtle needs every statement of a subject before the first.
/// Statements go to a <see cref="TurtleIdLayout"/> (term ids, no object per statement; terms that arrive as objects are
/// numbered by their UTF-8 bytes); when the document turns out to need more than it covers, they move to a
/// <see cref="TurtleLayout"/>.
/// Prefixes the input declares are offered first, then <see cref="RdfWriterOptions.Prefixes"/>.
/// </summary>
internal sealed class TurtleStreamWriter(Stream output, RdfWriterOptions options, bool trig) : IRdfStreamWriter, IUtf8QuadSink
{
    private TurtleIdLayout? _ids = new();
    private TurtleLayout? _layout;
    private readonly List<KeyValuePair<string, string>> _declared = [];

    public void OnQuad(in Quad quad)
    {
        if (_layout is null && quad.Graph is null && quad.Predicate is Iri && _ids!.TryAdd(quad)) return;
        Layout().Add(quad);
    }

    /// <summary>Makes room for <paramref name="count"/> statements (when the caller knows how many will come).</summary>
    public void EnsureCapacity(int count) => _ids?.EnsureCapacity(count);

    public void OnQuad(in Utf8Quad quad)
    {
        // Named graphs and blank node predicates are beyond the id layout: the object layout takes the document.
        if (_layout is null && !quad.HasGraph && quad.Predicate.Kind == TermKind.Iri) _ids!.Add(quad);
        else Layout().Add(quad.ToQuad());
    }

    public void OnPrefix(string prefix, string namespaceIri)
    {
        _declared.RemoveAll(p => p.Key == prefix);
        _declared.Add(new(prefix, namespaceIri));
    }

    public void Complete()
    {
        var writing = _declared.Count == 0 ? options : options.WithDeclaredPrefixes(_declared);
        if (_layout is null && _ids!.TryPlan())
        {
            TurtleIdSerializer.Write(_ids, output, writing);
            return;
        }
        var layout = Layout();
        layout.Complete();
        TurtleSerializer.Write(layout, output, writing, trig);
    }

    /// <summary>The object layout, taking over the statements the id layout holds so far.</summary>
    private TurtleLayout Layout()
    {
        if (_layout is not null) return _layout;
        _layout = new TurtleLayout();
        _ids!.ReplayInto(_layout);
        _ids = null;
        return _layout;
    }

    public void Dispose() { }
}
