using Graph.Core.Diagnostics;

namespace Graph.IO.Text;

/// <summary>
/// Collects the syntax errors of one document. Readers record an error, recover, and go on; at the end (or once
/// <see cref="RdfReaderOptions.MaxErrors"/> is reached) they throw them all as one <see cref="RdfSyntaxException"/>.
/// </summary>
internal sealed class ErrorList(RdfReaderOptions options)
{
    private readonly List<SyntaxError> _errors = [];

    public int Count => _errors.Count;

    public bool IsFull => _errors.Count >= Math.Max(1, options.MaxErrors);

    public void Add(string message, TextPosition position, string? offendingText) =>
        _errors.Add(new SyntaxError(message, position, offendingText, options.FileName));

    /// <summary>Throws when any error was recorded.</summary>
    public void ThrowIfAny()
    {
        if (_errors.Count > 0) throw new RdfSyntaxException(_errors.ToArray());
    }
}
