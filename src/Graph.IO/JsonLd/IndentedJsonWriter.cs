using System.Buffers;
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

    public void WriteStartObject() => Start((byte)'{');

    public void WriteStartArray() => Start((byte)'[');

    public void WriteEndObject() => End((byte)'}');

    public void WriteEndArray() => End((byte)']');

    /// <summary>A property name already encoded (<see cref="Encode"/>).</summary>
    public void WritePropertyName(ReadOnlySpan<byte> encodedName)
    {
        NewMember(encodedName.Length + 2);
        Append(encodedName);
        _buffer[_pos++] = (byte)':';
        _buffer[_pos++] = (byte)' ';
        _afterName = true;
    }

    public void WritePropertyName(string name)
    {
        NewMember(2);
        WriteString(name);
        Ensure(2);
        _buffer[_pos++] = (byte)':';
        _buffer[_pos++] = (byte)' ';
        _afterName = true;
    }

    public void WriteStringValue(string value)
    {
        BeforeValue(0);
        WriteString(value);
    }

    /// <summary>A value already encoded: a string from <see cref="Encode"/>, or a number or literal name in JSON syntax.</summary>
    public void WriteRawValue(ReadOnlySpan<byte> encoded)
    {
        BeforeValue(encoded.Length);
        Append(encoded);
    }

    /// <summary>A number or name whose text is plain ASCII in JSON syntax already (checked by the caller).</summary>
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

    private void Start(byte token)
    {
        BeforeValue(1);
        _buffer[_pos++] = token;
        _depth++;
        _first = true;
    }

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

    private void Append(ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(_buffer.AsSpan(_pos));
        _pos += bytes.Length;
    }

    private void Ensure(int room)
    {
        if (_buffer.Length - _pos >= room) return;
        Flush();
        if (_buffer.Length >= room) return;
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = ArrayPool<byte>.Shared.Rent(room);
    }
}
