using System.Text;
using Graph.Core.Terms;
using Graph.Core.Vocabularies;

namespace Graph.IO.Tests;

/// <summary>Helpers for writer tests: terms in short form, writing to a string, scrambling input.</summary>
internal static class WriterTestKit
{
    public const string Ex = "http://example.org/";

    public static Iri I(string local) => new(Ex + local);

    public static BlankNode B(string label) => new(label);

    public static Literal S(string value) => Literal.String(value);

    public static Literal T(string lexical, Iri datatype) => Literal.Typed(lexical, datatype);

    public static Quad Q(Term s, Term p, Term o, Term? g = null) => new(s, p, o, g);

    public static readonly IReadOnlyList<KeyValuePair<string, string>> ExPrefixes =
        [new("ex", Ex), new("rdf", Rdf.Namespace), new("xsd", Xsd.Namespace), new("schema", Schema.Namespace)];

    public static byte[] WriteBytes(IRdfWriter writer, IEnumerable<Quad> quads, RdfWriterOptions? options = null)
    {
        using var stream = new MemoryStream();
        writer.Write(quads, stream, options ?? new RdfWriterOptions { Prefixes = ExPrefixes });
        return stream.ToArray();
    }

    public static string Write(IRdfWriter writer, IEnumerable<Quad> quads, RdfWriterOptions? options = null)
    {
        var bytes = WriteBytes(writer, quads, options);
        Assert.False(bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble), "no BOM");
        Assert.DoesNotContain((byte)'\r', bytes);
        return new UTF8Encoding(false, true).GetString(bytes);
    }

    /// <summary>The quads with blank nodes renamed and the order shuffled, reproducibly per seed.</summary>
    public static List<Quad> Scramble(IEnumerable<Quad> quads, int seed, bool rename)
    {
        var names = new Dictionary<BlankNode, BlankNode>();
        Term Map(Term t) => rename && t is BlankNode b
            ? names.TryGetValue(b, out var r) ? r : names[b] = B($"r{seed}x{(names.Count * 7919 + seed) % 10007}")
            : t;
        var list = quads.Select(q => new Quad(Map(q.Subject), Map(q.Predicate), Map(q.Object), q.Graph is null ? null : Map(q.Graph))).ToList();
        new Random(seed).Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list));
        return list;
    }
}
