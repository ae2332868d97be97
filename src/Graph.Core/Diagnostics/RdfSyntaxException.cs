namespace Graph.Core.Diagnostics;

/// <summary>
/// Raised when an input is not valid in its syntax. Carries every error found in the file (readers recover where the
/// syntax allows and report all errors, then fail); <see cref="Exception.Message"/> lists them one per line.
/// </summary>
public sealed class RdfSyntaxException : Exception
{
    public RdfSyntaxException(IReadOnlyList<SyntaxError> errors)
        : base(string.Join(Environment.NewLine, errors))
    {
        if (errors.Count == 0) throw new ArgumentException("At least one error is required.", nameof(errors));
        Errors = errors;
    }

    public RdfSyntaxException(SyntaxError error) : this([error]) { }

    public IReadOnlyList<SyntaxError> Errors { get; }

    /// <summary>The first error (the one a user should fix first).</summary>
    public SyntaxError First => Errors[0];
}
