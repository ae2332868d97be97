using System.CommandLine;
using Graph.IO;

namespace Graph.Cli;

/// <summary><c>graph rdf</c>: read RDF in any syntax we support and write it in another, or count its statements.</summary>
internal static class RdfCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("INPUT")
        {
            Description = "RDF files to read (the syntax comes from the extension: .nt .nq .ttl .trig .rdf .owl .xml .jsonld), or - for standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        var from = new Option<string?>("--from", "-f") { Description = $"Syntax of the inputs, overriding the extension: {RdfInput.FormatNames}." };
        var to = new Option<string?>("--to", "-t") { Description = $"Syntax to write: {RdfInput.FormatNames} (default: from -o's extension, else nq if any input has named graphs, else ttl)." };
        var baseIri = new Option<string?>("--base", "-b") { Description = "Base IRI for relative IRIs in the inputs (default: each file's own file: IRI)." };
        var output = new Option<string?>("--output", "-o") { Description = "File to write (written atomically); default: standard output." };
        var count = new Option<bool>("--count", "-c") { Description = "Print only the number of statements read, and write nothing." };
        var canonical = new Option<bool>("--canonical") { Description = "Sort statements and relabel blank nodes canonically, so that equal graphs give identical bytes." };

        var command = new Command("rdf", "Convert RDF between syntaxes (N-Triples, N-Quads, Turtle, TriG, RDF/XML, JSON-LD), or count statements.")
        {
            inputs, from, to, baseIri, output, count, canonical,
        };
        command.SetAction(parse => CommandRunner.Run(() => Execute(
            parse.GetValue(inputs)!,
            parse.GetValue(from),
            parse.GetValue(to),
            parse.GetValue(baseIri),
            parse.GetValue(output),
            parse.GetValue(count),
            parse.GetValue(canonical))));
        return command;
    }

    private static int Execute(string[] inputs, string? from, string? to, string? baseIri, string? output, bool count, bool canonical)
    {
        var fromFormat = from is null ? null : RdfInput.ParseFormat(from, "--from");
        if (count)
        {
            var counter = new QuadCounter();
            foreach (var path in inputs) RdfInput.Read(path, fromFormat, baseIri, counter);
            Console.Out.WriteLine(counter.Count);
            return ExitCodes.Success;
        }

        var toFormat = to is not null ? RdfInput.ParseFormat(to, "--to")
            : output is not null ? RdfFormat.FromPath(output) : null;
        // Into a file, statements go from the reader straight to the writer (N-Triples lines at once, Turtle and JSON-LD
        // into their own layout): no list of every statement in between. The file is only put in place once every input
        // was read without error. (Standard output is not streamed: on bad input nothing may have been written.)
        if (output is not null && !canonical && toFormat is not null && RdfSyntaxes.CreateWriter(toFormat) is IStreamingRdfWriter streaming)
        {
            AtomicFile.Write(output, stream =>
            {
                using var writer = streaming.OpenStream(stream, new RdfWriterOptions())
                    ?? throw new InvalidOperationException($"{toFormat.DisplayName} cannot be streamed.");
                foreach (var path in inputs) RdfInput.Read(path, fromFormat, baseIri, writer);
                writer.Complete();
            });
            return ExitCodes.Success;
        }

        var collected = new QuadList();
        foreach (var path in inputs) RdfInput.Read(path, fromFormat, baseIri, collected);
        toFormat ??= collected.Quads.Any(q => q.Graph is not null) ? RdfFormat.NQuads : RdfFormat.Turtle;

        if (!toFormat.SupportsDatasets && collected.Quads.FirstOrDefault(q => q.Graph is not null) is { } named)
            throw new UsageException($"{toFormat.DisplayName} cannot hold named graphs, but the input has statements in {named.Graph}; write --to trig, nq or jsonld instead.");

        var writer = RdfSyntaxes.CreateWriter(toFormat);
        var options = new RdfWriterOptions { Canonical = canonical }.WithDeclaredPrefixes(collected.Prefixes);
        if (output is null)
        {
            using var stdout = Console.OpenStandardOutput();
            writer.Write(collected.Quads, stdout, options);
        }
        else
        {
            AtomicFile.Write(output, stream => writer.Write(collected.Quads, stream, options));
        }
        return ExitCodes.Success;
    }
}
