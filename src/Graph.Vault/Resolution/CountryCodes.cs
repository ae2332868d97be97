namespace Graph.Vault.Resolution;

/// <summary>
/// One string per ISO 3166-1 alpha-2 code: speaker lines cut a new "CH" out of each line, and a vault names the same
/// few countries in thousands of mentions that live as long as the model.
/// </summary>
internal static class CountryCodes
{
    private static readonly string?[] s_codes = new string?[26 * 26];

    /// <summary>The shared instance of <paramref name="code"/> when it is two upper-case ASCII letters, else <paramref name="code"/>.</summary>
    public static string? Shared(string? code)
    {
        if (code is not { Length: 2 } || !char.IsAsciiLetterUpper(code[0]) || !char.IsAsciiLetterUpper(code[1])) return code;
        ref var slot = ref s_codes[(code[0] - 'A') * 26 + (code[1] - 'A')];
        // Two threads may store equal strings: either one is fine.
        return slot ??= code;
    }
}
