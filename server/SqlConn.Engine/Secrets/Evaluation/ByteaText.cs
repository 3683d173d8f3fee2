using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace SqlConn.Engine.Secrets.Evaluation;

/// <summary>
/// Materialize's text forms of bytea: the input syntax of bytea literals (<c>\x</c> hex or the
/// traditional escape format) and the <c>hex</c>, <c>escape</c> and <c>base64</c> formats of
/// <c>decode()</c>. Errors carry Materialize's messages without the quoted input.
/// </summary>
internal static class ByteaText
{
    /// <summary>bytea input syntax: <c>\x</c> then hex digit pairs, otherwise the escape format.</summary>
    public static byte[] ParseInput(string text, TextSpan span)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        if (bytes is [(byte)'\\', (byte)'x', ..])
        {
            return ParseHex(bytes.AsSpan(2), span, "invalid input syntax for type bytea: ");
        }

        return ParseEscape(bytes, span);
    }

    /// <summary>The escape format: <c>\\</c> is a backslash, <c>\nnn</c> (octal, first digit 0-3) a byte.</summary>
    public static byte[] ParseEscape(ReadOnlySpan<byte> input, TextSpan span)
    {
        var output = new List<byte>(input.Length);
        for (var i = 0; i < input.Length; i++)
        {
            if (input[i] != '\\')
            {
                output.Add(input[i]);
                continue;
            }

            if (i + 1 == input.Length)
            {
                throw InvalidBytea(span, "ends with escape character");
            }

            if (input[i + 1] == '\\')
            {
                output.Add((byte)'\\');
                i++;
                continue;
            }

            if (i + 3 >= input.Length || input[i + 1] is < (byte)'0' or > (byte)'3' || !IsOctal(input[i + 2]) || !IsOctal(input[i + 3]))
            {
                throw InvalidBytea(span, "invalid escape sequence");
            }

            output.Add((byte)(((input[i + 1] - '0') << 6) | ((input[i + 2] - '0') << 3) | (input[i + 3] - '0')));
            i += 3;
        }

        return [.. output];
    }

    /// <summary>Hex digit pairs; whitespace is allowed between pairs, not inside one.</summary>
    public static byte[] ParseHex(ReadOnlySpan<byte> input, TextSpan span, string messagePrefix = "")
    {
        var output = new List<byte>(input.Length / 2);
        for (var i = 0; i < input.Length; i++)
        {
            if (input[i] is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r')
            {
                continue;
            }

            var high = HexValue(input[i], span, messagePrefix);
            if (++i == input.Length)
            {
                throw SecretErrors.At(span, SecretDiagnostics.InvalidInput, messagePrefix + "invalid hexadecimal data: odd number of digits");
            }

            output.Add((byte)((high << 4) | HexValue(input[i], span, messagePrefix)));
        }

        return [.. output];
    }

    /// <summary>
    /// Base64 as Materialize decodes it: whitespace is skipped, the rest is read four symbols at a
    /// time, and <c>=</c> may only pad the third and fourth symbol of a group.
    /// </summary>
    public static byte[] ParseBase64(ReadOnlySpan<byte> input, TextSpan span)
    {
        var symbols = new List<byte>(input.Length);
        foreach (var b in input)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r'))
            {
                symbols.Add(b);
            }
        }

        // The cases in Materialize's order; -1 stands for a symbol past the end of the input.
        var output = new List<byte>(symbols.Count * 3 / 4);
        for (var i = 0; i < symbols.Count; i += 4)
        {
            int Symbol(int k) => i + k < symbols.Count ? symbols[i + k] : -1;
            var (c1, c2, c3, c4) = (Symbol(0), Symbol(1), Symbol(2), Symbol(3));
            if (c1 >= 0 && c2 >= 0 && c3 == '=' && c4 == '=')
            {
                var (s1, s2) = (Sextet(c1, span), Sextet(c2, span));
                output.Add((byte)((s1 << 2) | (s2 >> 4)));
            }
            else if (c1 >= 0 && c2 >= 0 && c3 >= 0 && c4 == '=')
            {
                var (s1, s2, s3) = (Sextet(c1, span), Sextet(c2, span), Sextet(c3, span));
                output.Add((byte)((s1 << 2) | (s2 >> 4)));
                output.Add((byte)(((s2 & 0x0F) << 4) | (s3 >> 2)));
            }
            else if (c1 == '=' || c2 == '=' || c3 == '=')
            {
                throw SecretErrors.At(span, SecretDiagnostics.InvalidInput, "unexpected \"=\" while decoding base64 sequence");
            }
            else if (c4 >= 0)
            {
                var (s1, s2, s3, s4) = (Sextet(c1, span), Sextet(c2, span), Sextet(c3, span), Sextet(c4, span));
                output.Add((byte)((s1 << 2) | (s2 >> 4)));
                output.Add((byte)(((s2 & 0x0F) << 4) | (s3 >> 2)));
                output.Add((byte)(((s3 & 0x03) << 6) | s4));
            }
            else
            {
                throw SecretErrors.At(span, SecretDiagnostics.InvalidInput, "invalid base64 end sequence",
                    hint: "Input data is missing padding, is truncated, or is otherwise corrupted.");
            }
        }

        return [.. output];
    }

    private static int Sextet(int symbol, TextSpan span) => symbol switch
    {
        >= 'A' and <= 'Z' => symbol - 'A',
        >= 'a' and <= 'z' => symbol - 'a' + 26,
        >= '0' and <= '9' => symbol - '0' + 52,
        '+' => 62,
        '/' => 63,
        _ => throw SecretErrors.At(span, SecretDiagnostics.InvalidInput, "invalid symbol found while decoding base64 sequence"),
    };

    private static int HexValue(byte digit, TextSpan span, string messagePrefix) => digit switch
    {
        >= (byte)'0' and <= (byte)'9' => digit - '0',
        >= (byte)'a' and <= (byte)'f' => digit - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => digit - 'A' + 10,
        _ => throw SecretErrors.At(span, SecretDiagnostics.InvalidInput, messagePrefix + "invalid hexadecimal digit"),
    };

    private static bool IsOctal(byte b) => b is >= (byte)'0' and <= (byte)'7';

    private static StatementFailedException InvalidBytea(TextSpan span, string details) =>
        SecretErrors.At(span, SecretDiagnostics.InvalidInput, "invalid input syntax for type bytea: " + details);
}
