namespace Graph.Sparql.Algebra;

/// <summary>
/// One operation of a SPARQL 1.1 Update request (https://www.w3.org/TR/sparql11-update/#formalModel):
/// <see cref="InsertData"/>, <see cref="DeleteData"/>, <see cref="Modify"/> (DELETE/INSERT … WHERE, DELETE WHERE),
/// <see cref="Load"/>, <see cref="GraphManagement"/> (CLEAR, DROP, CREATE) and <see cref="GraphTransfer"/> (ADD, MOVE, COPY).
/// </summary>
public abstract record UpdateOperation
{
    private protected UpdateOperation() { }
}
