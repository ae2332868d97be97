using Graph.Store;
using Graph.IO;
using Graph.Server;
using Graph.Server.Writes;

namespace Graph.Cli;

/// <summary>
/// The write options of <c>graph serve</c>: <c>--allow-writes</c> with its credentials (<c>--token-env VAR</c> for a
/// bearer token, <c>--user NAME --password-env VAR</c> for HTTP basic; secrets only ever come from the environment)
/// and where writes are saved (<c>--persist FILE</c>, default the single <c>--data</c> file). Refused combinations:
/// writes without a credential, writes with <c>--watch</c> (a reload from the sources would silently discard them), and
/// a vault or several files without <c>--persist</c> (nothing to write back to), or a <c>--persist</c> file that exists
/// outside the folders of the served files (it would be overwritten).
/// </summary>
internal sealed record WriteArguments(bool Allow, string? TokenEnv, string? User, string? PasswordEnv, string[] Persist)
{
    public WriteOptions? Resolve(string? vault, string[] data, bool watch)
    {
        if (!Allow)
        {
            if (TokenEnv is not null || User is not null || PasswordEnv is not null || Persist.Length > 0)
                throw new UsageException("--token-env, --user, --password-env and --persist only apply with --allow-writes.");
            return null;
        }
        if (TokenEnv is null && User is null)
            throw new UsageException("--allow-writes needs a credential, so anonymous clients cannot change the data: " +
                "--token-env VAR (writers send Authorization: Bearer <token>) and/or --user NAME --password-env VAR (HTTP basic).");
        if ((User is null) != (PasswordEnv is null)) throw new UsageException("--user and --password-env go together.");
        if (watch) throw new UsageException("--allow-writes cannot be combined with --watch: a reload from the vault or files would discard the writes.");
        var token = TokenEnv is null ? null : Secret(TokenEnv, "--token-env");
        var password = PasswordEnv is null ? null : Secret(PasswordEnv, "--password-env");
        if (User is not null && (User.Length == 0 || User.Contains(':'))) throw new UsageException("--user must be non-empty and hold no ':'.");

        string[] persist = Persist;
        if (persist.Length == 0)
        {
            if (vault is not null || data.Length != 1)
                throw new UsageException("--allow-writes with " + (vault is not null ? "a vault" : "several --data files") +
                    " needs --persist FILE: where the dataset is saved after each write (.trig or .nq keep named graphs); " +
                    "serve that file with --data next time to continue from it.");
            persist = data;
        }
        // An existing file may be overwritten when it is served, or sits beside a served file (the other syntaxes of a
        // convert output folder); anything else is probably not ours to replace.
        var servedFolders = data.Select(f => Path.GetDirectoryName(Path.GetFullPath(f))).ToHashSet(StringComparer.Ordinal);
        foreach (var file in persist)
        {
            if (File.Exists(file) && !servedFolders.Contains(Path.GetDirectoryName(Path.GetFullPath(file))))
                throw new UsageException($"--persist {file} exists and is not beside a served --data file: it would be overwritten. Serve it with --data {file}, or name a new file.");
            if (Directory.Exists(file)) throw new UsageException($"--persist {file} is a folder; name a file (e.g. {Path.Combine(file, "data.trig")}).");
        }
        var options = new WriteOptions { Token = token, User = User, Password = password, PersistFiles = persist };
        try { options.Validate(); }
        catch (ArgumentException e) { throw new UsageException(e.Message); }
        return options;
    }

    /// <summary>Refuses to start when a persist file's syntax cannot hold the named graphs already served.</summary>
    public static void CheckPersistable(WriteOptions writes, DatasetSnapshot snapshot)
    {
        if (!snapshot.Store.Graphs.Any(g => g != TermId.DefaultGraph)) return;
        foreach (var file in writes.PersistFiles)
            if (RdfFormat.FromPath(file) is { SupportsDatasets: false } format)
                throw new UsageException($"--persist {file}: {format.DisplayName} cannot hold the named graphs being served; use a .trig or .nq file.");
    }

    private static string Secret(string variable, string option) =>
        Environment.GetEnvironmentVariable(variable) is { Length: > 0 } value ? value
            : throw new UsageException($"{option}: the environment variable {variable} is not set (or empty).");
}
