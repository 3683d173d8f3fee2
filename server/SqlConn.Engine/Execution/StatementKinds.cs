using SqlConn.Syntax;
using SqlConn.Syntax.Tree;

namespace SqlConn.Engine.Execution;

/// <summary>How statements are named in messages: their leading keywords, e.g. <c>CREATE EXTERNAL CONNECTION</c>.</summary>
internal static class StatementKinds
{
    public static string Of(ParsedStatement statement)
    {
        if (statement.Node is UnanalyzedStatement unanalyzed)
        {
            return unanalyzed.Kind;
        }

        var keywords = statement.Syntax.Tokens
            .Where(t => t.Kind != SyntaxTokenKind.Comment)
            .TakeWhile(t => t.Keyword is not null)
            .Take(3)
            .Select(t => t.Keyword)
            .ToList();
        return keywords.Count > 0 ? string.Join(' ', keywords) : "statement";
    }
}
