namespace Graph.Sparql.Engine.Operators;

/// <summary>A position of a pattern at plan time: a variable's slot, or a constant's store id (<see cref="Graph.Store.TermId.Unknown"/> when the store lacks the term).</summary>
internal readonly record struct PatternTerm(int Slot, int Constant)
{
    public static PatternTerm Var(int slot) => new(slot, 0);

    public static PatternTerm Const(int id) => new(-1, id);

    public bool IsVariable => Slot >= 0;

    /// <summary>The id to look up given a row: the constant, the slot's binding, or 0 (any) when unbound.</summary>
    public int Resolve(int[] row) => Slot >= 0 ? row[Slot] : Constant;
}
