using System.Buffers;
using System.Text.Unicode;

namespace Graph.IO.Text;

/// <summary>
/// A buffered UTF-8 byte writer over a stream: callers encode straight into a pooled buffer, so writing a statement
/// allocates nothing. Flushes when the buffer fills and on <see cref="Dispose"/>.
/// </summary>
internal sealed class Utf8Sink : IDisposable
{
    // Large enough that flushes are rare, small enough to stay out of the large-object heap churn (pooled anyway).
    private const int BufferSize = 1 << 16;

    private readonly Stream _output;
    private byte[] _buffer;
    private int _position;

    public Utf8Sink(Stream output)
    {
        _output = output;
        _buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
    }

    /// <summary>A span of at least <paramref name="size"/> free bytes; commit what was used with <see cref="Advance"/>.</summary>
    public Span<byte> GetSpan(int size)
    {
        if (_buffer.Length - _position < size)
        {
            FlushBuffer();
            if (_buffer.Length < size)
            {
                ArrayPool<byte>.Shared.Return(_buffer);
                _buffer = ArrayPool<byte>.Shared.Rent(size);
            }
        }
        return _buffer.AsSpan(_position);
    }

    public void Advance(int count) => _position += count;

    /// <summary>Makes room for <paramref name="size"/> bytes, so that writing that many does not flush.</summary>
    public void Reserve(int size) => GetSpan(size);

    /// <summary>The number of bytes in the buffer (a mark for <see cref="WrittenSince"/>).</summary>
    public int Position => _position;

    /// <summary>The bytes written since <paramref name="mark"/>; valid only if nothing was flushed in between (see <see cref="Reserve"/>).</summary>
    public ReadOnlySpan<byte> WrittenSince(int mark) => _buffer.AsSpan(mark, _position - mark);

    public void Write(byte b)
    {
        if (_position == _buffer.Length) FlushBuffer();
        _buffer[_position++] = b;
    }

    public void Write(byte a, byte b)
    {
        if (_buffer.Length - _position < 2) FlushBuffer();
        _buffer[_position++] = a;
        _buffer[_position++] = b;
    }

    /// <summary>Writes bytes that are already UTF-8 (usually ASCII literals such as <c>" ."u8</c>).</summary>
    public void Write(ReadOnlySpan<byte> bytes)
    {
        if (_buffer.Length - _position < bytes.Length)
        {
            FlushBuffer();
            if (bytes.Length > _buffer.Length)
            {
                _output.Write(bytes);
                return;
            }
        }
        bytes.CopyTo(_buffer.AsSpan(_position));
        _position += bytes.Length;
    }

    /// <summary>Transcodes UTF-16 text to UTF-8 with no escaping (lone surrogates become U+FFFD).</summary>
    public void Write(ReadOnlySpan<char> text)
    {
        while (true)
        {
            var status = Utf8.FromUtf16(text, _buffer.AsSpan(_position), out var read, out var written);
            _position += written;
            if (status == OperationStatus.Done) return;
            text = text[read..];
            FlushBuffer();
        }
    }

    /// <summary>Writes an ASCII-only decimal number.</summary>
    public void Write(long value)
    {
        var span = GetSpan(20);
        value.TryFormat(span, out var written, default, System.Globalization.CultureInfo.InvariantCulture);
        _position += written;
    }

    /// <summary>Writes <c>\uXXXX</c> (or <c>\UXXXXXXXX</c> above the BMP) with upper-case hex digits.</summary>
    public void WriteUnicodeEscape(int codePoint)
    {
        var span = GetSpan(10);
        span[0] = (byte)'\\';
        var digits = codePoint > 0xFFFF ? 8 : 4;
        span[1] = digits == 8 ? (byte)'U' : (byte)'u';
        for (var i = 0; i < digits; i++)
        {
            var nibble = (codePoint >> (4 * (digits - 1 - i))) & 0xF;
            span[2 + i] = (byte)(nibble < 10 ? '0' + nibble : 'A' + nibble - 10);
        }
        _position += 2 + digits;
    }

    public void Flush()
    {
        FlushBuffer();
        _output.Flush();
    }

    private void FlushBuffer()
    {
        if (_position == 0) return;
        _output.Write(_buffer, 0, _position);
        _position = 0;
    }

    public void Dispose()
    {
        if (_buffer.Length == 0) return;
        FlushBuffer();
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
    }
}
