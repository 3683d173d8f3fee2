using System.Text;

namespace SqlConn.LanguageServer.Mapping;

/// <summary>
/// The plain text of an LSP snippet, for clients without snippet support: tab stops (<c>$1</c>,
/// <c>${1}</c>) left empty, a placeholder (<c>${1:5432}</c>) as its text, a choice
/// (<c>${1|disable,require|}</c>) as its first value, escapes (<c>\$</c>, <c>\}</c>, <c>\\</c>, <c>\,</c>, <c>\|</c>) undone.
/// </summary>
internal static class SnippetText
{
    public static string Plain(string snippet)
    {
        var text = new StringBuilder(snippet.Length);
        var index = 0;
        Append(snippet, ref index, text, inPlaceholder: false);
        return text.ToString();
    }

    private static void Append(string snippet, ref int index, StringBuilder text, bool inPlaceholder)
    {
        while (index < snippet.Length)
        {
            var c = snippet[index];
            if (c == '\\' && index + 1 < snippet.Length)
            {
                text.Append(snippet[index + 1]);
                index += 2;
            }
            else if (c == '}' && inPlaceholder)
            {
                index++;
                return;
            }
            else if (c == '$' && index + 1 < snippet.Length && char.IsAsciiDigit(snippet[index + 1]))
            {
                index = SkipDigits(snippet, index + 1);
            }
            else if (c == '$' && index + 2 < snippet.Length && snippet[index + 1] == '{' && char.IsAsciiDigit(snippet[index + 2]))
            {
                index = SkipDigits(snippet, index + 2);
                Body(snippet, ref index, text);
            }
            else
            {
                text.Append(c);
                index++;
            }
        }
    }

    /// <summary>What follows <c>${n</c>: <c>}</c>, <c>:placeholder}</c> or <c>|choice,...|}</c>.</summary>
    private static void Body(string snippet, ref int index, StringBuilder text)
    {
        if (index >= snippet.Length)
        {
            return;
        }

        switch (snippet[index])
        {
            case ':':
                index++;
                Append(snippet, ref index, text, inPlaceholder: true);
                break;
            case '|':
                index++;
                Choices(snippet, ref index, text);
                break;
            case '}':
                index++;
                break;
        }
    }

    /// <summary>Appends the first choice and skips the others up to the closing <c>|}</c>.</summary>
    private static void Choices(string snippet, ref int index, StringBuilder text)
    {
        var first = true;
        while (index < snippet.Length)
        {
            var c = snippet[index];
            if (c == '\\' && index + 1 < snippet.Length)
            {
                if (first)
                {
                    text.Append(snippet[index + 1]);
                }

                index += 2;
                continue;
            }

            index++;
            if (c == '|')
            {
                if (index < snippet.Length && snippet[index] == '}')
                {
                    index++;
                }

                return;
            }

            if (c == ',')
            {
                first = false;
            }
            else if (first)
            {
                text.Append(c);
            }
        }
    }

    private static int SkipDigits(string snippet, int index)
    {
        while (index < snippet.Length && char.IsAsciiDigit(snippet[index]))
        {
            index++;
        }

        return index;
    }
}
