namespace Graph.Sparql.Algebra;

/// <summary>A triple pattern (SPARQL 1.1 §18.1.4): subject, predicate, object, each a term or a variable.</summary>
public sealed record TriplePattern(PatternNode Subject, PatternNode Predicate, PatternNode Object)
{
    /// <summary>The variables of the pattern, in subject, predicate, object order, without repeats.</summary>
    public IEnumerable<Variable> Variables()
    {
        if (Subject is Variable s) yield return s;
        if (Predicate is Variable p && p != Subject) yield return p;
        if (Object is Variable o && o != Subject && o != Predicate) yield return o;
    }
}
