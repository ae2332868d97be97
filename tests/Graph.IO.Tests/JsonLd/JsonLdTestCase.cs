using Graph.IO.JsonLd;

namespace Graph.IO.Tests.JsonLd;

/// <summary>One entry of a W3C JSON-LD API test manifest.</summary>
internal sealed record JsonLdTestCase(string Manifest, string Id, string Name, IReadOnlyList<string> Types, string Input, string? Expect,
    string? ExpectErrorCode, string? Context, JsonMap Options)
{
    public bool IsNegative => Types.Contains("jld:NegativeEvaluationTest");
    public bool IsSyntaxTest => Types.Contains("jld:PositiveSyntaxTest");
    public string? SpecVersion => Options.Get("specVersion") as string;
    public string? Option(string name) => Options.Get(name) as string;
    public bool Flag(string name) => Options.Get(name) is true;
    public string InputUrl => JsonLdSuite.BaseIri + Input;
}
