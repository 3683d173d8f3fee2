using SqlConn.Syntax.Parsing;

namespace SqlConn.Syntax.Printing;

/// <summary>When an identifier must be written in double quotes to read back as itself.</summary>
internal static class IdentifierQuoting
{
    /// <summary>
    /// True unless <paramref name="value"/> reads back unchanged as an unquoted identifier: it matches
    /// the lexer's IDENTIFIER rule, is already folded to lower case and is not a keyword Materialize
    /// reserves in some position.
    /// </summary>
    public static bool IsNeeded(string value)
    {
        if (value.Length == 0 || !IsStart(value[0]))
        {
            return true;
        }

        foreach (var c in value)
        {
            if (!IsPart(c) || char.ToLowerInvariant(c) != c)
            {
                return true;
            }
        }

        return ReservedKeywords.InSomePositionWords.Contains(value.ToUpperInvariant());
    }

    /// <summary><c>My "Name"</c> → <c>"My ""Name"""</c>.</summary>
    public static string Quote(string value) => "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    // The lexer's IDENT_START and IDENT_PART fragments, lower case only.
    private static bool IsStart(char c) => c is (>= 'a' and <= 'z') or '_' or (>= '\u0080' and <= '\uFFFE');

    private static bool IsPart(char c) => IsStart(c) || c is (>= '0' and <= '9') or '$';
}
