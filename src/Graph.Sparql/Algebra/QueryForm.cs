namespace Graph.Sparql.Algebra;

/// <summary>The four query forms of SPARQL 1.1 §16.</summary>
public enum QueryForm
{
    Select,
    Ask,
    Construct,
    Describe,
}
