using System.Collections.Immutable;
using System.Text;
using SqlConn.Engine.Connections;

namespace SqlConn.Ide.Options;

/// <summary>
/// How an option is written with a value to fill in, from its row: <c>HOST '…'</c>, <c>PORT 5432</c>,
/// <c>PASSWORD SECRET …</c>, <c>SSL MODE 'disable'</c>. Completion inserts it as a snippet (the value a
/// tab stop, the allowed values a choice); quick fixes insert it as text.
/// </summary>
internal sealed record OptionTemplate(string Name, string Before, string After, string? Default, ImmutableArray<string> Choices, bool NamesObject)
{
    public static OptionTemplate For(OptionRow row)
    {
        var definition = row.Definition;
        var constant = row.Default?.Value(new HashSet<string>());
        return definition.Kind switch
        {
            OptionValueKind.Secret => Reference(row, "SECRET "),
            OptionValueKind.SecretOrText when definition.ExpectedSecretKind is not null => Reference(row, "SECRET "),
            OptionValueKind.Port or OptionValueKind.Integer => new(row.Name, string.Empty, string.Empty, constant, [], false),
            OptionValueKind.TextList or OptionValueKind.BrokerList => new(row.Name, "('", "')", null, [], false),
            OptionValueKind.ConnectionReference or OptionValueKind.Privatelink => Reference(row, string.Empty),
            _ => new(row.Name, "'", "'", null, row.Values, false),
        };
    }

    /// <summary>The snippet: <c>SSL MODE '${1|disable,require|}'</c>.</summary>
    public string Snippet()
    {
        var placeholder = !Choices.IsEmpty
            ? "${1|" + string.Join(',', Choices.Select(EscapeChoice)) + "|}"
            : Default is { } value ? "${1:" + EscapePlaceholder(value) + "}" : "$1";
        return $"{Name} {Before}{placeholder}{After}";
    }

    /// <summary>The text, with <paramref name="objectName"/> where an object is named and the first choice or the default elsewhere.</summary>
    public string Text(string objectName) =>
        $"{Name} {Before}{(NamesObject ? objectName : Choices.FirstOrDefault() ?? Default ?? string.Empty)}{After}";

    private static OptionTemplate Reference(OptionRow row, string before) => new(row.Name, before, string.Empty, null, [], true);

    private static string EscapeChoice(string value) => Escape(value, "$}\\,|");

    private static string EscapePlaceholder(string value) => Escape(value, "$}\\");

    private static string Escape(string value, string special)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (special.Contains(c, StringComparison.Ordinal))
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
