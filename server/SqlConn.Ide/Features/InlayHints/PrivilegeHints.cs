using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using SqlConn.Engine.Privileges;
using SqlConn.Ide.Analysis;
using SqlConn.Ide.Features.Privileges;

namespace SqlConn.Ide.Features.InlayHints;

/// <summary>
/// Inlay hints for privileges: after the name a privilege is checked on, what the statement needs
/// there and whether the role it runs as holds it (<c> USAGE ✓</c>, <c> owner ✗</c>), with the full
/// explanation as tooltip. Only for statements run as a role that is not a superuser (for a superuser
/// every check passes, and the hints would be noise); statements with syntax errors get none.
/// </summary>
public static class PrivilegeHints
{
    public static ImmutableArray<InlayHint> Compute(DocumentAnalysis document, TextSpan range) =>
        [.. document.Script.Statements
            .Where(s => s.Span.IntersectsWith(range) && !s.HasErrors && !StatementPrivileges.RunsAsSuperuser(document, s))
            .SelectMany(s => Hints(document, s.Index))
            .Where(h => range.Contains(h.Position) || range.End == h.Position)];

    private static IEnumerable<InlayHint> Hints(DocumentAnalysis document, int index)
    {
        var statement = document.Script.Statements[index];
        var state = document.StateBefore(index);
        return StatementPrivileges.Of(document, statement)
            .Where(c => !c.Requirement.Span.IsEmpty)
            .GroupBy(c => statement.ToAbsolute(c.Requirement.Span).End)
            .OrderBy(g => g.Key)
            .Select(g => new InlayHint(
                g.Key,
                " " + string.Join(", ", g.Select(c => $"{StatementPrivileges.ShortName(c, state)} {(c.Held ? "✓" : "✗")}")),
                string.Join("\n", g.Select(c => PrivilegeExplainer.Describe(c, state)))));
    }
}
