using SqlConn.Engine.Catalog;
using SqlConn.Engine.Connections;
using SqlConn.Ide.Options;
using SqlConn.Syntax.Printing;
using SqlConn.Syntax.Tree;

namespace SqlConn.Ide.Features.CodeActions;

/// <summary>
/// SC2104 in CREATE CONNECTION: adds an option the message names (<c>HOST option is required</c>,
/// <c>must set one of BROKER, BROKERS, or AWS PRIVATELINK</c>, <c>require an AWS connection</c>) that the type takes and the statement
/// lacks, after the last option, with a value to fill in from the option's row: an empty string, the
/// default, the first allowed value; a secret or connection by a name (a missing secret then has its own
/// fix). Preferred when there is one such option.
/// </summary>
internal static class AddMissingOption
{
    public static IEnumerable<CodeAction> Fix(FixContext context)
    {
        if (context.Statement.Node is not CreateConnectionStatement { Options.IsEmpty: false } create)
        {
            return [];
        }

        var spec = ConnectionTypes.Of(create.Type.Kind);
        var present = create.Options.Select(o => o.Name.Name).ToHashSet();
        var missing = OptionMentions.In(context.Diagnostic.Message, spec.Options.Select(o => o.Name), StringComparison.OrdinalIgnoreCase)
            .Select(spec.Row)
            .OfType<OptionRow>()
            .Where(row => !row.Generated && !present.Contains(row.Name))
            .ToList();
        var end = create.Options[^1].Span.End;
        return missing.Select(row => context.Action($"Add {row.Name}", preferred: missing.Count == 1,
            context.Replace(new Microsoft.CodeAnalysis.Text.TextSpan(end, 0), ", " + OptionTemplate.For(row).Text(Reference(context, create, row)))));
    }

    /// <summary>What a secret or connection option names: an existing connection of the referenced type, else a new name.</summary>
    private static string Reference(FixContext context, CreateConnectionStatement create, OptionRow row)
    {
        if (row.Definition.ReferencedType is { } type
            && context.StateBefore.Catalog.Items.Values.OfType<ConnectionItem>().Where(c => c.Type == type).MinBy(c => c.Name, StringComparer.Ordinal) is { } existing)
        {
            return SqlPrinter.Print(Engine.Execution.NameLookup.ShortestName(context.StateBefore, existing));
        }

        return SqlPrinter.Identifier(NewNames.For(context.Document, context.Statement.Index, create.Name, row.Name));
    }
}
