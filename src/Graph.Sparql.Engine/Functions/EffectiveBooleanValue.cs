using Graph.Core.Terms;
using Graph.Core.Vocabularies;

namespace Graph.Sparql.Engine.Functions;

/// <summary>Effective boolean value (SPARQL 1.1 §17.2.2).</summary>
public static class EffectiveBooleanValue
{
    /// <summary>The EBV of a term, or null when it raises a type error (IRIs, blank nodes, unbound, ill-typed or other literals).</summary>
    public static bool? Of(Term? term)
    {
        if (term is not Literal l) return null;
        if (l.Language is not null) return l.LexicalForm.Length > 0;
        if (l.Datatype.Equals(Xsd.String)) return l.LexicalForm.Length > 0;
        if (l.Datatype.Equals(Xsd.Boolean))
        {
            return l.LexicalForm switch
            {
                "true" or "1" => true,
                "false" or "0" => false,
                _ => false, // an ill-typed boolean has EBV false
            };
        }
        if (Numeric.KindOf(l.Datatype) is not null)
        {
            if (!Numeric.TryFrom(l, out var n)) return false; // ill-typed numeric: false
            return n.IsExact ? n.Exact != 0 : !(n.Approximate == 0 || double.IsNaN(n.Approximate));
        }
        return null;
    }
}
