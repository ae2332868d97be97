using System.Text;
using Graph.Core.Diagnostics;
using Graph.Core.Terms;

namespace Graph.IO.Tests;

/// <summary>Parses text with a registered reader, for unit tests of statements and of error messages and positions.</summary>
internal static class ReaderTesting
{
    public static QuadList Parse(RdfFormat format, string text, string? baseIri = null, string blankNodePrefix = "b")
    {
        var sink = new QuadList();
        RdfSyntaxes.CreateReader(format).Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), sink,
            new RdfReaderOptions { BaseIri = baseIri, BlankNodePrefix = blankNodePrefix, FileName = "test" });
        return sink;
    }

    public static IReadOnlyList<SyntaxError> Errors(RdfFormat format, string text, string? baseIri = "http://ex/", int maxErrors = 100)
    {
        var e = Assert.Throws<RdfSyntaxException>(() => RdfSyntaxes.CreateReader(format).Read(
            new MemoryStream(Encoding.UTF8.GetBytes(text)), new QuadList(),
            new RdfReaderOptions { BaseIri = baseIri, FileName = "test", MaxErrors = maxErrors }));
        return e.Errors;
    }

    /// <summary>Asserts the input fails with exactly one error: this message, at this line and column, quoting this text.</summary>
    public static void ShouldNotParse(RdfFormat format, string text, string message, int line, int column, string? found = null)
    {
        var errors = Errors(format, text);
        var error = Assert.Single(errors);
        Assert.Equal(message, error.Message);
        Assert.Equal(new TextPosition(line, column), error.Position);
        if (found is not null) Assert.Equal(found, error.OffendingText);
        Assert.Equal("test", error.File);
    }

    public static string Lines(IEnumerable<Quad> quads) => string.Join("\n", quads.Select(q => q.ToString()));
}
