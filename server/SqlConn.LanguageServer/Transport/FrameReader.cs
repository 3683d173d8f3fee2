using System.Buffers.Text;
using System.Text;
using System.Text.Json;

namespace SqlConn.LanguageServer.Transport;

/// <summary>
/// Reads LSP base-protocol messages (<c>Content-Length: N\r\n\r\n</c> then N bytes) and recovers
/// from bad framing instead of giving up, which StreamJsonRpc's reader does on the first bad header:
/// bytes before a header are skipped up to the next <c>Content-Length:</c>; a header without a valid
/// length is skipped whole; a length that runs past the message into the next header is cut where
/// the message's JSON ends; a length that stops short yields the truncated body (the rest is then
/// skipped as garbage). Each such event comes back as a <see cref="Frame.Problem"/>.
/// </summary>
internal sealed class FrameReader(Stream input)
{
    /// <summary>Past this many bytes without a header end, the bytes are garbage.</summary>
    private const int MaxHeaderLength = 8 * 1024;

    private static ReadOnlySpan<byte> HeaderEnd => "\r\n\r\n"u8;

    private static ReadOnlySpan<byte> ContentLength => "content-length:"u8;

    private byte[] buffer = new byte[64 * 1024];
    private int start;
    private int end;
    private bool completed;

    /// <summary>
    /// How much of the current message's body was searched for a header without finding one start
    /// there: each read searches only the bytes it added, so a long message costs one pass, not one
    /// per read.
    /// </summary>
    private int searched;

    /// <summary>The next frame, or null at the end of the input.</summary>
    public async ValueTask<Frame?> ReadAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            if (TryParse() is { } frame)
            {
                return frame;
            }

            if (completed)
            {
                return null;
            }

            await FillAsync(cancellationToken);
        }
    }

    private async ValueTask FillAsync(CancellationToken cancellationToken)
    {
        if (start > 0)
        {
            Buffer.BlockCopy(buffer, start, buffer, 0, end - start);
            end -= start;
            start = 0;
        }

        if (end == buffer.Length)
        {
            Array.Resize(ref buffer, buffer.Length * 2);
        }

        var read = await input.ReadAsync(buffer.AsMemory(end), cancellationToken);
        end += read;
        completed = read == 0;
    }

    private Frame? TryParse()
    {
        var data = buffer.AsSpan(start, end - start);
        var headerEnd = data.IndexOf(HeaderEnd);
        if (headerEnd < 0)
        {
            return data.Length > MaxHeaderLength || (completed && data.Length > 0) ? SkipGarbage(data) : null;
        }

        var header = data[..headerEnd];
        var lengthAt = IndexOfIgnoreCase(header, ContentLength);
        if (lengthAt < 0)
        {
            return Consume(headerEnd + HeaderEnd.Length, new Frame(null, "skipped a message header without Content-Length"));
        }

        if (lengthAt > 0 && header[lengthAt - 1] != (byte)'\n')
        {
            return Consume(lengthAt, new Frame(null, $"skipped {lengthAt} bytes that are not a message header"));
        }

        var value = header[(lengthAt + ContentLength.Length)..];
        var digits = Trim(value.IndexOf("\r\n"u8) is var lineEnd and >= 0 ? value[..lineEnd] : value);
        if (!Utf8Parser.TryParse(digits, out int length, out var used) || used != digits.Length || length < 0)
        {
            return Consume(headerEnd + HeaderEnd.Length, new Frame(null, "skipped a message header with an invalid Content-Length"));
        }

        var bodyStart = headerEnd + HeaderEnd.Length;
        var available = data[bodyStart..];
        if (JsonFollowedByHeader(available[..Math.Min(length, available.Length)]) is { } jsonLength)
        {
            return Consume(bodyStart + jsonLength, new Frame(available[..jsonLength].ToArray(), "Content-Length runs past the end of the message"));
        }

        if (available.Length >= length)
        {
            return Consume(bodyStart + length, new Frame(available[..length].ToArray(), null));
        }

        return completed ? Consume(data.Length, new Frame(available.ToArray(), "the input ended inside a message")) : null;
    }

    /// <summary>Skips bytes up to the next <c>Content-Length:</c>, keeping a tail that may be the start of one.</summary>
    private Frame SkipGarbage(ReadOnlySpan<byte> data)
    {
        var next = IndexOfIgnoreCase(data[1..], ContentLength);
        var skip = next >= 0 ? next + 1 : completed ? data.Length : data.Length - ContentLength.Length;
        return Consume(skip, new Frame(null, $"skipped {skip} bytes that are not a message header"));
    }

    private Frame Consume(int count, Frame frame)
    {
        start += count;
        searched = 0;
        return frame;
    }

    /// <summary>
    /// When <paramref name="body"/> starts with a complete JSON value followed (after whitespace) by
    /// a <c>Content-Length:</c> header, the length of that value: the message's declared length was
    /// too long. A header-like text inside a JSON string is not a header, as the value is not complete there.
    /// </summary>
    private int? JsonFollowedByHeader(ReadOnlySpan<byte> body)
    {
        var from = Math.Max(0, searched - (ContentLength.Length - 1));
        var found = IndexOfIgnoreCase(body[from..], ContentLength);
        if (found < 0)
        {
            searched = body.Length;
            return null;
        }

        var header = from + found;
        searched = header;

        var reader = new Utf8JsonReader(body[..header], isFinalBlock: false, default);
        try
        {
            return reader.Read() && reader.TrySkip()
                && Trim(body[(int)reader.BytesConsumed..header]).IsEmpty
                ? (int)reader.BytesConsumed
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The first occurrence of <paramref name="lowerCaseText"/> in any letter case, found by its first letter.</summary>
    private static int IndexOfIgnoreCase(ReadOnlySpan<byte> data, ReadOnlySpan<byte> lowerCaseText)
    {
        var first = lowerCaseText[0];
        for (var offset = 0; offset + lowerCaseText.Length <= data.Length;)
        {
            var candidate = data[offset..].IndexOfAny(first, (byte)char.ToUpperInvariant((char)first));
            if (candidate < 0 || offset + candidate + lowerCaseText.Length > data.Length)
            {
                return -1;
            }

            offset += candidate;
            if (Ascii.EqualsIgnoreCase(data.Slice(offset, lowerCaseText.Length), lowerCaseText))
            {
                return offset;
            }

            offset++;
        }

        return -1;
    }

    private static ReadOnlySpan<byte> Trim(ReadOnlySpan<byte> bytes) => bytes.Trim(" \t\r\n"u8);
}
