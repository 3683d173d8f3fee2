using System.Text;
using SqlConn.Engine.Connections;
using SqlConn.Syntax.Tree;

namespace SqlConn.Ide.Options;

/// <summary>
/// The documentation of a connection option of a type, in Markdown, from the type's table: its
/// description, the kind of value it takes, whether it is required, its default, its allowed values,
/// its constraints and the type's rules that mention it. Completion, hover and signature help show it.
/// </summary>
internal static class OptionDocumentation
{
    public static string Markdown(OptionRow row, ConnectionTypeSpec spec)
    {
        var text = new StringBuilder()
            .Append("**").Append(row.Name).Append("** · ").Append(spec.DisplayName).Append(" option\n\n")
            .Append(row.Description).Append("\n\n")
            .Append("- Value: ").Append(ValueKind(row.Definition)).Append('\n')
            .Append("- ").Append(Requirement(row)).Append('\n');
        if (row.Default is { } value)
        {
            text.Append("- Default: ").Append(value.Description).Append('\n');
        }

        if (!row.Values.IsEmpty)
        {
            text.Append("- Allowed values: ").Append(string.Join(", ", row.Values.Select(v => $"`{v}`"))).Append('\n');
        }

        if (row.Constraints is { } constraints)
        {
            text.Append("- Constraints: ").Append(constraints).Append('\n');
        }

        var rules = spec.Rules.Where(r => OptionMentions.In(r.Summary, [row.Name]).Count > 0).Select(r => r.Summary).ToList();
        if (rules.Count > 0)
        {
            text.Append("- Rules: ").Append(string.Join("; ", rules)).Append('\n');
        }

        return text.ToString().TrimEnd('\n');
    }

    /// <summary>A one-line summary for completion details: <c>text · optional · default disable</c>.</summary>
    public static string Summary(OptionRow row)
    {
        var parts = new List<string> { ShortValueKind(row.Definition.Kind), RequirementWord(row.Requirement) };
        if (row.Default is { } value)
        {
            parts.Add("default " + value.Description);
        }

        return string.Join(" · ", parts);
    }

    /// <summary>What the value must be, in words.</summary>
    public static string ValueKind(OptionDefinition definition)
    {
        var kind = definition.Kind switch
        {
            OptionValueKind.Text => "text (a string literal or a bare word)",
            OptionValueKind.Secret => "a secret (SECRET name)",
            OptionValueKind.SecretOrText => "text, or a secret (SECRET name)",
            OptionValueKind.Port => "a port number from 0 to 65535",
            OptionValueKind.Integer => "an integer",
            OptionValueKind.TextList => "a parenthesised list of text values",
            OptionValueKind.ConnectionReference => $"the name of a connection of type {(definition.ReferencedType is { } type ? KindKeywords.Of(type) : "any")}",
            OptionValueKind.Broker => "a broker address 'host:port', optionally USING SSH TUNNEL or USING AWS PRIVATELINK",
            OptionValueKind.BrokerList => "a parenthesised list of broker addresses, each with an optional USING clause",
            OptionValueKind.Privatelink => "the name of a connection of type AWS PRIVATELINK, and for Kafka an optional (PORT n)",
            OptionValueKind.IcebergCatalogType => "an Iceberg catalog type",
            _ => definition.Kind.ToString(),
        };
        return definition.ExpectedSecretKind is { } expected ? $"{kind}; it should hold a {Engine.Secrets.SecretKindText.DisplayName(expected)}" : kind;
    }

    private static string ShortValueKind(OptionValueKind kind) => kind switch
    {
        OptionValueKind.Secret => "secret",
        OptionValueKind.SecretOrText => "text or secret",
        OptionValueKind.Port => "port",
        OptionValueKind.Integer => "integer",
        OptionValueKind.TextList => "list",
        OptionValueKind.ConnectionReference or OptionValueKind.Privatelink => "connection",
        OptionValueKind.Broker => "broker",
        OptionValueKind.BrokerList => "brokers",
        _ => "text",
    };

    private static string Requirement(OptionRow row) => row.Requirement switch
    {
        Engine.Connections.Requirement.Required => "Required",
        Engine.Connections.Requirement.Conditional => "Required in some configurations (see the constraints)",
        _ => row.Generated ? "Generated: set by Materialize, never written" : "Optional",
    };

    private static string RequirementWord(Requirement requirement) => requirement switch
    {
        Engine.Connections.Requirement.Required => "required",
        Engine.Connections.Requirement.Conditional => "conditional",
        _ => "optional",
    };
}
