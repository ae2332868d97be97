using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Graph.IO.JsonLd;

/// <summary>
/// The compacted writer's JSON output: UTF-8 written straight into a buffer handed to the stream in 64 KB pieces, in
/// exactly the bytes <see cref="System.Text.Json.Utf8JsonWriter"/> writes with 2-space indentation, LF line ends and
/// <see cref="JavaScriptEncoder.UnsafeRelaxedJsonEscaping"/> (the same encoder decides what to escape and how). Property
/// names and repeated values can be encoded once (<see cref="Encode"/>) and written as bytes. No validation: the caller
/// writes well-formed JSON.
/// </summary>
internal sealed class IndentedJsonWriter : IDisposable
{
    // The hot methods here and in the compacted writer are marked AggressiveOptimization: the CLI ships precompiled
    // (ReadyToRun), and precompiled code cannot inline the span and UTF-8 helpers of other assemblies; so marked, they
    // are compiled at first call instead, with those helpers inlined (a few ms of JIT).
    private const int FlushThreshold = 1 << 16;
    private static readonly JavaScriptEncoder s_encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    private readonly Stream _output;
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(FlushThreshold * 2);
    private int _pos;
    private int _depth;
    private bool _first = true;     // the open container has no member yet
    private bool _afterName;        // a property name was written: its value follows on the same line

    /// <summary>
    /// Starts writing at a given depth, inside a container that already has <paramref name="members"/> (so that a document
    /// can continue one whose first lines were written by another writer).
    /// </summary>
    public IndentedJsonWriter(Stream output, int depth = 0, bool members = false)
    {
        _output = output;
        _depth = depth;
        _first = !members;
    }

    /// <summary>A string as a JSON string token, quotes included, escaped as this writer escapes.</summary>
    public static byte[] Encode(string s)
    {
        using var buffer = new MemoryStream();
        using (var w = new IndentedJsonWriter(buffer)) w.WriteString(s);
        return buffer.ToArray();
    }

    /// <summary>
    /// <see cref="Encode"/> into <paramref name="arena"/> at <paramref name="used"/> (grown when short); returns the
    /// length written. For the many IRIs of a document, without a writer or an array per string.
    /// </summary>
    public static int EncodeInto(string s, ref byte[] arena, int used)
    {
        var room = s.Length * 3 + 2;
        if (arena.Length - used < room) Array.Resize(ref arena, Math.Max(arena.Length * 2, used + room));
        var status = Utf8.FromUtf16(s, arena.AsSpan(used + 1), out _, out var written, replaceInvalidSequences: false);
        if (status == OperationStatus.Done && s_encoder.FindFirstCharacterToEncodeUtf8(arena.AsSpan(used + 1, written)) < 0)
        {
            arena[used] = (byte)'"';
            arena[used + 1 + written] = (byte)'"';
            return written + 2;
        }
        var encoded = Encode(s);
        if (arena.Length - used < encoded.Length) Array.Resize(ref arena, Math.Max(arena.Length * 2, used + encoded.Length));
        encoded.CopyTo(arena.AsSpan(used));
        return encoded.Length;
    }

    /// <summary><see cref="EncodeInto(string, ref byte[], int)"/> for a string given as well-formed UTF-8.</summary>
    public static int EncodeInto(ReadOnlySpan<byte> utf8, ref byte[] arena, int used)
    {
        if (s_encoder.FindFirstCharacterToEncodeUtf8(utf8) >= 0) return EncodeInto(System.Text.Encoding.UTF8.GetString(utf8), ref arena, used);
        if (arena.Length - used < utf8.Length + 2) Array.Resize(ref arena, Math.Max(arena.Length * 2, used + utf8.Length + 2));
        arena[used] = (byte)'"';
        utf8.CopyTo(arena.AsSpan(used + 1));
        arena[used + 1 + utf8.Length] = (byte)'"';
        return utf8.Length + 2;
    }

    public void WriteStartObject() => Start((byte)'{');

    public void WriteStartArray() => Start((byte)'[');

    public void WriteEndObject() => End((byte)'}');

    public void WriteEndArray() => End((byte)']');

    /// <summary>A property name already encoded (<see cref="Encode"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void WritePropertyName(ReadOnlySpan<byte> encodedName)
    {
        NewMember(encodedName.Length + 2);
        Append(encodedName);
        _buffer[_pos++] = (byte)':';
        _buffer[_pos++] = (byte)' ';
        _afterName = true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void WritePropertyName(string name)
    {
        NewMember(2);
        WriteString(name);
        Ensure(2);
        _buffer[_pos++] = (byte)':';
        _buffer[_pos++] = (byte)' ';
        _afterName = true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void WriteStringValue(string value)
    {
        BeforeValue(0);
        WriteString(value);
    }

    /// <summary>
    /// A string value given as well-formed UTF-8: copied as it is unless something in it needs escaping, then escaped
    /// exactly as <see cref="WriteStringValue(string)"/> escapes the same text.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void WriteStringValue(ReadOnlySpan<byte> utf8)
    {
        var next = s_encoder.FindFirstCharacterToEncodeUtf8(utf8);
        if (next < 0)
        {
            BeforeValue(utf8.Length + 2);
            _buffer[_pos++] = (byte)'"';
            Append(utf8);
            _buffer[_pos++] = (byte)'"';
        }
        else if (OnlySupplementaryToEscape(utf8, next)) WriteEscapingSupplementary(utf8, next);
        else WriteStringValue(System.Text.Encoding.UTF8.GetString(utf8));
    }

    // Outside the Basic Multilingual Plane the encoder escapes every character, as its two surrogates (\uD83D\uDE00).
    // Text whose only characters to escape are those is written here; anything else goes through the encoder.
    private static bool OnlySupplementaryToEscape(ReadOnlySpan<byte> utf8, int next)
    {
        while (next >= 0)
        {
            if (Rune.DecodeFromUtf8(utf8[next..], out var rune, out var length) != OperationStatus.Done || rune.IsBmp) return false;
            utf8 = utf8[(next + length)..];
            next = s_encoder.FindFirstCharacterToEncodeUtf8(utf8);
        }
        return true;
    }

    private void WriteEscapingSupplementary(ReadOnlySpan<byte> utf8, int next)
    {
        BeforeValue(utf8.Length * 3 + 2);
        _buffer[_pos++] = (byte)'"';
        Span<char> pair = stackalloc char[2];
        while (next >= 0)
        {
            Append(utf8[..next]);
            Rune.DecodeFromUtf8(utf8[next..], out var rune, out var length);
            rune.EncodeToUtf16(pair);
            EscapeUtf16(pair[0]);
            EscapeUtf16(pair[1]);
            utf8 = utf8[(next + length)..];
            next = s_encoder.FindFirstCharacterToEncodeUtf8(utf8);
        }
        Append(utf8);
        _buffer[_pos++] = (byte)'"';
    }

    private void EscapeUtf16(char c)
    {
        _buffer[_pos++] = (byte)'\\';
        _buffer[_pos++] = (byte)'u';
        for (var shift = 12; shift >= 0; shift -= 4) _buffer[_pos++] = (byte)"0123456789ABCDEF"[(c >> shift) & 0xF];
    }

    /// <summary>A value already encoded: a string from <see cref="Encode"/>, or a number or literal name in JSON syntax.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void WriteRawValue(ReadOnlySpan<byte> encoded)
    {
        BeforeValue(encoded.Length);
        Append(encoded);
    }

    /// <summary>A number or name whose text is plain ASCII in JSON syntax already (checked by the caller).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void WriteAsciiValue(string ascii)
    {
        BeforeValue(ascii.Length);
        for (var i = 0; i < ascii.Length; i++) _buffer[_pos + i] = (byte)ascii[i];
        _pos += ascii.Length;
    }

    /// <summary>Hands what is buffered to the stream once enough has gathered; call between top-level items.</summary>
    public void FlushIfFull()
    {
        if (_pos >= FlushThreshold) Flush();
    }

    public void Flush()
    {
        _output.Write(_buffer, 0, _pos);
        _pos = 0;
    }

    public void Dispose()
    {
        if (_buffer.Length == 0) return;
        Flush();
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Start(byte token)
    {
        BeforeValue(1);
        _buffer[_pos++] = token;
        _depth++;
        _first = true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void End(byte token)
    {
        _depth--;
        if (_first)
        {
            Ensure(1);
        }
        else
        {
            NewLine(1);
        }
        _buffer[_pos++] = token;
        _first = false;
        _afterName = false;
    }

    // A value goes right after its property name, or on a new line as the next member of an array.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void BeforeValue(int room)
    {
        if (_afterName)
        {
            _afterName = false;
            Ensure(room);
            return;
        }
        if (_depth == 0 && _first)
        {
            _first = false;
            Ensure(room);
            return;
        }
        NewMember(room);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void NewMember(int room)
    {
        if (!_first)
        {
            Ensure(1);
            _buffer[_pos++] = (byte)',';
        }
        _first = false;
        NewLine(room);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void NewLine(int room)
    {
        var indent = _depth * 2;
        Ensure(1 + indent + room);
        _buffer[_pos++] = (byte)'\n';
        _buffer.AsSpan(_pos, indent).Fill((byte)' ');
        _pos += indent;
    }

    // Transcodes straight into the buffer and checks the UTF-8 for anything to escape; only text that needs escaping
    // (or is not well-formed UTF-16) goes through the encoder's UTF-16 path, as Utf8JsonWriter's would.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void WriteString(string s)
    {
        Ensure(s.Length * 3 + 2);
        var start = _pos;
        _buffer[_pos++] = (byte)'"';
        var status = Utf8.FromUtf16(s, _buffer.AsSpan(_pos), out _, out var written, replaceInvalidSequences: false);
        if (status == OperationStatus.Done && s_encoder.FindFirstCharacterToEncodeUtf8(_buffer.AsSpan(_pos, written)) < 0)
        {
            _pos += written;
        }
        else
        {
            _pos = start + 1;
            var escaped = s_encoder.Encode(s);
            Ensure(escaped.Length * 3 + 1);
            Utf8.FromUtf16(escaped, _buffer.AsSpan(_pos), out _, out written);
            _pos += written;
        }
        _buffer[_pos++] = (byte)'"';
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Append(ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(_buffer.AsSpan(_pos));
        _pos += bytes.Length;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Ensure(int room)
    {
        if (_buffer.Length - _pos >= room) return;
        Flush();
        if (_buffer.Length >= room) return;
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = ArrayPool<byte>.Shared.Rent(room);
    }
}
