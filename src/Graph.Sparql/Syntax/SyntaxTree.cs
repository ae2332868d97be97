using Graph.Core.Diagnostics;
using Graph.Sparql.Algebra;

namespace Graph.Sparql.Syntax;

// The syntax tree the parser produces and AlgebraBuilder translates (SPARQL 1.1 §18.2). Terms, paths and expressions are
// already algebra values; only the shapes whose translation the spec defines (group graph patterns, SELECT with its
// modifiers) are kept as syntax, with positions for the builder's errors.

/// <summary>One element of a GroupGraphPatternSub, in source order.</summary>
internal abstract record GroupElement(TextPosition Position);

/// <summary>A triple pattern as written: a predicate term/variable, or a property path.</summary>
internal sealed record SyntaxTriple(PatternNode Subject, PatternNode? Predicate, PropertyPath? Path, PatternNode Object);

internal sealed record TriplesElement(List<SyntaxTriple> Triples, TextPosition Position) : GroupElement(Position);

internal sealed record FilterElement(Expression Expression, TextPosition Position) : GroupElement(Position);

internal sealed record OptionalElement(GroupSyntax Group, TextPosition Position) : GroupElement(Position);

internal sealed record MinusElement(GroupSyntax Group, TextPosition Position) : GroupElement(Position);

/// <summary>GroupOrUnionGraphPattern: one group (a nested group) or several joined by UNION.</summary>
internal sealed record UnionElement(List<GroupSyntax> Groups, TextPosition Position) : GroupElement(Position);

internal sealed record GraphElement(PatternNode Name, GroupSyntax Group, TextPosition Position) : GroupElement(Position);

internal sealed record ServiceElement(PatternNode Endpoint, bool Silent, GroupSyntax Group, string Text, TextPosition Position) : GroupElement(Position);

internal sealed record BindElement(Expression Expression, Variable Variable, TextPosition Position) : GroupElement(Position);

internal sealed record ValuesElement(Table Table, TextPosition Position) : GroupElement(Position);

/// <summary>GroupGraphPattern: either a sub-select or a list of elements.</summary>
internal sealed record GroupSyntax(List<GroupElement> Elements, SelectSyntax? SubSelect);

/// <summary>A projection item: <c>?v</c> or <c>(expr AS ?v)</c>.</summary>
internal sealed record ProjectionItem(Variable Variable, Expression? Expression, TextPosition Position);

/// <summary>A GROUP BY condition with its position.</summary>
internal sealed record GroupCondition(Expression Expression, Variable? Variable, TextPosition Position);

/// <summary>SELECT (or the WHERE and modifiers of another query form) with its solution modifiers.</summary>
internal sealed class SelectSyntax
{
    public bool Distinct;
    public bool Reduced;
    /// <summary>Null for <c>SELECT *</c> (and for the other query forms).</summary>
    public List<ProjectionItem>? Projection;
    public TextPosition Position;
    public GroupSyntax Where = new([], null);
    public List<GroupCondition> GroupBy = [];
    public List<Expression> Having = [];
    public List<OrderCondition> OrderBy = [];
    public long? Limit;
    public long? Offset;
    public Table? Values;
}
