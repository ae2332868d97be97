using Graph.Core.Terms;

namespace Graph.IO.JsonLd;

/// <summary>
/// Takes statements straight from a reader into a <see cref="DatasetLayout"/> (no list of statements in between) and
/// writes the JSON-LD document on <see cref="Complete"/>: node objects need every statement of their subject first.
/// </summary>
internal sealed class JsonLdStreamWriter(JsonLdWriter writer, Stream output) : IRdfStreamWriter
{
    private readonly DatasetLayout _layout = new();

    public void OnQuad(in Quad quad) => _layout.Add(quad);

    public void Complete()
    {
        _layout.Complete();
        writer.Write(_layout, output);
    }

    public void Dispose() { }
}
