using Xunit;

namespace Graph.Testing;

/// <summary>
/// Locates <c>../shared</c> (the W3C suites, the specifications and the real vault, kept beside the repository).
/// Tests that need it call <see cref="Require"/> and are reported as skipped when it is absent.
/// </summary>
public static class SharedData
{
    private static readonly Lazy<string?> s_root = new(FindRoot);
    private static readonly Lazy<string> s_repo = new(FindRepositoryRoot);

    /// <summary>The repository root (the folder holding <c>Graph.sln</c>).</summary>
    public static string RepositoryRoot => s_repo.Value;

    /// <summary>The <c>shared</c> folder, or null when it is not beside the repository.</summary>
    public static string? Root => s_root.Value;

    public static bool IsAvailable => Root is not null;

    public const string MissingReason = "needs ../shared beside the repository (W3C suites, specifications, corpus); not found";

    /// <summary>The full path of <paramref name="relative"/> inside shared/, skipping the calling test when shared/ is absent.</summary>
    public static string Require(string relative = "")
    {
        var root = Root;
        if (root is null) { Assert.Skip(MissingReason); return ""; }
        var path = Path.Combine(root, relative);
        if (!File.Exists(path) && !Directory.Exists(path)) Assert.Skip($"needs ../shared/{relative}; not found");
        return path;
    }

    private static string? FindRoot()
    {
        var fromEnv = Environment.GetEnvironmentVariable("GRAPH_SHARED");
        if (!string.IsNullOrEmpty(fromEnv) && Directory.Exists(fromEnv)) return Path.GetFullPath(fromEnv);
        var candidate = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared"));
        return Directory.Exists(candidate) ? candidate : null;
    }

    private static string FindRepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Graph.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Graph.sln not found above " + AppContext.BaseDirectory);
    }
}
