namespace Graph.Fuzz;

/// <summary>
/// One fuzz target: feeds an input to a parser (or the query engine) and checks invariants that must hold for every
/// input, not only "no crash". A broken invariant throws <see cref="InvariantViolation"/>; any other exception that
/// escapes is a bug too (AFL records both as crashes; the replay tests fail on both).
/// </summary>
public abstract class FuzzTarget
{
    /// <summary>The name given on the command line and used for the corpus folder (<c>fuzz/corpus/NAME</c>).</summary>
    public abstract string Name { get; }

    /// <summary>The file extension of seed inputs (<c>.ttl</c>, <c>.rq</c>, <c>.md</c>...), for the seed script and the saved corpus.</summary>
    public abstract string Extension { get; }

    /// <summary>Runs one input and checks the invariants.</summary>
    public abstract void Run(byte[] input);

    public override string ToString() => Name;
}
