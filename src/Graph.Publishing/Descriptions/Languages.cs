using Graph.Core.Terms;

namespace Graph.Publishing.Descriptions;

/// <summary>
/// BCP 47 primary tags → the EU language authority table (ISO 639-3 codes), which DCAT-AP and DCAT-AP CH use for
/// <c>dct:language</c>. Only the languages the vaults are written in are known; others are left out.
/// </summary>
internal static class Languages
{
    private const string Authority = "http://publications.europa.eu/resource/authority/language/";

    public static Iri? EuIri(string tag)
    {
        var primary = tag.Split('-')[0].ToLowerInvariant();
        var code = primary switch
        {
            "fr" => "FRA",
            "en" => "ENG",
            "de" => "DEU",
            "it" => "ITA",
            "rm" => "ROH",
            "es" => "SPA",
            "nl" => "NLD",
            "pt" => "POR",
            _ => null,
        };
        return code is null ? null : new Iri(Authority + code);
    }
}
