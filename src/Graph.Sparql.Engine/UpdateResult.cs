namespace Graph.Sparql.Engine;

/// <summary>What an update request changed: quads that were new and quads that were removed (net of each other per operation).</summary>
public sealed record UpdateResult(int Inserted, int Deleted, int Operations);
