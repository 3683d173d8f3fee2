using System.Text;
using Microsoft.CodeAnalysis.Text;
using SqlConn.Engine.Privileges;
using SqlConn.Ide.Analysis;
using SqlConn.Ide.Features.Privileges;
using SqlConn.Ide.Statements;
using SqlConn.Ide.Tokens;
using SqlConn.Syntax;

namespace SqlConn.Ide.Features.Hover;

/// <summary>
/// Hover on a statement's leading keywords: what the statement form does, what the simulator made of
/// this one (its command tag and notices, or its error), and the privileges it needs with whether the
/// role it runs as holds each (<see cref="StatementPrivileges"/>).
/// </summary>
internal static class StatementHover
{
    public static HoverResult? Find(DocumentAnalysis document, ParsedStatement statement, int position)
    {
        var keywords = StatementTokens.Significant(statement).TakeWhile(t => t.Keyword is not null).ToList();
        if (StatementForms.Matching([.. keywords.Select(t => t.Keyword)]) is not { } form || form.Words.Length == 0)
        {
            return null;
        }

        var span = TextSpan.FromBounds(keywords[0].Span.Start, keywords[form.Words.Length - 1].Span.End);
        if (position < span.Start || position > span.End)
        {
            return null;
        }

        var text = new StringBuilder($"**{form.Keywords}**\n\n{form.Summary}\n\n{Outcome(document, statement)}");
        if (StatementPrivileges.Of(document, statement) is { IsEmpty: false } checks)
        {
            var state = document.StateBefore(statement.Index);
            text.Append($"\n\nPrivileges (as {PrivilegeExplainer.RoleName(state, state.Session.RoleId)}):");
            foreach (var check in checks)
            {
                text.Append($"\n- {PrivilegeExplainer.Describe(check, state)}");
            }
        }

        return new HoverResult(span, text.ToString());
    }

    /// <summary>What the simulator reports for the statement: its error, or its tag and the messages of its notices.</summary>
    private static string Outcome(DocumentAnalysis document, ParsedStatement statement)
    {
        var result = document.Statements[statement.Index].Result;
        if (result.Error is { } error)
        {
            return $"Simulator: fails with {error.Descriptor.Code}: {error.Message}";
        }

        var outcome = new StringBuilder($"Simulator: {result.Tag ?? "succeeds"}");
        foreach (var notice in result.Notices)
        {
            outcome.Append($"\n- {notice.Level.ToLowerInvariant()}: {notice.Message}");
        }

        return outcome.ToString();
    }
}
