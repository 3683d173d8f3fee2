using System.Globalization;
using System.Text;

namespace SqlConn.Syntax.Parsing;

/// <summary>Decodes the text of literal and identifier tokens into their values.</summary>
internal static class LiteralDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary><c>'it''s'</c> → <c>it's</c>.</summary>
    public static string Standard(ReadOnlySpan<char> token)
    {
        var body = token[1..^1];
        return body.Contains("''", StringComparison.Ordinal) ? body.ToString().Replace("''", "'", StringComparison.Ordinal) : body.ToString();
    }

    /// <summary><c>"My ""Name"""</c> → <c>My "Name"</c>.</summary>
    public static string QuotedIdentifier(string token) => token[1..^1].Replace("\"\"", "\"", StringComparison.Ordinal);

    /// <summary><c>$tag$body$tag$</c> → (<c>body</c>, <c>tag</c>).</summary>
    public static (string Value, string Tag) Dollar(string token)
    {
        var tagLength = token.IndexOf('$', 1) + 1;
        return (token[tagLength..^tagLength], token[1..(tagLength - 1)]);
    }

    /// <summary><c>X'0aFF'</c> → <c>0aFF</c>.</summary>
    public static string Hex(string token) => token[2..^1];

    /// <summary>
    /// Decodes <c>E'...'</c> with PostgreSQL's escapes (\b \f \n \r \t, \ooo octal and \xhh hex bytes,
    /// \uXXXX and \UXXXXXXXX code points, any other escaped character stands for itself, '' is a
    /// quote). Byte escapes can produce invalid UTF-8, which is an error as in PostgreSQL.
    /// </summary>
    public static string Escape(string token, out string? error)
    {
        error = null;
        var body = token.AsSpan(2, token.Length - 3);
        var bytes = new List<byte>(body.Length);
        var i = 0;
        while (i < body.Length)
        {
            var c = body[i];
            if (c == '\'' && i + 1 < body.Length && body[i + 1] == '\'')
            {
                bytes.Add((byte)'\'');
                i += 2;
                continue;
            }

            if (c != '\\' || i + 1 >= body.Length)
            {
                var runEnd = i + 1;
                while (runEnd < body.Length && body[runEnd] != '\\' && body[runEnd] != '\'')
                {
                    runEnd++;
                }

                bytes.AddRange(Encoding.UTF8.GetBytes(body[i..runEnd].ToArray()));
                i = runEnd;
                continue;
            }

            var e = body[i + 1];
            i += 2;
            switch (e)
            {
                case 'b': bytes.Add(0x08); break;
                case 'f': bytes.Add(0x0C); break;
                case 'n': bytes.Add(0x0A); break;
                case 'r': bytes.Add(0x0D); break;
                case 't': bytes.Add(0x09); break;
                case >= '0' and <= '7':
                    var octal = e - '0';
                    for (var n = 0; n < 2 && i < body.Length && body[i] is >= '0' and <= '7'; n++, i++)
                    {
                        octal = (octal * 8) + (body[i] - '0');
                    }

                    bytes.Add((byte)octal);
                    break;
                case 'x' when i < body.Length && char.IsAsciiHexDigit(body[i]):
                    var hexLength = i + 1 < body.Length && char.IsAsciiHexDigit(body[i + 1]) ? 2 : 1;
                    bytes.Add(byte.Parse(body.Slice(i, hexLength), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    i += hexLength;
                    break;
                case 'u' or 'U':
                    var digits = e == 'u' ? 4 : 8;
                    if (i + digits > body.Length
                        || !int.TryParse(body.Slice(i, digits), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var codePoint)
                        || codePoint is < 0 or > 0x10FFFF or (>= 0xD800 and <= 0xDFFF))
                    {
                        error = "invalid Unicode escape value";
                        return string.Empty;
                    }

                    bytes.AddRange(Encoding.UTF8.GetBytes(char.ConvertFromUtf32(codePoint)));
                    i += digits;
                    break;
                default:
                    bytes.AddRange(Encoding.UTF8.GetBytes(e.ToString()));
                    break;
            }
        }

        try
        {
            return StrictUtf8.GetString([.. bytes]);
        }
        catch (DecoderFallbackException)
        {
            error = "invalid byte sequence for encoding \"UTF8\"";
            return string.Empty;
        }
    }
}
