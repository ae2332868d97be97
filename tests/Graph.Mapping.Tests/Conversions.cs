using Graph.Testing;

namespace Graph.Mapping.Tests;

/// <summary>Conversions shared by several tests (each vault is read once per test run).</summary>
internal static class Conversions
{
    private static readonly Lazy<ConversionResult> s_samples = new(() => VaultConverter.Convert(SamplesFolder));

    public static string SamplesFolder => Path.Combine(SharedData.RepositoryRoot, "samples");

    public static ConversionResult Samples => s_samples.Value;

    private static ConversionResult? s_corpus;

    /// <summary>The museum corpus's conversion; skips the calling test when ../shared is absent.</summary>
    public static ConversionResult Corpus()
    {
        var folder = SharedData.Require("corpus/museumxtd");
        return s_corpus ??= VaultConverter.Convert(folder);
    }
}
