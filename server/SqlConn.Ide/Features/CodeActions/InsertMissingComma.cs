using Microsoft.CodeAnalysis.Text;
using SqlConn.Syntax;

namespace SqlConn.Ide.Features.CodeActions;

/// <summary>SC1002: inserts the comma missing between two options, right after the first one.</summary>
internal static class InsertMissingComma
{
    public static IEnumerable<CodeAction> Fix(FixContext context)
    {
        var previous = context.Statement.Syntax.Tokens
            .Where(t => t.Kind != SyntaxTokenKind.Comment && t.Span.End <= context.RelativeSpan.Start)
            .LastOrDefault();
        return previous.Span.IsEmpty ? [] : [context.Action("Insert a comma", preferred: true, context.Replace(new TextSpan(previous.Span.End, 0), ","))];
    }
}
