namespace Graph.IO.RdfXml;

/// <summary>One attribute of an element as RDF/XML sees it: its IRI parts, the name as written, its value and where it is.</summary>
internal readonly record struct XmlAttribute(string Namespace, string LocalName, string Name, string Value, int Line, int Column);
