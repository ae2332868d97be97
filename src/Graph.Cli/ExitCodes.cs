namespace Graph.Cli;

/// <summary>What the process exit code tells a script. Documented in README.md.</summary>
internal static class ExitCodes
{
    /// <summary>Everything was done.</summary>
    public const int Success = 0;

    /// <summary>Input was read but some of it is invalid (syntax errors, bad query); nothing was written.</summary>
    public const int InvalidInput = 1;

    /// <summary>The command line itself is wrong (unknown option, missing argument, unknown format).</summary>
    public const int Usage = 2;

    /// <summary>A file could not be read or written.</summary>
    public const int IoError = 3;

    /// <summary>The query was valid but could not finish: timeout, result limit, or a feature this engine cannot evaluate.</summary>
    public const int QueryFailed = 4;

    /// <summary>Done, but with warnings (e.g. a vault with broken links or unreadable notes).</summary>
    public const int CompletedWithWarnings = 0;
}
