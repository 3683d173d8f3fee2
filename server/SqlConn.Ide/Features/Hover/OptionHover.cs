using Microsoft.CodeAnalysis.Text;
using SqlConn.Engine.Catalog;
using SqlConn.Engine.Connections;
using SqlConn.Engine.Execution;
using SqlConn.Ide.Analysis;
using SqlConn.Ide.Options;
using SqlConn.Syntax;
using SqlConn.Syntax.Tree;

namespace SqlConn.Ide.Features.Hover;

/// <summary>
/// Hover on a connection option (its name, or a value that is not a name of its own): the option's
/// documentation for the connection's type, from the type's table: value kind, requirement, default,
/// allowed values, constraints. An option the type does not take says so.
/// </summary>
internal static class OptionHover
{
    public static HoverResult? Find(DocumentAnalysis document, ParsedStatement statement, int position)
    {
        var relative = position - statement.Offset;
        foreach (var (name, value, spec) in Options(document, statement))
        {
            var span = name.Span.Contains(relative) || name.Span.End == relative ? name.Span
                : value is { } v && (v.Contains(relative) || v.End == relative) ? v
                : (TextSpan?)null;
            if (span is { } hovered)
            {
                return new HoverResult(statement.ToAbsolute(hovered), Markdown(name.Name, spec));
            }
        }

        return null;
    }

    /// <summary>The options of CREATE CONNECTION and of ALTER CONNECTION's SET and DROP, with the connection's type when known.</summary>
    private static IEnumerable<(OptionName Name, TextSpan? Value, ConnectionTypeSpec? Spec)> Options(DocumentAnalysis document, ParsedStatement statement)
    {
        switch (statement.Node)
        {
            case CreateConnectionStatement create:
                var spec = ConnectionTypes.Of(create.Type.Kind);
                return create.Options.Select(o => (o.Name, o.Value?.Span, (ConnectionTypeSpec?)spec));
            case AlterConnectionStatement { Operation: AlterConnectionActionsOperation actions } alter:
                var altered = NameLookup.Item(document.StateBefore(statement.Index), alter.Name) is ConnectionItem connection ? ConnectionTypes.Of(connection.Type) : null;
                return actions.Actions.Select(a => a switch
                {
                    SetOptionAction set => (set.Option.Name, set.Option.Value?.Span, altered),
                    DropOptionAction drop => (drop.Name, (TextSpan?)null, altered),
                    _ => ((OptionName Name, TextSpan? Value, ConnectionTypeSpec? Spec)?)null,
                }).OfType<(OptionName, TextSpan?, ConnectionTypeSpec?)>();
            default:
                return [];
        }
    }

    private static string Markdown(string name, ConnectionTypeSpec? spec)
    {
        if (spec?.Row(name) is { } row)
        {
            return OptionDocumentation.Markdown(row, spec);
        }

        var summary = OptionDefinitions.Find(name)?.Summary ?? "An unknown option.";
        return spec is null
            ? $"**{name}**\n\n{summary}"
            : $"**{name}** · not an option of {spec.DisplayName} connections\n\n{summary}\n\n{spec.DisplayName} connections take {string.Join(", ", spec.Options.Where(o => !o.Generated).Select(o => o.Name))}.";
    }
}
