namespace Graph.IO;

/// <summary>
/// A sink that can also take statements as the UTF-8 bytes of their terms, so that converting between syntaxes that
/// spell terms alike (N-Triples and N-Quads) creates no term object per statement, as serd does. A reader that can,
/// calls <see cref="OnQuad(in Utf8Quad)"/> instead of <see cref="IQuadSink.OnQuad"/>; the two must mean the same.
/// </summary>
internal interface IUtf8QuadSink : IQuadSink
{
    void OnQuad(in Utf8Quad quad);
}
