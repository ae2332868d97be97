using System.Globalization;
using Graph.Core.Terms;
using Graph.Core.Vocabularies;
using Graph.Store;
using VoID = Graph.Core.Vocabularies.Void;

namespace Graph.Publishing.Statistics;

/// <summary>
/// What VoID counts about a dataset (https://www.w3.org/TR/void/#statistics), over every graph of a store, leaving out
/// the dataset's own description (the dataset node, the nodes under <c>{dataset}/</c> and its dumps) so that the
/// counts describe the data alone and do not change when the description is added.
/// </summary>
/// <param name="Triples">Statements (<c>void:triples</c>).</param>
/// <param name="Entities">Distinct IRI subjects inside the URI space (<c>void:entities</c>).</param>
/// <param name="DistinctSubjects"><c>void:distinctSubjects</c>.</param>
/// <param name="DistinctObjects"><c>void:distinctObjects</c>.</param>
/// <param name="Classes">Class → distinct instances, ordered by class IRI (<c>void:classPartition</c>).</param>
/// <param name="Properties">Property → its statement, subject and object counts, ordered by property IRI (<c>void:propertyPartition</c>).</param>
/// <param name="Vocabularies">Namespaces of the classes and properties used, ordered (<c>void:vocabulary</c>).</param>
/// <param name="Languages">Language tags of the literals, lower case, ordered.</param>
/// <param name="EarliestDate">The earliest creation or publication date in the data, if any.</param>
/// <param name="LatestDate">The latest creation, publication or modification date in the data, if any.</param>
public sealed record DatasetStatistics(
    long Triples,
    long Entities,
    long DistinctSubjects,
    long DistinctObjects,
    IReadOnlyList<ClassPartition> Classes,
    IReadOnlyList<PropertyPartition> Properties,
    IReadOnlyList<string> Vocabularies,
    IReadOnlyList<string> Languages,
    DateOnly? EarliestDate,
    DateOnly? LatestDate)
{
    private static readonly Iri[] s_createdProperties = [Schema.DateCreated, Schema.DatePublished, Dcterms.Created, Dcterms.Issued];
    private static readonly Iri[] s_modifiedProperties = [Schema.DateModified, Dcterms.Modified];

    /// <summary>Counts the data of <paramref name="store"/> that belongs to <paramref name="dataset"/>'s URI space.</summary>
    public static DatasetStatistics Compute(QuadStore store, Iri dataset, string uriSpace)
    {
        ArgumentNullException.ThrowIfNull(store);
        return Compute(StatementIds.Of(store), dataset, uriSpace);
    }

    /// <summary>The same counts over a list of statements, without loading them into a store first.</summary>
    public static DatasetStatistics Compute(IEnumerable<Quad> quads, Iri dataset, string uriSpace)
    {
        ArgumentNullException.ThrowIfNull(quads);
        return Compute(StatementIds.Of(quads), dataset, uriSpace);
    }

    private static DatasetStatistics Compute(StatementIds dict, Iri dataset, string uriSpace)
    {
        var excluded = DescriptionNodes(dict, dataset);
        var typeId = dict.IdOf(Rdf.Type);
        var created = s_createdProperties.Select(dict.IdOf).Where(id => id != 0).ToHashSet();
        var modified = s_modifiedProperties.Select(dict.IdOf).Where(id => id != 0).ToHashSet();

        long triples = 0;
        var subjects = new HashSet<int>();
        var objects = new HashSet<int>();
        var classes = new Dictionary<int, HashSet<int>>();
        var properties = new Dictionary<int, (long Triples, HashSet<int> Subjects, HashSet<int> Objects)>();
        var languages = new SortedSet<string>(StringComparer.Ordinal);
        DateOnly? earliest = null, latest = null;
        var literalDates = new Dictionary<int, DateOnly?>();

        foreach (var q in dict.Match(TermId.Any, TermId.Any))
        {
            if (excluded.Contains(q.Subject)) continue;
            triples++;
            subjects.Add(q.Subject);
            objects.Add(q.Object);
            if (!properties.TryGetValue(q.Predicate, out var p)) p = (0, [], []);
            p.Subjects.Add(q.Subject);
            p.Objects.Add(q.Object);
            properties[q.Predicate] = (p.Triples + 1, p.Subjects, p.Objects);
            if (q.Predicate == typeId && dict.KindOf(q.Object) == TermKind.Iri)
            {
                if (!classes.TryGetValue(q.Object, out var instances)) classes[q.Object] = instances = [];
                instances.Add(q.Subject);
            }
            var isCreated = created.Contains(q.Predicate);
            if (isCreated || modified.Contains(q.Predicate))
            {
                if (!literalDates.TryGetValue(q.Object, out var date)) literalDates[q.Object] = date = DateOf(dict.Decode(q.Object));
                if (date is { } d)
                {
                    if (isCreated && (earliest is null || d < earliest)) earliest = d;
                    if (latest is null || d > latest) latest = d;
                }
            }
        }
        foreach (var o in objects)
            if (dict.KindOf(o) == TermKind.Literal && dict.Decode(o) is Literal { Language: { } lang }) languages.Add(lang);

        var entities = subjects.LongCount(s => dict.KindOf(s) == TermKind.Iri
            && ((Iri)dict.Decode(s)).Value.StartsWith(uriSpace, StringComparison.Ordinal));
        var classList = classes.Select(c => new ClassPartition((Iri)dict.Decode(c.Key), c.Value.Count))
            .OrderBy(c => c.Class.Value, StringComparer.Ordinal).ToList();
        var propertyList = properties.Select(p => new PropertyPartition((Iri)dict.Decode(p.Key), p.Value.Triples, p.Value.Subjects.Count, p.Value.Objects.Count))
            .OrderBy(p => p.Property.Value, StringComparer.Ordinal).ToList();
        var vocabularies = classList.Select(c => c.Class).Concat(propertyList.Select(p => p.Property))
            .Select(i => NamespaceOf(i.Value)).Where(n => n.Length > 0).Distinct().Order(StringComparer.Ordinal).ToList();
        return new DatasetStatistics(triples, entities, subjects.Count, objects.Count, classList, propertyList, vocabularies,
            [.. languages], earliest, latest);
    }

    /// <summary>The namespace of a class or property IRI: up to its last <c>#</c> or <c>/</c>.</summary>
    public static string NamespaceOf(string iri) => iri[..(Math.Max(iri.LastIndexOf('#'), iri.LastIndexOf('/')) + 1)];

    /// <summary>The local name of a class or property IRI: after its last <c>#</c> or <c>/</c>.</summary>
    public static string LocalNameOf(string iri) => iri[(Math.Max(iri.LastIndexOf('#'), iri.LastIndexOf('/')) + 1)..];

    // The dataset node, its partitions and its dumps describe the data; they are not part of it.
    private static HashSet<int> DescriptionNodes(StatementIds dict, Iri dataset)
    {
        var nodes = new HashSet<int>();
        var d = dict.IdOf(dataset);
        if (d == 0) return nodes;
        nodes.Add(d);
        var dump = dict.IdOf(VoID.DataDump);
        if (dump != 0)
            foreach (var q in dict.Match(d, dump)) nodes.Add(q.Object);
        var prefix = dataset.Value + "/";
        foreach (var q in dict.Match(d, TermId.Any))
            if (dict.KindOf(q.Object) == TermKind.Iri && ((Iri)dict.Decode(q.Object)).Value.StartsWith(prefix, StringComparison.Ordinal))
                nodes.Add(q.Object);
        return nodes;
    }

    private static DateOnly? DateOf(Term term)
    {
        if (term is not Literal l || !(l.Datatype.Equals(Xsd.Date) || l.Datatype.Equals(Xsd.DateTime) || l.Datatype.Equals(Xsd.DateTimeStamp)))
            return null;
        var text = l.LexicalForm.Trim();
        return text.Length >= 10 && DateOnly.TryParseExact(text.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d : null;
    }
}
