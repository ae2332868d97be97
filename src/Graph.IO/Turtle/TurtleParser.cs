using System.Runtime.CompilerServices;
using Graph.Core.Diagnostics;
using Graph.Core.Terms;
using Graph.IO.Text;

namespace Graph.IO.Turtle;

/// <summary>
/// Recursive-descent parser for Turtle and TriG, one method per grammar production. This part owns the input buffer,
/// the current token, and error reporting and recovery.
/// </summary>
internal sealed partial class TurtleParser
{
    private const int InitialBufferSize = 1 << 16;

    private readonly Stream _input;
    private readonly IQuadSink _sink;
    private readonly bool _trig;
    private readonly ErrorList _errors;
    private readonly BlankNodeScope _blankNodes;

    private byte[] _buf = new byte[InitialBufferSize];
    private int _pos;
    private int _end;
    private bool _eof;
    private bool _started;
    private int _line = 1;
    private int _lineStart;
    private int _columnBase;
    private int _validated;
    private bool _reportedInvalidUtf8;

    private TurtleToken _tok;

    public TurtleParser(Stream input, IQuadSink sink, RdfReaderOptions options, bool trig)
    {
        _input = input;
        _sink = sink;
        _trig = trig;
        _errors = new ErrorList(options);
        _blankNodes = new BlankNodeScope(options.BlankNodePrefix);
        _base = options.BaseIri;
    }

    private TurtleTokenKind Kind => _tok.Kind;

    private ReadOnlySpan<byte> TokenBytes => _buf.AsSpan(_tok.Start, _tok.End - _tok.Start);

    /// <summary>Moves to the next token, refilling the buffer when the lexer needs more input.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Advance()
    {
        while (true)
        {
            var lexer = new TurtleLexer(_buf.AsSpan(0, _end), _pos, _eof, _line, _lineStart, _columnBase);
            if (lexer.Next(out _tok))
            {
                _pos = _tok.End;
                _line = lexer.Line;
                _lineStart = lexer.LineStart;
                _columnBase = lexer.ColumnBase;
                return;
            }
            _pos = _tok.Start;
            _line = _tok.Line;
            _lineStart = _tok.LineStart;
            _columnBase = _tok.ColumnBase;
            Refill();
        }
    }

    /// <summary>Drops the consumed bytes, grows the buffer if a single token fills it, and reads more input.</summary>
    private void Refill()
    {
        if (_pos > 0)
        {
            if (_lineStart < _pos)
            {
                _columnBase += Utf8Chars.CountCodePoints(_buf.AsSpan(_lineStart, _pos - _lineStart));
                _lineStart = 0;
            }
            else
            {
                _lineStart -= _pos;
            }
            _buf.AsSpan(_pos, _end - _pos).CopyTo(_buf);
            _end -= _pos;
            _validated = Math.Max(0, _validated - _pos);
            _pos = 0;
        }
        if (_end == _buf.Length) Array.Resize(ref _buf, _buf.Length * 2);
        var read = _input.Read(_buf, _end, _buf.Length - _end);
        if (read == 0)
        {
            _eof = true;
            ValidateUtf8();
            return;
        }
        _end += read;
        if (!_started && _end >= 3)
        {
            _started = true;
            if (_buf.AsSpan(0, 3).SequenceEqual("\uFEFF"u8)) _pos = 3;
        }
        ValidateUtf8();
    }

    /// <summary>
    /// Checks the bytes read since the last refill (up to a sequence the next read may complete). The first invalid
    /// sequence of the document is reported with its position; the lexer then sees it as U+FFFD.
    /// </summary>
    private void ValidateUtf8()
    {
        var from = Math.Max(_validated, _pos);
        var to = _eof ? _end : from + Utf8Chars.CompleteLength(_buf.AsSpan(from, _end - from));
        var bad = Utf8Chars.FirstInvalidByte(_buf.AsSpan(from, to - from));
        _validated = to;
        if (bad < 0 || _reportedInvalidUtf8) return;
        _reportedInvalidUtf8 = true;
        var offset = from + bad;
        var line = _line;
        var lineStart = _lineStart;
        var columnBase = _columnBase;
        for (var j = _pos; j < offset; j++)
        {
            if (_buf[j] != '\n') continue;
            line++;
            lineStart = j + 1;
            columnBase = 0;
        }
        var column = columnBase + Utf8Chars.CountCodePoints(_buf.AsSpan(lineStart, offset - lineStart)) + 1;
        _errors.Add("invalid UTF-8: Turtle and TriG documents must be encoded in UTF-8", new TextPosition(line, column), $"\\x{_buf[offset]:X2}");
    }

    /// <summary>The line and column of byte <paramref name="offset"/> of the current token.</summary>
    private TextPosition PositionAt(int offset)
    {
        var line = _tok.Line;
        var lineStart = _tok.LineStart;
        var columnBase = _tok.ColumnBase;
        for (var j = _tok.Start; j < offset && j < _end; j++)
        {
            if (_buf[j] != '\n') continue;
            line++;
            lineStart = j + 1;
            columnBase = 0;
        }
        return new TextPosition(line, columnBase + Utf8Chars.CountCodePoints(_buf.AsSpan(lineStart, Math.Max(0, offset - lineStart))) + 1);
    }

    /// <summary>Records "expected …" at the current token; the caller throws the result to unwind to the statement loop.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private ParseAbort Error(string message)
    {
        if (_tok.Kind == TurtleTokenKind.Error) return LexicalError();
        if (_tok.Kind == TurtleTokenKind.EndOfInput) return ErrorAt(message + " before the end of the input", _tok.Start, 0);
        return ErrorAt(message, _tok.Start, _tok.End - _tok.Start);
    }

    /// <summary>Records the lexer's own message for an error token.</summary>
    private ParseAbort LexicalError()
    {
        var length = Math.Min(_tok.End, _end) - _tok.ErrorOffset;
        return ErrorAt(_tok.Message!, _tok.ErrorOffset, Math.Max(length, 0));
    }

    private ParseAbort ErrorAt(string message, int offset, int length)
    {
        var text = length <= 0 ? null : Utf8Chars.Excerpt(_buf.AsSpan(offset, Math.Min(length, _end - offset)));
        _errors.Add(message, PositionAt(offset), text);
        return ParseAbort.Instance;
    }

    private void Expect(TurtleTokenKind kind, string message)
    {
        if (_tok.Kind != kind) throw Error(message);
        Advance();
    }

    /// <summary>
    /// After an error: skips tokens to the end of the statement, i.e. past the next '.' outside brackets, or (inside a
    /// TriG graph block) up to its closing '}'.
    /// </summary>
    private void Recover(bool inGraph)
    {
        var depth = 0;
        while (true)
        {
            switch (_tok.Kind)
            {
                case TurtleTokenKind.EndOfInput:
                    return;
                case TurtleTokenKind.Dot when depth == 0:
                    Advance();
                    return;
                case TurtleTokenKind.OpenBrace:
                    depth++;
                    break;
                case TurtleTokenKind.CloseBrace:
                    if (depth == 0)
                    {
                        if (inGraph) return;
                        Advance();
                        return;
                    }
                    depth--;
                    break;
            }
            Advance();
        }
    }

    private void Emit(Term subject, Term predicate, Term obj) => _sink.OnQuad(new Quad(subject, predicate, obj, _graph));
}
