using Graph.Core.Diagnostics;

namespace Graph.Vault.Model;

/// <summary>
/// What a resource note summarises: the external work linked from its first heading (or, failing that, its first
/// line), e.g. <c>### [Title of the article](https://…)</c> → <c>schema:isBasedOn</c>.
/// </summary>
/// <param name="Url">The external resource's URL (absolute http(s)).</param>
/// <param name="Title">The link text as plain text.</param>
/// <param name="Position">Line and column of the link.</param>
/// <param name="AuthorName">Who made the work, as the summary under the heading names them (a person or an organisation), or null.</param>
/// <param name="AuthorIsOrganization">True when <see cref="AuthorName"/> is an organisation.</param>
public sealed record ResourceSummary(string Url, string Title, TextPosition Position, string? AuthorName = null, bool AuthorIsOrganization = false);
