using Microsoft.CodeAnalysis.Text;
using SqlConn.Engine.Cockroach.Uris;
using SqlConn.Ide.Cockroach;
using SqlConn.Syntax;
using SqlConn.Syntax.Tree;

namespace SqlConn.Ide.Features.Hover;

/// <summary>
/// Hover inside the URI of a CockroachDB external connection statement: the scheme's documentation on
/// the scheme, a query parameter's on its name or value (the value itself is never repeated).
/// </summary>
internal static class UriHover
{
    public static HoverResult? Find(ParsedStatement statement, int position)
    {
        var uri = statement.Node switch
        {
            CreateExternalConnectionStatement s => s.Uri,
            AlterExternalConnectionStatement s => s.Uri,
            CheckExternalConnectionStatement s => s.Uri,
            _ => null,
        };
        if (uri is not { Kind: LabelKind.String } || UriSchemes.FindForUri(uri.Value) is not { } scheme)
        {
            return null;
        }

        var span = statement.ToAbsolute(uri.Span);
        var contentStart = span.Start + 1;
        var offset = position - contentStart;
        if (offset < 0 || offset > uri.Value.Length || statement.Syntax.Text[uri.Span.Start] != '\'')
        {
            return null;
        }

        var colon = uri.Value.IndexOf(':', StringComparison.Ordinal);
        if (offset <= colon)
        {
            return new HoverResult(new TextSpan(contentStart, colon), UriDocumentation.Scheme(scheme));
        }

        var query = uri.Value.IndexOf('?', StringComparison.Ordinal);
        if (query < 0 || offset <= query)
        {
            return null;
        }

        var pairStart = query + 1;
        foreach (var pair in uri.Value[pairStart..].Split('&'))
        {
            if (offset <= pairStart + pair.Length)
            {
                var name = pair.Split('=')[0];
                return scheme.FindParameter(name) is { } parameter
                    ? new HoverResult(new TextSpan(contentStart + pairStart, pair.Length), UriDocumentation.Parameter(parameter))
                    : null;
            }

            pairStart += pair.Length + 1;
        }

        return null;
    }
}
