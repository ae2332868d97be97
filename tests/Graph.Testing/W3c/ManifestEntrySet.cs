using Xunit;

namespace Graph.Testing.W3c;

/// <summary>
/// The entries of a W3C test suite keyed by a short id, loaded from <c>../shared</c> once, on first use, and offered as
/// xunit theory rows. Without <c>../shared</c> the suite is a single row skipped with <see cref="SharedData.MissingReason"/>,
/// so a run on a machine without the suites reports why nothing ran instead of silently passing.
/// </summary>
/// <typeparam name="TEntry">What one entry of the suite's manifests reads as.</typeparam>
public sealed class ManifestEntrySet<TEntry>
{
    private readonly Lazy<Dictionary<string, TEntry>> _entries;

    /// <param name="load">Reads the entries, given the <c>shared</c> folder; the first entry of an id wins.</param>
    /// <param name="id">The short id an entry is known by (theory row value, <see cref="FromEnvironment"/> key).</param>
    public ManifestEntrySet(Func<string, IEnumerable<TEntry>> load, Func<TEntry, string> id)
    {
        _entries = new(() =>
        {
            var all = new Dictionary<string, TEntry>(StringComparer.Ordinal);
            foreach (var entry in load(SharedData.Root!)) all.TryAdd(id(entry), entry);
            return all;
        });
    }

    public TEntry this[string id] => _entries.Value[id];

    public int Count => _entries.Value.Count;

    /// <summary>One theory row per entry, named by <paramref name="name"/>, skipped when <paramref name="skip"/> gives a reason.</summary>
    public IEnumerable<TheoryDataRow<string>> Rows(Func<TEntry, string> name, Func<string, TEntry, string?>? skip = null)
    {
        if (!SharedData.IsAvailable)
        {
            yield return new TheoryDataRow<string>("(none)") { Skip = SharedData.MissingReason };
            yield break;
        }
        foreach (var (id, entry) in _entries.Value)
            yield return new TheoryDataRow<string>(id) { Skip = skip?.Invoke(id, entry), TestDisplayName = name(entry) };
    }

    /// <summary>
    /// The entry named by environment <paramref name="variable"/>, for running one test alone while debugging; skips
    /// the calling test when the variable is unset.
    /// </summary>
    public TEntry FromEnvironment(string variable)
    {
        var id = Environment.GetEnvironmentVariable(variable);
        if (string.IsNullOrEmpty(id)) Assert.Skip($"set {variable} to a test id to run it alone");
        SharedData.Require();
        return _entries.Value.TryGetValue(id!, out var entry) ? entry : throw new ArgumentException($"{variable}={id}: no such test");
    }
}
