using Graph.Vault.Model;

namespace Graph.Vault.Tests;

/// <summary>The golden vault tests/data/notes (copied beside the test assembly), read once.</summary>
internal static class GoldenVault
{
    private static readonly Lazy<VaultModel> s_model = new(() => VaultReader.Read(Folder, new VaultReaderOptions { MaxDegreeOfParallelism = 2 }));

    public static string Folder => Path.Combine(AppContext.BaseDirectory, "data", "notes");

    public static VaultModel Model => s_model.Value;

    public static Note Note(string path) => Model.FindNote(path) ?? throw new InvalidOperationException($"no note {path}");
}
