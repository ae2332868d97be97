namespace Graph.IO;

/// <summary>
/// A document being written statement by statement (see <see cref="IStreamingRdfWriter"/>). Feed it as a reader's
/// <see cref="IQuadSink"/>, then call <see cref="Complete"/>; disposing without completing abandons the output's tail.
/// </summary>
public interface IRdfStreamWriter : IQuadSink, IDisposable
{
    /// <summary>Writes whatever is still buffered and flushes the output stream.</summary>
    void Complete();
}
