using Graph.Core.Terms;
using Graph.IO.NTriples;

namespace Graph.IO.Turtle;

/// <summary>Literals from their bytes: bare numbers and booleans, quoted strings, datatype suffixes encoded once.</summary>
internal sealed partial class TurtleIdSerializer
{
    /// <summary>Whether some literal of a number or boolean datatype is not in the shape written bare.</summary>
    private bool AnyWrittenWithSuffix(int datatype)
    {
        var type = DatatypeOf(datatype);
        foreach (var pair in _layout.Pairs)
        {
            if (!_table.TryGetLiteral(pair.Object, out var lexical, out _, out var d) || d != datatype) continue;
            if (!IsBare(lexical, type.Shape)) return true;
        }
        return false;
    }

    /// <summary>A literal in the form <see cref="TurtleTermWriter.WriteLiteral"/> gives it, from its bytes.</summary>
    private void WriteLiteral(int obj)
    {
        _table.TryGetLiteral(obj, out var lexical, out var language, out var datatype);
        // One scan finds both what needs escaping and line ends.
        var escape = lexical.IndexOfAny(StringEscapes);
        if (language.IndexOfAnyInRange((byte)'A', (byte)'Z') >= 0)
        {
            // Upper-case tags (which a reader never hands over) are rare: the object path writes them.
            _terms.WriteLiteral((Literal)_table.TermOf(obj));
            return;
        }
        Datatype type = default;
        if (datatype >= 0)
        {
            type = DatatypeOf(datatype);
            if (IsBare(lexical, type.Shape))
            {
                _sink.Write(lexical);
                return;
            }
        }
        if (escape >= 0 && lexical[escape..].Contains((byte)'\n'))
            _terms.WriteLongString(lexical);
        else if (escape < 0)
        {
            var span = _sink.GetSpan(lexical.Length + 2);
            span[0] = (byte)'"';
            lexical.CopyTo(span[1..]);
            span[lexical.Length + 1] = (byte)'"';
            _sink.Advance(lexical.Length + 2);
        }
        else
        {
            _sink.Write((byte)'"');
            NTriplesTermWriter.WriteEscapedString(_sink, lexical);
            _sink.Write((byte)'"');
        }
        if (!language.IsEmpty)
        {
            _sink.Write((byte)'@');
            _sink.Write(language);
        }
        else if (type.Suffix is not null)
        {
            _terms.MarkUsed(type.Prefix);
            _sink.Write(type.Suffix);
        }
    }

    /// <summary>Whether a literal is written as a bare number or boolean, as <see cref="TurtleTermWriter.WriteLiteral"/> decides.</summary>
    private static bool IsBare(ReadOnlySpan<byte> lexical, NumberShape shape) => shape switch
    {
        NumberShape.Integer => TurtleGrammar.IsInteger(lexical),
        NumberShape.Decimal => TurtleGrammar.IsDecimal(lexical),
        NumberShape.Double => TurtleGrammar.IsDouble(lexical),
        NumberShape.Boolean => lexical.SequenceEqual("true"u8) || lexical.SequenceEqual("false"u8),
        _ => false,
    };

    private Datatype DatatypeOf(int id)
    {
        for (var i = 0; i < _datatypeCount; i++)
            if (_datatypeIds[i] == id) return _datatypes[i];
        var value = _table.ValueOf(id);
        var shape = NumberShape.None;
        if (value.StartsWith(XsdNamespace))
        {
            var local = value[XsdNamespace.Length..];
            shape = local.SequenceEqual("integer"u8) ? NumberShape.Integer
                : local.SequenceEqual("decimal"u8) ? NumberShape.Decimal
                : local.SequenceEqual("double"u8) ? NumberShape.Double
                : local.SequenceEqual("boolean"u8) ? NumberShape.Boolean
                : NumberShape.None;
        }
        var prefix = PrefixOf(id);
        var suffix = Encode(() =>
        {
            _sink.Write((byte)'^', (byte)'^');
            _terms.EncodeIri(_table.ValueOf(id), prefix);
        }, value.Length + 2);
        if (_datatypeCount == _datatypeIds.Length)
        {
            Array.Resize(ref _datatypeIds, _datatypeCount * 2);
            Array.Resize(ref _datatypes, _datatypeCount * 2);
        }
        _datatypeIds[_datatypeCount] = id;
        return _datatypes[_datatypeCount++] = new Datatype(shape, suffix, prefix);
    }

    // What STRING_LITERAL_QUOTE cannot hold as is (NTriplesTermWriter escapes them), and the line end that makes a long string.
    private static readonly System.Buffers.SearchValues<byte> StringEscapes = System.Buffers.SearchValues.Create("\"\\\n\r"u8);

    private static ReadOnlySpan<byte> XsdNamespace => "http://www.w3.org/2001/XMLSchema#"u8;

    private enum NumberShape : byte { None, Integer, Decimal, Double, Boolean }

    /// <summary>
    /// What a datatype's literals need: a bare form when their lexical form has its shape, else the suffix
    /// (<c>^^</c> and the IRI), whose prefix is declared only once some literal is written with it.
    /// </summary>
    private readonly record struct Datatype(NumberShape Shape, byte[]? Suffix, int Prefix);
}
