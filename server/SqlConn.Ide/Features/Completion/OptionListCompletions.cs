using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using SqlConn.Engine.Connections;
using SqlConn.Ide.Options;
using SqlConn.Ide.Symbols;
using SqlConn.Ide.Tokens;
using SqlConn.Syntax.Printing;
using SqlConn.Syntax.Tree;

namespace SqlConn.Ide.Features.Completion;

/// <summary>
/// Completion inside a connection option list of a known type (CREATE CONNECTION's, or ALTER
/// CONNECTION's <c>SET (...)</c>): in a name slot the type's options that are not written yet (never the
/// generated ones), as snippets; after a name its values: the allowed values, the secrets in scope for an
/// option that takes a secret, the connections of the referenced type for SSH TUNNEL, AWS CONNECTION and
/// AWS PRIVATELINK (and after a broker's <c>USING</c>).
/// </summary>
internal static class OptionListCompletions
{
    /// <param name="context">The cursor.</param>
    /// <param name="list">The option list the cursor is in.</param>
    /// <param name="single">Whether the list takes one option (SET): no name after the first slot.</param>
    public static IEnumerable<CompletionItem> Complete(CursorContext context, OptionList list, bool single)
    {
        var segments = list.Segments;
        var current = list.SegmentAt(context.Before.Length);
        var typed = context.Before[current.Start..];
        var offerNames = !single || current == segments[0];
        var items = new List<CompletionItem>();
        if (offerNames && (typed.IsEmpty || (typed.All(t => t.Keyword is not null) && OptionNames.StartsSomeName(typed))))
        {
            var present = segments.Where(s => s != current).Select(s => s.Definition?.Name).OfType<string>().ToHashSet();
            items.AddRange(Names(list.Spec, present, [.. typed.Select(t => t.Word)], context.ReplacementFrom(current.Start)));
        }

        if (current.Definition is { } definition && typed.Length >= current.NameLength)
        {
            var rest = typed[current.NameLength..];
            items.AddRange(Values(context, list.Spec, definition, rest.Length > 0 && rest[0].IsSymbol('=') ? rest[1..] : rest));
        }

        return items;
    }

    /// <summary>
    /// The type's options not yet written that start with the words typed (and are longer), required
    /// ones first, then in canonical order.
    /// </summary>
    private static IEnumerable<CompletionItem> Names(ConnectionTypeSpec spec, IReadOnlySet<string> present, string?[] typed, TextSpan replace) =>
        spec.Options
            .Where(row => !row.Generated && !present.Contains(row.Name) && Continues(row.Name.Split(' '), typed))
            .Select(row => new CompletionItem(row.Name, CompletionItemKind.Option, OptionDocumentation.Summary(row), OptionDocumentation.Markdown(row, spec),
                OptionTemplate.For(row).Snippet(), IsSnippet: true, replace,
                $"{Rank(row.Requirement)}{OptionDefinitions.Position(row.Name):D3}"));

    private static bool Continues(string[] words, string?[] typed) =>
        words.Length > typed.Length && typed.Select((w, i) => words[i] == w).All(x => x);

    /// <summary>Required options first, then conditional ones, then optional ones.</summary>
    private static int Rank(Requirement requirement) => requirement switch
    {
        Requirement.Required => 0,
        Requirement.Conditional => 1,
        _ => 2,
    };

    private static IEnumerable<CompletionItem> Values(CursorContext context, ConnectionTypeSpec spec, OptionDefinition definition, ImmutableArray<Token> value)
    {
        var row = spec.Row(definition.Name);
        var replace = context.WordSpan;
        if (context.StringAtCursor is { } text)
        {
            return value.IsEmpty && row is not null ? Allowed(row, quoted: false, TextSpan.FromBounds(text.Span.Start + 1, context.Position)) : [];
        }

        if (value.Length == 1 && value[0].Is("SECRET") && definition.Kind is OptionValueKind.Secret or OptionValueKind.SecretOrText)
        {
            return ObjectItems.Of(context, SymbolKind.Secret, replace, preferred: definition.ExpectedSecretKind);
        }

        if (definition.Kind is OptionValueKind.Broker or OptionValueKind.BrokerList)
        {
            return BrokerTunnel(context, value, replace);
        }

        if (!value.IsEmpty)
        {
            return [];
        }

        return definition.Kind switch
        {
            OptionValueKind.Secret or OptionValueKind.SecretOrText =>
                ObjectItems.Of(context, SymbolKind.Secret, replace, "SECRET ", preferred: definition.ExpectedSecretKind)
                    .Concat(row is null ? [] : Allowed(row, quoted: true, replace)),
            OptionValueKind.ConnectionReference or OptionValueKind.Privatelink =>
                ObjectItems.Of(context, SymbolKind.Connection, replace, type: definition.ReferencedType),
            OptionValueKind.Port or OptionValueKind.Integer when row?.Default?.Value(new HashSet<string>()) is { } constant =>
                [new CompletionItem(constant, CompletionItemKind.Value, "default", row.Default.Description, constant, IsSnippet: false, replace, "0")],
            _ => row is null ? [] : Allowed(row, quoted: true, replace),
        };
    }

    /// <summary>After a broker address: <c>USING</c>'s tunnels, then the connections of the tunnel's type.</summary>
    private static IEnumerable<CompletionItem> BrokerTunnel(CursorContext context, ImmutableArray<Token> value, TextSpan replace)
    {
        var from = 0;
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i].IsSymbol(',') || value[i].Opens)
            {
                from = i + 1;
            }
        }

        var words = value.Skip(from + 1).Select(t => t.Keyword).ToArray();
        return words switch
        {
            ["USING"] => new[] { "SSH TUNNEL", "AWS PRIVATELINK" }.Select(t => new CompletionItem(t, CompletionItemKind.Keyword, "broker tunnel",
                OptionDefinitions.Find(t)?.Summary, t + " ", IsSnippet: false, replace, "0" + t)),
            ["USING", "SSH", "TUNNEL"] => ObjectItems.Of(context, SymbolKind.Connection, replace, type: ConnectionKind.SshTunnel),
            ["USING", "AWS", "PRIVATELINK"] => ObjectItems.Of(context, SymbolKind.Connection, replace, type: ConnectionKind.AwsPrivatelink),
            _ => [],
        };
    }

    private static IEnumerable<CompletionItem> Allowed(OptionRow row, bool quoted, TextSpan replace) =>
        row.Values.Select((v, i) => new CompletionItem(v, CompletionItemKind.Value, row.Name, row.Description,
            quoted ? SqlPrinter.StringLiteral(v) : v, IsSnippet: false, replace, $"{i:D2}"));
}
