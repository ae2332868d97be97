using System.Globalization;
using System.Text;

namespace Graph.Mapping.Iris;

/// <summary>
/// Readable ASCII slugs for IRIs: accents folded (é → e, œ → oe, ß → ss), letters and digits kept in lower case,
/// every other run of characters one hyphen.
/// </summary>
internal static class Slug
{
    public static string Of(string text, int maxLength = 80)
    {
        var sb = new StringBuilder(text.Length);
        var pendingHyphen = false;
        foreach (var c in text.Normalize(NormalizationForm.FormKD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            var folded = Fold(c);
            if (folded is null)
            {
                pendingHyphen = sb.Length > 0;
                continue;
            }
            if (pendingHyphen) sb.Append('-');
            pendingHyphen = false;
            sb.Append(folded);
        }
        var slug = sb.ToString();
        if (slug.Length > maxLength) slug = slug[..maxLength].TrimEnd('-');
        return slug;
    }

    // Letters that NFKD does not decompose into ASCII + marks.
    private static string? Fold(char c) => c switch
    {
        >= 'a' and <= 'z' or >= '0' and <= '9' => c.ToString(),
        >= 'A' and <= 'Z' => char.ToLowerInvariant(c).ToString(),
        'œ' or 'Œ' => "oe",
        'æ' or 'Æ' => "ae",
        'ß' => "ss",
        'ø' or 'Ø' => "o",
        'đ' or 'Đ' or 'ð' => "d",
        'ł' or 'Ł' => "l",
        'þ' or 'Þ' => "th",
        'ı' => "i",
        _ => null,
    };
}
