using System;
using System.Buffers;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace NewsModel.Serialization.Wire;

/// <summary>One line of an NDJSON stream: its bytes (valid until the next read), its one-based number, whether it was too long.</summary>
internal readonly record struct Utf8Line(ReadOnlyMemory<byte> Bytes, long Number, bool TooLong);

/// <summary>
/// Reads a UTF-8 stream line by line with a pooled buffer. A line longer than the limit is skipped (its bytes are
/// never held whole) and reported as <see cref="Utf8Line.TooLong"/>, so memory stays bounded by the limit.
/// Lines end at <c>\n</c>; a <c>\r</c> before it and a byte-order mark at the start of the stream are dropped.
/// </summary>
internal sealed class Utf8LineReader : IDisposable
{
    private readonly Stream _stream;
    private readonly int _maxLineBytes;
    private byte[] _buffer;
    private int _start;
    private int _end;
    private int _scanned;
    private bool _eof;
    private bool _first = true;
    private bool _skipping;
    private long _number;

    public Utf8LineReader(Stream stream, int maxLineBytes)
    {
        _stream = stream;
        _maxLineBytes = maxLineBytes;
        _buffer = ArrayPool<byte>.Shared.Rent(Math.Min(64 * 1024, maxLineBytes + 2));
    }

    /// <summary>Reads the next line, or returns null at the end of the stream.</summary>
    public async ValueTask<Utf8Line?> ReadLineAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            if (TryTake(out Utf8Line? line))
            {
                return line;
            }

            Fill(await _stream.ReadAsync(_buffer.AsMemory(_end), cancellationToken).ConfigureAwait(false));
        }
    }

    /// <summary>Reads the next line, blocking on the stream, or returns null at the end of the stream.</summary>
    public Utf8Line? ReadLine()
    {
        while (true)
        {
            if (TryTake(out Utf8Line? line))
            {
                return line;
            }

            Fill(_stream.Read(_buffer.AsSpan(_end)));
        }
    }

    /// <summary>
    /// Takes the next line from the buffer: true with the line (or null at the end of the stream), or false when
    /// more bytes must be read first (room for them has been made).
    /// </summary>
    private bool TryTake(out Utf8Line? line)
    {
        int newline = _buffer.AsSpan(_scanned, _end - _scanned).IndexOf((byte)'\n');
        if (newline >= 0)
        {
            int lineEnd = _scanned + newline;
            int lineStart = _start;
            _start = _scanned = lineEnd + 1;
            line = Take(lineStart, lineEnd);
            return true;
        }

        _scanned = _end;
        if (_eof)
        {
            if (_start >= _end && !_skipping)
            {
                line = null;
                return true;
            }

            int lineStart = _start;
            _start = _scanned = _end;
            line = Take(lineStart, _end);
            return true;
        }

        if (_end - _start > _maxLineBytes)
        {
            // Too long to keep: drop what we have and look for the end of the line.
            _skipping = true;
            _start = _end = _scanned = 0;
        }

        MakeRoom();
        line = null;
        return false;
    }

    private Utf8Line Take(int lineStart, int lineEnd)
    {
        _number++;
        bool tooLong = _skipping || lineEnd - lineStart > _maxLineBytes;
        _skipping = false;
        return tooLong
            ? new Utf8Line(ReadOnlyMemory<byte>.Empty, _number, TooLong: true)
            : new Utf8Line(Trim(lineStart, lineEnd), _number, TooLong: false);
    }

    private void Fill(int read)
    {
        if (read == 0)
        {
            _eof = true;
        }

        _end += read;
    }

    public void Dispose()
    {
        byte[] buffer = _buffer;
        _buffer = [];
        if (buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private ReadOnlyMemory<byte> Trim(int start, int end)
    {
        if (_first)
        {
            _first = false;
            if (end - start >= 3 && _buffer[start] == 0xEF && _buffer[start + 1] == 0xBB && _buffer[start + 2] == 0xBF)
            {
                start += 3;
            }
        }

        if (end > start && _buffer[end - 1] == (byte)'\r')
        {
            end--;
        }

        return _buffer.AsMemory(start, end - start);
    }

    private void MakeRoom()
    {
        if (_start > 0)
        {
            int length = _end - _start;
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, length);
            _scanned -= _start;
            _end = length;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            byte[] larger = ArrayPool<byte>.Shared.Rent(_buffer.Length * 2);
            Buffer.BlockCopy(_buffer, 0, larger, 0, _end);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = larger;
        }
    }
}
