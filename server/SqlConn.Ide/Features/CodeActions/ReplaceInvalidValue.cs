using SqlConn.Engine.Connections;
using SqlConn.Syntax;
using SqlConn.Syntax.Printing;
using SqlConn.Syntax.Tree;

namespace SqlConn.Ide.Features.CodeActions;

/// <summary>
/// An option value that is not one of the option's allowed values (SC2106, SC2103 for CATALOG TYPE,
/// SC4010 for SASL MECHANISMS): replaces it with each allowed value of the type's row, the nearest by
/// edit distance first and preferred.
/// </summary>
internal static class ReplaceInvalidValue
{
    public static IEnumerable<CodeAction> Fix(FixContext context)
    {
        if (context.OptionAtDiagnostic is not { Value: { } value } option
            || context.ConnectionSpec is not { } spec
            || spec.Row(option.Name.Name) is not { Values.IsEmpty: false } row
            || Text(value) is not { } written)
        {
            return [];
        }

        return row.Values
            .Where(v => v != written)
            .OrderBy(v => EditDistance.Between(v.ToUpperInvariant(), written.ToUpperInvariant()))
            .Select((candidate, i) => context.Action($"Replace with '{candidate}'", preferred: i == 0, context.Replace(value.Span, SqlPrinter.StringLiteral(candidate))));
    }

    private static string? Text(OptionValue? value) => value switch
    {
        StringValue s => s.Literal.Value,
        NameValue { Name.Parts.Length: 1 } n => n.Name.Parts[0].Value,
        _ => null,
    };
}
