using System.Text;

namespace Graph.Sparql.Results;

/// <summary>Entry points: create a streaming writer, write a whole result set, or read one, in any <see cref="SparqlResultsFormat"/>.</summary>
public static class SparqlResults
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static ISparqlResultsWriter CreateWriter(Stream output, SparqlResultsFormat format) => format switch
    {
        SparqlResultsFormat.Json => new JsonResultsWriter(output),
        SparqlResultsFormat.Xml => new XmlResultsWriter(output),
        SparqlResultsFormat.Csv => new DelimitedResultsWriter(new StreamWriter(output, Utf8, leaveOpen: true), tsv: false),
        SparqlResultsFormat.Tsv => new DelimitedResultsWriter(new StreamWriter(output, Utf8, leaveOpen: true), tsv: true),
        _ => throw new System.Diagnostics.UnreachableException(format.ToString()),
    };

    public static void Write(SparqlResultSet results, Stream output, SparqlResultsFormat format)
    {
        using var writer = CreateWriter(output, format);
        if (results.Boolean is { } b) { writer.WriteBoolean(b); return; }
        writer.WriteHead(results.Variables);
        foreach (var row in results.Rows) writer.WriteRow(row);
        writer.WriteEnd();
    }

    public static string WriteToString(SparqlResultSet results, SparqlResultsFormat format)
    {
        using var ms = new MemoryStream();
        Write(results, ms, format);
        return Utf8.GetString(ms.ToArray());
    }

    public static SparqlResultSet Read(Stream input, SparqlResultsFormat format) => format switch
    {
        SparqlResultsFormat.Json => JsonResultsReader.Read(input),
        SparqlResultsFormat.Xml => XmlResultsReader.Read(input),
        SparqlResultsFormat.Csv => DelimitedResultsReader.Read(new StreamReader(input, Utf8), tsv: false),
        SparqlResultsFormat.Tsv => DelimitedResultsReader.Read(new StreamReader(input, Utf8), tsv: true),
        _ => throw new System.Diagnostics.UnreachableException(format.ToString()),
    };

    /// <summary>The format of a file from its extension (.srj, .json, .srx, .xml, .csv, .tsv), or null.</summary>
    public static SparqlResultsFormat? FromPath(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".srj" or ".json" => SparqlResultsFormat.Json,
        ".srx" or ".xml" => SparqlResultsFormat.Xml,
        ".csv" => SparqlResultsFormat.Csv,
        ".tsv" => SparqlResultsFormat.Tsv,
        _ => null,
    };
}
