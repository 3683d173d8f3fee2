using SqlConn.Engine.Connections;
using SqlConn.Syntax.Printing;
using SqlConn.Syntax.Tree;

namespace SqlConn.Ide.Features.CodeActions;

/// <summary>
/// SC2103 on a plaintext value of an option that only takes a secret (<c>PASSWORD 'hunter2'</c>): creates
/// a secret holding the value, before the statement, and references it (<c>PASSWORD SECRET pg_password</c>).
/// </summary>
internal static class MoveCredentialToSecret
{
    public static IEnumerable<CodeAction> Fix(FixContext context)
    {
        if (context.OptionWithValueAtDiagnostic is not { } option
            || OptionDefinitions.Find(option.Name.Name) is not { Kind: OptionValueKind.Secret }
            || Literal(context, option.Value) is not { } literal
            || Connection(context) is not { } connection)
        {
            yield break;
        }

        var secret = NewNames.For(context.Document, context.Statement.Index, connection, option.Name.Name);
        var name = SqlPrinter.Identifier(secret);
        yield return context.Action($"Move the {option.Name.Name} value into a new secret \"{secret}\"", preferred: true,
            context.InsertBefore($"CREATE SECRET {name} AS {literal}"),
            context.Replace(context.RelativeSpan, $"SECRET {name}"));
    }

    /// <summary>The value as a string literal: a string as written, a bare word quoted.</summary>
    private static string? Literal(FixContext context, OptionValue? value) => value switch
    {
        StringValue s => context.Statement.Syntax.Text[s.Span.Start..s.Span.End],
        NameValue { Name.Parts.Length: 1 } n => SqlPrinter.StringLiteral(n.Name.Parts[0].Value),
        _ => null,
    };

    private static ObjectName? Connection(FixContext context) => context.Statement.Node switch
    {
        CreateConnectionStatement create => create.Name,
        AlterConnectionStatement alter => alter.Name,
        _ => null,
    };
}
