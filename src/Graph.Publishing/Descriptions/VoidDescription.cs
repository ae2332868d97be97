using Graph.Core.Terms;
using Graph.Core.Vocabularies;
using Graph.Publishing.Statistics;
using Graph.Publishing.Vocabularies;
using VoID = Graph.Core.Vocabularies.Void;

namespace Graph.Publishing.Descriptions;

/// <summary>
/// The VoID description of a dataset (https://www.w3.org/TR/void/): a <c>void:Dataset</c> with its statistics, one
/// class partition per class and one property partition per property (each with its counts), its dumps, its SPARQL
/// endpoint, URI space and vocabularies, and title, description, licence and publisher from the profile. Partitions are
/// named <c>{dataset}/class/{local name}</c> and <c>{dataset}/property/{local name}</c>, as the converter names them.
/// </summary>
public static class VoidDescription
{
    public static IReadOnlyList<Quad> Describe(DatasetStatistics stats, DatasetProfile profile)
    {
        ArgumentNullException.ThrowIfNull(stats);
        ArgumentNullException.ThrowIfNull(profile);
        var s = new Statements();
        var d = profile.Dataset;
        s.Type(d, VoID.Dataset);
        s.Texts(d, Dcterms.Title, profile.Title);
        s.Texts(d, Dcterms.Description, profile.Description);
        if (profile.License is { Length: > 0 } license) s.Add(d, Dcterms.License, new Iri(license));
        if (profile.Publisher is { } publisher) s.Add(d, Dcterms.Publisher, DcatDescription.DescribePublisher(s, profile, publisher));
        s.Date(d, Dcterms.Issued, profile.Issued ?? stats.EarliestDate);
        s.Date(d, Dcterms.Modified, profile.Modified ?? stats.LatestDate);

        s.Add(d, VoID.UriSpace, Literal.String(profile.UriSpace));
        foreach (var ns in stats.Vocabularies) s.Add(d, VoID.Vocabulary, new Iri(ns));
        if (profile.SparqlEndpoint is { } endpoint) s.Add(d, VoID.SparqlEndpoint, endpoint);
        foreach (var dump in profile.Dumps)
        {
            s.Add(d, VoID.DataDump, profile.DownloadUrl(dump));
            if (FileTypes.W3cFormat(dump.MediaType) is { } feature) s.Add(d, DcatTerms.VoidFeature, feature);
        }

        s.Count(d, VoID.Triples, stats.Triples);
        s.Count(d, VoID.Entities, stats.Entities);
        s.Count(d, VoID.DistinctSubjects, stats.DistinctSubjects);
        s.Count(d, VoID.DistinctObjects, stats.DistinctObjects);
        s.Count(d, VoID.Properties, stats.Properties.Count);
        s.Count(d, VoID.Classes, stats.Classes.Count);

        foreach (var (name, cls) in Names(stats.Classes.Select(c => c.Class)).Zip(stats.Classes))
        {
            var part = new Iri(d.Value + "/class/" + name);
            s.Add(d, VoID.ClassPartition, part);
            s.Add(part, VoID.Class, cls.Class);
            s.Count(part, VoID.Entities, cls.Entities);
        }
        foreach (var (name, prop) in Names(stats.Properties.Select(p => p.Property)).Zip(stats.Properties))
        {
            var part = new Iri(d.Value + "/property/" + name);
            s.Add(d, VoID.PropertyPartition, part);
            s.Add(part, VoID.Property, prop.Property);
            s.Count(part, VoID.Triples, prop.Triples);
            s.Count(part, VoID.DistinctSubjects, prop.DistinctSubjects);
            s.Count(part, VoID.DistinctObjects, prop.DistinctObjects);
        }
        return s.Quads;
    }

    // Local names as partition names (as the converter mints them); when two vocabularies share a local name the later
    // ones get a number, so that a partition IRI never stands for two things.
    private static IEnumerable<string> Names(IEnumerable<Iri> terms)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var t in terms)
        {
            var local = Safe(DatasetStatistics.LocalNameOf(t.Value));
            var name = local;
            for (var i = 2; !used.Add(name); i++) name = local + "-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            yield return name;
        }
    }

    private static string Safe(string local)
    {
        var chars = local.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_').ToArray();
        return chars.Length == 0 ? "_" : new string(chars);
    }
}
