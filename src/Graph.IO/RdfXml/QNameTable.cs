using System.Globalization;
using System.Xml;
using Graph.Core.Terms;

namespace Graph.IO.RdfXml;

/// <summary>
/// Turns the IRIs a writer uses as element names into QNames (RDF 1.1 XML Syntax §8): split after the last character
/// that cannot be in an NCName, keeping a local name that starts with a letter or '_'. Prefixes come from the
/// candidates when they name the namespace, otherwise ns1, ns2… are invented; only prefixes used are declared.
/// </summary>
internal sealed class QNameTable
{
    private readonly Dictionary<string, string> _candidates = new(StringComparer.Ordinal);
    private readonly HashSet<string> _takenPrefixes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _used = new(StringComparer.Ordinal);
    private readonly Dictionary<Iri, string?> _qnames = [];
    private int _invented;

    public QNameTable(IEnumerable<KeyValuePair<string, string>> candidates, string rdfNamespace)
    {
        foreach (var (prefix, ns) in candidates)
        {
            // A prefix must be an NCName not starting with "xml"; the default namespace is never used (every name is qualified).
            if (prefix.Length == 0 || prefix.StartsWith("xml", StringComparison.OrdinalIgnoreCase) || !RdfXmlParser.IsNcName(prefix)) continue;
            _takenPrefixes.Add(prefix);
            _candidates.TryAdd(ns, prefix);
        }
        if (!_candidates.ContainsKey(rdfNamespace) && _takenPrefixes.Add("rdf")) _candidates[rdfNamespace] = "rdf";
        RdfPrefix = PrefixFor(rdfNamespace);
    }

    public string RdfPrefix { get; }

    /// <summary>The declarations to write: the RDF namespace first, then the others by prefix.</summary>
    public IEnumerable<KeyValuePair<string, string>> Declarations =>
        _used.Where(kv => kv.Value == RdfPrefix).Concat(_used.Where(kv => kv.Value != RdfPrefix).OrderBy(kv => kv.Value, StringComparer.Ordinal))
            .Select(kv => new KeyValuePair<string, string>(kv.Value, kv.Key));

    /// <summary>The QName for an IRI (declaring its prefix), or null when the IRI does not end in an NCName.</summary>
    public string? QName(Iri iri)
    {
        if (_qnames.TryGetValue(iri, out var qname)) return qname;
        qname = Split(iri.Value, out var ns, out var local) ? PrefixFor(ns) + ":" + local : null;
        _qnames[iri] = qname;
        return qname;
    }

    private string PrefixFor(string ns)
    {
        if (_used.TryGetValue(ns, out var prefix)) return prefix;
        if (!_candidates.TryGetValue(ns, out prefix))
        {
            do prefix = "ns" + (++_invented).ToString(CultureInfo.InvariantCulture);
            while (!_takenPrefixes.Add(prefix));
        }
        _used[ns] = prefix;
        return prefix;
    }

    /// <summary>Splits an IRI into namespace and NCName local part; false when no such split exists.</summary>
    public static bool Split(string iri, out string ns, out string local)
    {
        var start = iri.Length;
        while (start > 0 && XmlConvert.IsNCNameChar(iri[start - 1])) start--;
        while (start < iri.Length && !XmlConvert.IsStartNCNameChar(iri[start])) start++;
        if (start == iri.Length || start == 0)
        {
            ns = local = string.Empty;
            return false;
        }
        ns = iri[..start];
        local = iri[start..];
        return true;
    }
}
