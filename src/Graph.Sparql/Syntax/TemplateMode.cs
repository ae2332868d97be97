namespace Graph.Sparql.Syntax;

/// <summary>How triples being parsed treat blank nodes and paths.</summary>
internal enum TemplateMode
{
    /// <summary>A WHERE pattern: paths allowed; blank nodes are non-distinguished variables scoped to one BGP.</summary>
    Pattern,
    /// <summary>A CONSTRUCT or update template: no paths; blank nodes stay blank nodes.</summary>
    Template,
    /// <summary><c>CONSTRUCT WHERE { … }</c>: a template that is also the pattern (no paths).</summary>
    ShortConstruct,
    /// <summary>DELETE DATA / DELETE templates: blank nodes are not allowed.</summary>
    NoBlankNodes,
    /// <summary>INSERT DATA / DELETE DATA: no variables either.</summary>
    Data,
}
