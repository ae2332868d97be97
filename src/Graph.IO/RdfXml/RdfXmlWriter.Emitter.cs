using System.Globalization;
using System.Runtime.CompilerServices;
using Graph.Core.Iris;
using Graph.Core.Terms;
using Graph.Core.Vocabularies;
using Graph.IO.Text;

namespace Graph.IO.RdfXml;

public sealed partial class RdfXmlWriter
{
    /// <summary>Writes the planned groups; everything that can fail on the data was checked by the plan, except character checks.</summary>
    private sealed class Emitter(Utf8Sink w, QNameTable names, WritePlan plan, Quad[] triples, string? baseIri)
    {
        private readonly Dictionary<BlankNode, string> _labels = [];
        private readonly string _about = names.RdfPrefix + ":about";
        private readonly string _nodeId = names.RdfPrefix + ":nodeID";
        private readonly string _resource = names.RdfPrefix + ":resource";
        private readonly string _datatype = names.RdfPrefix + ":datatype";
        private readonly string _description = names.RdfPrefix + ":Description";
        private readonly string _parseTypeLiteral = names.RdfPrefix + ":parseType=\"Literal\"";
        private readonly Dictionary<string, bool> _xmlLiteralOk = new(StringComparer.Ordinal);

        public void Run()
        {
            w.Write("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<"u8);
            var root = names.RdfPrefix + ":RDF";
            w.Write(root);
            var indent = new string(' ', root.Length + 2);
            var first = true;
            foreach (var (prefix, ns) in names.Declarations)
            {
                if (!first) w.Write('\n' + indent);
                else w.Write((byte)' ');
                first = false;
                w.Write("xmlns:"u8);
                w.Write(prefix);
                w.Write("=\""u8);
                XmlText.WriteAttribute(w, ns);
                w.Write((byte)'"');
            }
            if (baseIri is not null)
            {
                w.Write('\n' + indent + "xml:base=\"");
                XmlText.WriteAttribute(w, baseIri);
                w.Write((byte)'"');
            }
            w.Write(">\n"u8);
            var groups = plan.Groups;
            for (var g = 0; g < groups.Count; g++)
            {
                var end = g + 1 < groups.Count ? groups[g + 1].Start : triples.Length;
                WriteGroup(groups[g].Start, end, groups[g].TypeIndex);
            }
            w.Write("</"u8);
            w.Write(root);
            w.Write(">\n"u8);
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private void WriteGroup(int start, int end, int typeIndex)
        {
            var subject = triples[start].Subject;
            var element = typeIndex >= 0 ? names.QName((Iri)triples[typeIndex].Object)! : _description;
            w.Write("  <"u8);
            w.Write(element);
            switch (subject)
            {
                case Iri iri:
                    WriteIri(_about, iri.Value);
                    break;
                case BlankNode b when plan.BlankObjects.Contains(b):
                    WriteAttribute(_nodeId, Label(b));
                    break;
                case BlankNode:
                    break;
                default:
                    throw new NotSupportedException($"RDF/XML cannot have a literal as subject: {triples[start]}");
            }
            var empty = end - start == (typeIndex >= 0 ? 1 : 0);
            if (empty)
            {
                w.Write("/>\n"u8);
                return;
            }
            w.Write(">\n"u8);
            for (var i = start; i < end; i++)
                if (i != typeIndex) WriteProperty(triples[i]);
            w.Write("  </"u8);
            w.Write(element);
            w.Write(">\n"u8);
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private void WriteProperty(in Quad q)
        {
            var name = names.QName((Iri)q.Predicate)!;
            w.Write("    <"u8);
            w.Write(name);
            switch (q.Object)
            {
                case Iri iri:
                    WriteIri(_resource, iri.Value);
                    w.Write("/>\n"u8);
                    return;
                case BlankNode b:
                    WriteAttribute(_nodeId, Label(b));
                    w.Write("/>\n"u8);
                    return;
                case Literal l:
                    if (l.Language is not null) WriteAttribute("xml:lang", l.Language);
                    else if (l.Datatype.Equals(Rdf.XmlLiteral) && IsCanonicalXml(l.LexicalForm))
                    {
                        w.Write((byte)' ');
                        w.Write(_parseTypeLiteral);
                        w.Write((byte)'>');
                        w.Write(l.LexicalForm);
                        break;
                    }
                    else if (!l.Datatype.Equals(Xsd.String)) WriteIri(_datatype, l.Datatype.Value, relative: false);
                    w.Write((byte)'>');
                    XmlText.WriteContent(w, l.LexicalForm);
                    break;
                default:
                    throw new System.Diagnostics.UnreachableException(q.Object.GetType().Name);
            }
            w.Write("</"u8);
            w.Write(name);
            w.Write(">\n"u8);
        }

        private void WriteAttribute(string name, string value)
        {
            w.Write((byte)' ');
            w.Write(name);
            w.Write("=\""u8);
            XmlText.WriteAttribute(w, value);
            w.Write((byte)'"');
        }

        /// <summary>Writes an IRI attribute; an IRI our reader would refuse (it holds a space, '&lt;'…) is refused here too.</summary>
        private void WriteIri(string attribute, string iri, bool relative = true)
        {
            var bad = RdfXmlParser.InvalidIriCharacter(iri);
            if (bad >= 0)
                throw new NotSupportedException($"cannot write <{iri}> in RDF/XML: it contains {(iri[bad] == ' ' ? "a space" : $"U+{(int)iri[bad]:X4}")}, which IRIs may not contain");
            WriteAttribute(attribute, relative ? Relative(iri) : iri);
        }

        private string Label(BlankNode b)
        {
            if (!_labels.TryGetValue(b, out var label)) _labels[b] = label = "b" + _labels.Count.ToString(CultureInfo.InvariantCulture);
            return label;
        }

        /// <summary>
        /// An XML literal goes inside rdf:parseType="Literal" only when reading it back gives the same lexical form
        /// (it is well-formed and already in exclusive canonical form); otherwise it is written as typed text.
        /// </summary>
        private bool IsCanonicalXml(string lexical)
        {
            if (!_xmlLiteralOk.TryGetValue(lexical, out var ok))
                _xmlLiteralOk[lexical] = ok = XmlLiteralCanonicalizer.TryCanonicalize(lexical) == lexical;
            return ok;
        }

        /// <summary>The IRI relative to the base when that is a fragment or a plain relative path that resolves back to it exactly.</summary>
        private string Relative(string iri)
        {
            if (baseIri is null) return iri;
            var hash = baseIri.IndexOf('#');
            var stem = hash < 0 ? baseIri : baseIri[..hash];
            string? candidate = null;
            if (iri.Length > stem.Length && iri.StartsWith(stem, StringComparison.Ordinal) && iri[stem.Length] == '#')
                candidate = iri[stem.Length..];
            else
            {
                var slash = stem.LastIndexOf('/');
                if (slash >= 0 && iri.Length > slash + 1 && iri.StartsWith(stem.AsSpan(0, slash + 1), StringComparison.Ordinal))
                {
                    var rest = iri[(slash + 1)..];
                    var colon = rest.IndexOf(':');
                    var firstSlash = rest.IndexOf('/');
                    // A relative path may not look like a scheme ("a:b") nor hold dot segments.
                    if ((colon < 0 || (firstSlash >= 0 && firstSlash < colon)) && rest[0] != '.' && !rest.Contains("/.", StringComparison.Ordinal))
                        candidate = rest;
                }
            }
            return candidate is not null && IriResolver.Resolve(baseIri, candidate) == iri ? candidate : iri;
        }
    }
}
