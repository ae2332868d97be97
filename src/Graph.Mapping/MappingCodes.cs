namespace Graph.Mapping;

/// <summary>Codes of the diagnostics the mapping reports (beside the vault reader's <c>GV…</c> codes). Stable.</summary>
public static class MappingCodes
{
    /// <summary>A URL is not absolute http(s)/mailto; the statement that would link it is left out.</summary>
    public const string InvalidUrl = "GM001";

    /// <summary>A mention names a person or organisation key the model does not define.</summary>
    public const string UnknownIdentity = "GM002";

    /// <summary>A mapping table names a type or property that is not an absolute IRI or a Schema.org local name.</summary>
    public const string BadConfiguration = "GM003";

    /// <summary>Different tags slug to the same topic IRI; each is given the slug plus a hash of the tag.</summary>
    public const string TopicSlugCollision = "GM004";
}
