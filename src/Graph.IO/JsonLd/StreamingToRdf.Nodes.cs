using System.Text.Json;
using Graph.Core.Terms;
using Graph.Core.Vocabularies;

namespace Graph.IO.JsonLd;

internal sealed partial class StreamingToRdf
{
    // A node object: its statements wait until the end of the object, where the subject (@id or a fresh blank node) is known.
    private Term? ReadNode(ref Utf8JsonReader reader, Term? graph, bool topLevel)
    {
        var pending = Rent();
        Term? subject = null;
        var hasId = false;
        var subjectValid = true;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var info = ResolveKey(ref reader);
            reader.Read();
            switch (info.Kind)
            {
                case KeyKind.Skip:
                    reader.Skip();
                    break;
                case KeyKind.Id:
                    if (hasId || reader.TokenType != JsonTokenType.String) throw new GiveUp();
                    hasId = true;
                    subject = Id(reader.GetString()!);
                    subjectValid = subject is not null;
                    break;
                case KeyKind.Type:
                    ReadTypes(ref reader, pending);
                    break;
                case KeyKind.Graph:
                    // Only {"@id": g, "@graph": [...]}, with @id first: the graph name must be known before its nodes.
                    if (!hasId || reader.TokenType != JsonTokenType.StartArray) throw new GiveUp();
                    if (subjectValid) ReadNodeArray(ref reader, subject);
                    else reader.Skip();
                    break;
                case KeyKind.Property:
                    ReadValues(ref reader, info, pending, graph);
                    break;
                default:
                    throw new GiveUp();
            }
        }
        if (!hasId) subject = Fresh();
        if (subjectValid)
            foreach (var (p, o) in pending) _quads.Add(new Quad(subject!, p, o, graph));
        Return(pending);
        return subjectValid ? subject : null;
    }

    private void ReadTypes(ref Utf8JsonReader reader, List<(Iri, Term)> pending)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            AddType(ref reader, pending);
            return;
        }
        if (reader.TokenType != JsonTokenType.StartArray) throw new GiveUp();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.String) throw new GiveUp();
            AddType(ref reader, pending);
        }
    }

    private Term? AddType(string value, List<(Iri, Term)> pending)
    {
        // A type term with its own context would change how the rest of the node expands.
        if (_context.Get(value) is { HasContext: true }) throw new GiveUp();
        var type = VocabId(value);
        if (type is not null) pending.Add((Rdf.Type, type));
        return type;
    }

    private void ReadValues(ref Utf8JsonReader reader, KeyInfo info, List<(Iri, Term)> pending, Term? graph)
    {
        if (reader.TokenType == JsonTokenType.StartArray)
        {
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                if (reader.TokenType == JsonTokenType.StartArray) throw new GiveUp();
                ReadValue(ref reader, info, pending, graph);
            }
            return;
        }
        ReadValue(ref reader, info, pending, graph);
    }

    private void ReadValue(ref Utf8JsonReader reader, KeyInfo info, List<(Iri, Term)> pending, Term? graph)
    {
        var def = info.Definition;
        var predicate = info.Predicate!;
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return;
            case JsonTokenType.String:
            {
                var s = reader.GetString()!;
                var obj = def?.Type switch
                {
                    "@id" => Id(s),
                    "@vocab" => VocabId(s),
                    string t => TypedLiteral(s, t),
                    null => LanguageLiteral(s, def is { HasLanguage: true } ? def.Language : _context.DefaultLanguage),
                };
                if (obj is not null) pending.Add((predicate, obj));
                return;
            }
            case JsonTokenType.Number or JsonTokenType.True or JsonTokenType.False:
            {
                var value = Json.ReadValue(ref reader);
                var datatype = def?.Type is "@id" or "@vocab" or null ? null : def.Type;
                if (datatype is not null && !ContextProcessor.IsWellFormedIri(datatype)) return;
                var (lexical, dt) = RdfDeserializer.LexicalForm(value, datatype, false);
                pending.Add((predicate, Literal(lexical, dt)));
                return;
            }
            case JsonTokenType.StartObject:
                if (def is not null && def.HasContainer("@language")) ReadLanguageMap(ref reader, predicate, pending);
                else if (IsValueObject(ref reader)) ReadValueObject(ref reader, predicate, pending);
                else if (ReadNode(ref reader, graph, topLevel: false) is { } node) pending.Add((predicate, node));
                return;
            default:
                throw new GiveUp();
        }
    }

    // Looks ahead (the reader is a struct: the copy is a checkpoint) for a key that expands to @value.
    private bool IsValueObject(ref readonly Utf8JsonReader reader)
    {
        var lookahead = reader;
        while (lookahead.Read() && lookahead.TokenType != JsonTokenType.EndObject)
        {
            var kind = ExpandKey(ref lookahead);
            if (kind == "@value") return true;
            lookahead.Read();
            lookahead.Skip();
        }
        return false;
    }

    private void ReadValueObject(ref Utf8JsonReader reader, Iri predicate, List<(Iri, Term)> pending)
    {
        object? value = null;
        string? type = null, language = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var key = ExpandKey(ref reader);
            reader.Read();
            switch (key)
            {
                case "@value" when reader.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray):
                    value = Json.ReadValue(ref reader);
                    break;
                case "@type" when reader.TokenType == JsonTokenType.String:
                    type = ExpandTypeIri(ref reader);
                    if (type is null or "@json" || !ContextProcessor.IsWellFormedIri(type)) throw new GiveUp();
                    break;
                case "@language" when reader.TokenType == JsonTokenType.String:
                    language = LowerLanguage(ref reader);
                    break;
                case "@index" when reader.TokenType == JsonTokenType.String:
                    break;
                default:
                    throw new GiveUp(); // @direction, bad shapes: the full algorithm decides (and reports errors).
            }
        }
        if (value is null) return;
        if ((type is not null && language is not null) || (language is not null && value is not string)) throw new GiveUp();
        if (language is not null)
        {
            if (RdfDeserializer.IsWellFormedLanguage(language)) pending.Add((predicate, new Literal((string)value, language)));
            return;
        }
        var (lexical, dt) = RdfDeserializer.LexicalForm(value, type, false);
        pending.Add((predicate, Literal(lexical, dt)));
    }

    private void ReadLanguageMap(ref Utf8JsonReader reader, Iri predicate, List<(Iri, Term)> pending)
    {
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var none = reader.ValueTextEquals("@none"u8) || ExpandKey(ref reader) == "@none";
            var language = none ? "" : LowerLanguage(ref reader);
            reader.Read();
            var isArray = reader.TokenType == JsonTokenType.StartArray;
            while (!isArray || (reader.Read() && reader.TokenType != JsonTokenType.EndArray))
            {
                if (reader.TokenType == JsonTokenType.String)
                {
                    var s = reader.GetString()!;
                    var literal = none ? global::Graph.Core.Terms.Literal.String(s) : LanguageLiteral(s, language);
                    if (literal is not null) pending.Add((predicate, literal));
                }
                else if (reader.TokenType != JsonTokenType.Null) throw new GiveUp();
                if (!isArray) break;
            }
        }
    }
}
