using System.Text;
using Graph.IO.NTriples;

namespace Graph.IO.Turtle;

/// <summary>IRIs that arrive as UTF-8 bytes (term ids), written with the same choices as IRI objects.</summary>
internal sealed partial class TurtleTermWriter
{
    // The namespaces and prefix names in UTF-8, in the order of _prefixes, for IRIs that arrive as bytes.
    private byte[][]? _namespaceBytes;
    private byte[][]? _prefixBytes;

    /// <summary>
    /// The index of the prefix to write the IRI <paramref name="iri"/> (UTF-8) with, or -1: the same choice as for the
    /// IRI as an object. Pass it to <see cref="WriteIri(ReadOnlySpan{byte}, int)"/>.
    /// </summary>
    public int PrefixOf(ReadOnlySpan<byte> iri)
    {
        var namespaces = _namespaceBytes ??= EncodeEach(p => p.Namespace);
        for (var i = 0; i < namespaces.Length; i++)
        {
            var ns = namespaces[i];
            if (iri.Length >= ns.Length && iri.StartsWith(ns) && TurtleGrammar.IsWritableLocal(iri[ns.Length..])) return i;
        }
        return -1;
    }

    private byte[][] EncodeEach(Func<(string Prefix, string Namespace), string> part)
    {
        var encoded = new byte[_prefixes.Length][];
        for (var i = 0; i < encoded.Length; i++) encoded[i] = Encoding.UTF8.GetBytes(part(_prefixes[i]));
        return encoded;
    }

    /// <summary>Writes an IRI given in UTF-8 with the prefix <see cref="PrefixOf(ReadOnlySpan{byte})"/> chose for it.</summary>
    public void WriteIri(ReadOnlySpan<byte> iri, int prefix)
    {
        MarkUsed(prefix);
        EncodeIri(iri, prefix);
    }

    /// <summary>How many prefixes were written so far.</summary>
    public int UsedPrefixCount
    {
        get
        {
            var n = 0;
            if (_used is not null) foreach (var u in _used) n += u ? 1 : 0;
            return n;
        }
    }

    /// <summary>Whether prefix number <paramref name="prefix"/> (≥ 0) was written.</summary>
    public bool IsUsed(int prefix) => _used is not null && _used[prefix];

    /// <summary>Records that prefix number <paramref name="prefix"/> (≥ 0) was written, so the header declares it.</summary>
    public void MarkUsed(int prefix)
    {
        if (prefix >= 0) (_used ??= new bool[_prefixes.Length])[prefix] = true;
    }

    /// <summary>
    /// <see cref="WriteIri(ReadOnlySpan{byte}, int)"/> without recording the prefix as used: for bytes kept to be
    /// copied later, whose writer calls <see cref="MarkUsed"/> each time it copies them.
    /// </summary>
    public void EncodeIri(ReadOnlySpan<byte> iri, int prefix)
    {
        if (prefix >= 0)
        {
            var name = (_prefixBytes ??= EncodeEach(p => p.Prefix + ":"))[prefix];
            sink.Write(name);
            WriteLocal(iri[_namespaceBytes![prefix].Length..]);
            return;
        }
        var start = _relativizer?.RelativeStart(iri) ?? -1;
        sink.Write((byte)'<');
        NTriplesTermWriter.WriteIriBody(sink, start < 0 ? iri : iri[start..]);
        sink.Write((byte)'>');
    }

    private void WriteLocal(ReadOnlySpan<byte> local)
    {
        var i = 0;
        while (i < local.Length)
        {
            var run = local[i..].IndexOfAnyExcept(TurtleGrammar.AsciiNameBytes);
            if (run < 0)
            {
                sink.Write(local[i..]);
                return;
            }
            if (run > 0)
            {
                sink.Write(local.Slice(i, run));
                i += run;
                continue;
            }
            Rune.DecodeFromUtf8(local[i..], out var rune, out var length);
            if (TurtleGrammar.Classify(local, i, rune.Value) == TurtleGrammar.LocalChar.Escaped) sink.Write((byte)'\\');
            sink.Write(local.Slice(i, length));
            i += length;
        }
    }

    /// <summary>
    /// A string that spans lines as <c>"""..."""</c>: a backslash and a carriage return are escaped, a quote only when
    /// another quote or the closing delimiter follows it.
    /// </summary>
    public void WriteLongString(ReadOnlySpan<byte> s)
    {
        sink.Write("\"\"\""u8);
        while (true)
        {
            var i = s.IndexOfAny(LongStringEscapes);
            if (i < 0)
            {
                sink.Write(s);
                break;
            }
            sink.Write(s[..i]);
            var escape = s[i] != (byte)'"' || i + 1 == s.Length || s[i + 1] == (byte)'"';
            if (escape) sink.Write((byte)'\\');
            sink.Write(s[i] == (byte)'\r' ? (byte)'r' : s[i]);
            s = s[(i + 1)..];
        }
        sink.Write("\"\"\""u8);
    }

    private static readonly System.Buffers.SearchValues<byte> LongStringEscapes = System.Buffers.SearchValues.Create("\"\\\r"u8);
}
