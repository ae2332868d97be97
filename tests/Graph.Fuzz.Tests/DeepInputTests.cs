using System.Text;

namespace Graph.Fuzz.Tests;

/// <summary>
/// Hostile shapes the fuzzers led to (deep nesting, long operator chains, long literals): generated here at full size
/// instead of stored. Each must end in a result or a syntax error with a position, never a stack overflow (which
/// would kill the test run) or another exception.
/// </summary>
public sealed class DeepInputTests
{
    private const int Deep = 100_000;

    private static string Repeat(string s, int n) => new StringBuilder(s.Length * n).Insert(0, s, n).ToString();

    // (target, input) built on demand: the theory rows carry only the index, so discovery stays cheap.
    private static readonly (string Target, Func<string> Input)[] s_inputs =
    [
        ("turtle", () => "@prefix : <http://example.org/> .\n:a :b " + Repeat("(", Deep) + Repeat(")", Deep) + " .\n"),
        ("turtle", () => "@prefix : <http://example.org/> .\n:a :b " + Repeat("[ :p ", Deep) + Repeat("]", Deep) + " .\n"),
        ("trig", () => "@prefix : <http://example.org/> .\n:g { :a :b " + Repeat("( ", Deep) + Repeat(")", Deep) + " }\n"),
        ("rdfxml", () => "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns:ex=\"http://example.org/\">"
            + Repeat("<rdf:Description><ex:p>", 20_000) + Repeat("</ex:p></rdf:Description>", 20_000) + "</rdf:RDF>"),
        ("rdfxml", () => "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns:ex=\"http://example.org/\"><rdf:Description>"
            + Repeat("<ex:p rdf:parseType=\"Resource\">", 20_000) + Repeat("</ex:p>", 20_000) + "</rdf:Description></rdf:RDF>"),
        ("jsonld", () => "{\"http://example.org/p\": " + Repeat("{\"http://example.org/p\": ", Deep) + "1" + Repeat("}", Deep) + "}"),
        ("jsonld", () => "{\"http://example.org/p\": " + Repeat("[", Deep) + Repeat("]", Deep) + "}"),
        ("ntriples", () => "<http://example.org/s> <http://example.org/p> \"" + Repeat("a", 5_000_000) + "\" .\n"),
        ("turtle", () => "@prefix : <http://example.org/> .\n:a :b " + Repeat("9", 1_000_000) + ", 1." + Repeat("9", 100_000) + "e99999999999 .\n"),
        ("sparql", () => "SELECT * WHERE { FILTER(" + Repeat("(", Deep) + "1" + Repeat(")", Deep) + ") }"),
        ("sparql", () => "SELECT * WHERE " + Repeat("{", Deep) + Repeat("}", Deep)),
        ("sparql", () => "SELECT * WHERE { ?s " + Repeat("(", Deep) + "ex:p" + Repeat(")*", Deep) + " ?o }"),
        ("sparql", () => "SELECT * WHERE { FILTER(1" + Repeat("+1", Deep) + ") }"),
        ("sparql", () => "SELECT * WHERE { ?s ex:p " + Repeat("[ ex:p ", Deep) + Repeat("]", Deep) + " }"),
        ("sparql", () => "SELECT * WHERE { ?s " + Repeat("ex:p/", Deep) + "ex:p ?o }"),
        ("sparql", () => "SELECT * WHERE { " + string.Join(" UNION ", Enumerable.Repeat("{ ?s ?p ?o }", Deep)) + " }"),
        ("sparql", () => "SELECT * WHERE { FILTER(STR(" + Repeat("STR(", Deep) + "1" + Repeat(")", Deep) + ")) }"),
        ("sparql", () => "SELECT * WHERE { FILTER(?x IN (" + string.Join(",", Enumerable.Range(0, 20_000)) + ")) }"),
        ("sparql-eval", () => "SELECT * WHERE { ?s ?p ?o FILTER(1" + Repeat("+1", 900) + " > 0) }"),
        ("sparql-eval", () => "SELECT * WHERE { " + string.Join(" UNION ", Enumerable.Repeat("{ ?s ?p ?o }", 900)) + " }"),
        ("sparql-eval", () => "SELECT * WHERE { ?x (ex:p|^ex:p|ex:r)* ?y . ?y (ex:p/ex:p)+ ?z }"),
        ("note", () => "---\ntitle: " + Repeat("[", Deep) + Repeat("]", Deep) + "\n---\n# Body\n"),
        ("note", () => "---\ntags: " + Repeat("{a: ", Deep) + "1" + Repeat("}", Deep) + "\n---\n"),
        ("note", () => Repeat(">", Deep) + " quote\n"),
    ];

    public static TheoryData<string, int> Inputs
    {
        get
        {
            var rows = new TheoryData<string, int>();
            for (var i = 0; i < s_inputs.Length; i++) rows.Add(s_inputs[i].Target, i);
            return rows;
        }
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void EndsInAResultOrASyntaxError(string target, int index)
    {
        var input = s_inputs[index].Input();
        // Run on a thread with the thread pool's stack size, as the server and the parallel vault reader do.
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try { FuzzTargets.Create(target)!.Run(Encoding.UTF8.GetBytes(input)); }
            catch (Exception e) { failure = e; }
        }, maxStackSize: 1536 * 1024);
        thread.Start();
        thread.Join();
        if (failure is not null) throw new Xunit.Sdk.XunitException($"{target}: {failure}");
    }
}
