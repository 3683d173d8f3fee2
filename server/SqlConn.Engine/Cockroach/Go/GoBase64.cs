using System.Text;

namespace SqlConn.Engine.Cockroach.Go;

/// <summary>
/// Go's <c>base64.StdEncoding.DecodeString</c>, including where it reports the first bad byte
/// (<c>illegal base64 data at input byte N</c>): padding is required, CR and LF are skipped, and a
/// decoded quantum followed by anything but newlines is trailing garbage.
/// </summary>
internal static class GoBase64
{
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    /// <summary>The decoded bytes, or false with Go's error text in <paramref name="error"/>.</summary>
    public static bool TryDecode(string text, out byte[] decoded, out string error)
    {
        var source = Encoding.UTF8.GetBytes(text);
        var output = new List<byte>(source.Length * 3 / 4);
        var index = 0;
        while (index < source.Length)
        {
            var badByte = DecodeQuantum(source, ref index, output);
            if (badByte >= 0)
            {
                decoded = [];
                error = $"illegal base64 data at input byte {badByte}";
                return false;
            }
        }

        decoded = [.. output];
        error = string.Empty;
        return true;
    }

    /// <summary>Decodes one 4-character quantum from <paramref name="index"/>; returns the offset of a bad byte or -1.</summary>
    private static int DecodeQuantum(byte[] source, ref int index, List<byte> output)
    {
        Span<int> sextets = stackalloc int[4];
        var length = 4;
        var trailingGarbage = -1;
        for (var j = 0; j < 4; j++)
        {
            if (index == source.Length)
            {
                if (j == 0)
                {
                    return -1;
                }

                return index - j;
            }

            var c = source[index++];
            var value = Alphabet.IndexOf((char)c, StringComparison.Ordinal);
            if (value >= 0)
            {
                sextets[j] = value;
                continue;
            }

            if (c is (byte)'\n' or (byte)'\r')
            {
                j--;
                continue;
            }

            if (c != (byte)'=' || j < 2)
            {
                return index - 1;
            }

            if (j == 2)
            {
                SkipNewlines(source, ref index);
                if (index == source.Length)
                {
                    return source.Length;
                }

                if (source[index] != (byte)'=')
                {
                    return index - 1;
                }

                index++;
            }

            SkipNewlines(source, ref index);
            if (index < source.Length)
            {
                trailingGarbage = index;
            }

            length = j;
            break;
        }

        var bits = (sextets[0] << 18) | (sextets[1] << 12) | (sextets[2] << 6) | sextets[3];
        for (var k = 0; k < length - 1; k++)
        {
            output.Add((byte)(bits >> (16 - (8 * k))));
        }

        return trailingGarbage;
    }

    private static void SkipNewlines(byte[] source, ref int index)
    {
        while (index < source.Length && source[index] is (byte)'\n' or (byte)'\r')
        {
            index++;
        }
    }
}
