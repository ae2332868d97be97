namespace Graph.IO.Tests.Conformance;

/// <summary>Runs one manifest entry: returns when it passes, fails through xUnit asserts, or skips with a reason.</summary>
public delegate void W3cTestRunner(W3cTestEntry entry);

/// <summary>
/// Contributes runners for some test types (by test-type IRI). Every implementation in this assembly is discovered;
/// <see cref="RdfSyntaxRunners"/> comes first and any other provider overrides it for the types it names, so a new
/// syntax's tests plug in by adding one class.
/// </summary>
public interface IW3cTestRunners
{
    IEnumerable<KeyValuePair<string, W3cTestRunner>> Runners { get; }
}
