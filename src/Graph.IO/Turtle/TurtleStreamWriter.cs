using Graph.Core.Terms;

namespace Graph.IO.Turtle;

/// <summary>
/// Takes statements straight from a reader into a <see cref="TurtleLayout"/> (no list of statements in between) and
/// writes the document on <see cref="Complete"/>: pretty Turtle needs every statement of a subject before the first.
/// Prefixes the input declares are offered first, then <see cref="RdfWriterOptions.Prefixes"/>.
/// </summary>
internal sealed class TurtleStreamWriter(Stream output, RdfWriterOptions options, bool trig) : IRdfStreamWriter
{
    private readonly TurtleLayout _layout = new();
    private readonly List<KeyValuePair<string, string>> _declared = [];

    public void OnQuad(in Quad quad) => _layout.Add(quad);

    public void OnPrefix(string prefix, string namespaceIri)
    {
        _declared.RemoveAll(p => p.Key == prefix);
        _declared.Add(new(prefix, namespaceIri));
    }

    public void Complete()
    {
        _layout.Complete();
        TurtleSerializer.Write(_layout, output, options.WithDeclaredPrefixes(_declared), trig);
    }

    public void Dispose() { }
}
