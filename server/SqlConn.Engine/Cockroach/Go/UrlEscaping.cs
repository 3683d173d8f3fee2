using System.Text;

namespace SqlConn.Engine.Cockroach.Go;

/// <summary>The part of a URL a string is escaped for (Go's <c>net/url</c> <c>encoding</c>).</summary>
internal enum UrlEncoding
{
    Path,
    Host,
    UserPassword,
    QueryComponent,
    Fragment,
}

/// <summary>
/// Go's <c>net/url</c> percent-encoding rules (<c>shouldEscape</c>, <c>escape</c>, <c>unescape</c>,
/// <c>validEncoded</c>), byte for byte over UTF-8 so that CockroachDB's messages and re-encoded URIs
/// come out identical. Difference: decoded bytes that are not UTF-8 become U+FFFD, because C# strings
/// cannot hold them. IPv6 zone identifiers (<c>%25</c> inside brackets) are unescaped like the rest of
/// the host.
/// </summary>
internal static class UrlEscaping
{
    private const string UpperHex = "0123456789ABCDEF";

    public static bool ShouldEscape(byte c, UrlEncoding mode)
    {
        if (c is >= (byte)'a' and <= (byte)'z' or >= (byte)'A' and <= (byte)'Z' or >= (byte)'0' and <= (byte)'9')
        {
            return false;
        }

        if (mode == UrlEncoding.Host && c is (byte)'!' or (byte)'$' or (byte)'&' or (byte)'\'' or (byte)'(' or (byte)')'
                or (byte)'*' or (byte)'+' or (byte)',' or (byte)';' or (byte)'=' or (byte)':' or (byte)'[' or (byte)']'
                or (byte)'<' or (byte)'>' or (byte)'"')
        {
            return false;
        }

        switch (c)
        {
            case (byte)'-' or (byte)'_' or (byte)'.' or (byte)'~':
                return false;
            case (byte)'$' or (byte)'&' or (byte)'+' or (byte)',' or (byte)'/' or (byte)':' or (byte)';' or (byte)'='
                or (byte)'?' or (byte)'@':
                switch (mode)
                {
                    case UrlEncoding.Path:
                        return c == (byte)'?';
                    case UrlEncoding.UserPassword:
                        return c is (byte)'@' or (byte)'/' or (byte)'?' or (byte)':';
                    case UrlEncoding.QueryComponent:
                        return true;
                    case UrlEncoding.Fragment:
                        return false;
                }

                break;
        }

        if (mode == UrlEncoding.Fragment && c is (byte)'!' or (byte)'(' or (byte)')' or (byte)'*')
        {
            return false;
        }

        return true;
    }

    public static string Escape(string s, UrlEncoding mode)
    {
        var builder = new StringBuilder(s.Length);
        foreach (var b in Encoding.UTF8.GetBytes(s))
        {
            if (!ShouldEscape(b, mode))
            {
                builder.Append((char)b);
            }
            else if (b == (byte)' ' && mode == UrlEncoding.QueryComponent)
            {
                builder.Append('+');
            }
            else
            {
                builder.Append('%').Append(UpperHex[b >> 4]).Append(UpperHex[b & 15]);
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// Decodes <paramref name="s"/>, or returns false with Go's error text in <paramref name="error"/>
    /// (<c>invalid URL escape "%zz"</c>, <c>invalid character " " in host name</c>).
    /// </summary>
    public static bool TryUnescape(string s, UrlEncoding mode, out string result, out string error)
    {
        var bytes = Encoding.UTF8.GetBytes(s);
        for (var i = 0; i < bytes.Length;)
        {
            switch (bytes[i])
            {
                case (byte)'%':
                    if (i + 2 >= bytes.Length || !IsHex(bytes[i + 1]) || !IsHex(bytes[i + 2]))
                    {
                        return Fail(EscapeError(bytes, i, Math.Min(3, bytes.Length - i)), out result, out error);
                    }

                    if (mode == UrlEncoding.Host && Unhex(bytes[i + 1]) < 8 && !(bytes[i + 1] == (byte)'2' && bytes[i + 2] == (byte)'5'))
                    {
                        return Fail(EscapeError(bytes, i, 3), out result, out error);
                    }

                    i += 3;
                    break;
                default:
                    if (mode == UrlEncoding.Host && bytes[i] < 0x80 && ShouldEscape(bytes[i], mode))
                    {
                        var character = GoStrconv.Quote(((char)bytes[i]).ToString());
                        return Fail($"invalid character {character} in host name", out result, out error);
                    }

                    i++;
                    break;
            }
        }

        var decoded = new List<byte>(bytes.Length);
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'%')
            {
                decoded.Add((byte)((Unhex(bytes[i + 1]) << 4) | Unhex(bytes[i + 2])));
                i += 2;
            }
            else if (bytes[i] == (byte)'+' && mode == UrlEncoding.QueryComponent)
            {
                decoded.Add((byte)' ');
            }
            else
            {
                decoded.Add(bytes[i]);
            }
        }

        result = Encoding.UTF8.GetString([.. decoded]);
        error = string.Empty;
        return true;
    }

    /// <summary>Whether <paramref name="s"/> is already a valid escaping for <paramref name="mode"/>.</summary>
    public static bool IsValidEncoded(string s, UrlEncoding mode)
    {
        foreach (var b in Encoding.UTF8.GetBytes(s))
        {
            if (b is (byte)'!' or (byte)'$' or (byte)'&' or (byte)'\'' or (byte)'(' or (byte)')' or (byte)'*' or (byte)'+'
                or (byte)',' or (byte)';' or (byte)'=' or (byte)':' or (byte)'@' or (byte)'[' or (byte)']' or (byte)'%')
            {
                continue;
            }

            if (ShouldEscape(b, mode))
            {
                return false;
            }
        }

        return true;
    }

    private static string EscapeError(byte[] bytes, int start, int length) =>
        "invalid URL escape " + GoStrconv.Quote(Encoding.UTF8.GetString(bytes, start, length));

    private static bool Fail(string message, out string result, out string error)
    {
        result = string.Empty;
        error = message;
        return false;
    }

    private static bool IsHex(byte c) => c is >= (byte)'0' and <= (byte)'9' or >= (byte)'a' and <= (byte)'f' or >= (byte)'A' and <= (byte)'F';

    private static int Unhex(byte c) => c switch
    {
        >= (byte)'0' and <= (byte)'9' => c - '0',
        >= (byte)'a' and <= (byte)'f' => c - 'a' + 10,
        _ => c - 'A' + 10,
    };
}
