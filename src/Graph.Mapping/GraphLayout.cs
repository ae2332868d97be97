namespace Graph.Mapping;

/// <summary>How <see cref="VaultConverter"/> distributes the statements over graphs (<c>graph convert --graphs</c>).</summary>
public enum GraphLayout
{
    /// <summary>Every statement in the default graph (the published <c>output/</c> files).</summary>
    Single,

    /// <summary>
    /// One named graph per note (<c>{base}graph/note/{slug}</c>, with its provenance), the shared entities (people,
    /// organisations, topics, vault files) in <c>{base}graph/shared</c> and the dataset description in
    /// <c>{base}graph/dataset</c>; see ontology/README.md.
    /// </summary>
    PerNote,
}
