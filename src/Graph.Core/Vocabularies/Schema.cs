using Graph.Core.Terms;

namespace Graph.Core.Vocabularies;

/// <summary>Schema.org (<c>http://schema.org/</c>).</summary>
public static class Schema
{
    public const string Namespace = "http://schema.org/";

    public static readonly Iri Thing = new(Namespace + "Thing");
    public static readonly Iri Article = new(Namespace + "Article");
    public static readonly Iri CreativeWork = new(Namespace + "CreativeWork");
    public static readonly Iri Person = new(Namespace + "Person");
    public static readonly Iri Organization = new(Namespace + "Organization");
    public static readonly Iri Museum = new(Namespace + "Museum");
    public static readonly Iri Place = new(Namespace + "Place");
    public static readonly Iri PostalAddress = new(Namespace + "PostalAddress");
    public static readonly Iri Quotation = new(Namespace + "Quotation");
    public static readonly Iri Dataset = new(Namespace + "Dataset");
    public static readonly Iri DataDownload = new(Namespace + "DataDownload");
    public static readonly Iri VideoObject = new(Namespace + "VideoObject");
    public static readonly Iri ImageObject = new(Namespace + "ImageObject");
    public static readonly Iri MediaObject = new(Namespace + "MediaObject");
    public static readonly Iri WebPage = new(Namespace + "WebPage");
    public static readonly Iri DefinedTerm = new(Namespace + "DefinedTerm");
    public static readonly Iri Event = new(Namespace + "Event");
    public static readonly Iri Name = new(Namespace + "name");
    public static readonly Iri AlternateName = new(Namespace + "alternateName");
    public static readonly Iri Identifier = new(Namespace + "identifier");
    public static readonly Iri Description = new(Namespace + "description");
    public static readonly Iri DateCreated = new(Namespace + "dateCreated");
    public static readonly Iri DateModified = new(Namespace + "dateModified");
    public static readonly Iri DatePublished = new(Namespace + "datePublished");
    public static readonly Iri Keywords = new(Namespace + "keywords");
    public static readonly Iri About = new(Namespace + "about");
    public static readonly Iri InLanguage = new(Namespace + "inLanguage");
    public static readonly Iri Abstract = new(Namespace + "abstract");
    public static readonly Iri Text = new(Namespace + "text");
    public static readonly Iri Mentions = new(Namespace + "mentions");
    public static readonly Iri IsPartOf = new(Namespace + "isPartOf");
    public static readonly Iri HasPart = new(Namespace + "hasPart");
    public static readonly Iri IsBasedOn = new(Namespace + "isBasedOn");
    public static readonly Iri Citation = new(Namespace + "citation");
    public static readonly Iri HonorificPrefix = new(Namespace + "honorificPrefix");
    public static readonly Iri JobTitle = new(Namespace + "jobTitle");
    public static readonly Iri WorksFor = new(Namespace + "worksFor");
    public static readonly Iri SameAs = new(Namespace + "sameAs");
    public static readonly Iri SubjectOf = new(Namespace + "subjectOf");
    public static readonly Iri Url = new(Namespace + "url");
    public static readonly Iri Address = new(Namespace + "address");
    public static readonly Iri AddressCountry = new(Namespace + "addressCountry");
    public static readonly Iri AddressLocality = new(Namespace + "addressLocality");
    public static readonly Iri KnowsAbout = new(Namespace + "knowsAbout");
    public static readonly Iri Creator = new(Namespace + "creator");
    public static readonly Iri License = new(Namespace + "license");
    public static readonly Iri Distribution = new(Namespace + "distribution");
    public static readonly Iri ContentUrl = new(Namespace + "contentUrl");
    public static readonly Iri EncodingFormat = new(Namespace + "encodingFormat");
    public static readonly Iri EmbedUrl = new(Namespace + "embedUrl");
    public static readonly Iri Image = new(Namespace + "image");
    public static readonly Iri Publisher = new(Namespace + "publisher");
    public static readonly Iri Position = new(Namespace + "position");
}
