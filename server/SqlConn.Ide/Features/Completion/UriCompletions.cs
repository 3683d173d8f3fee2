using Microsoft.CodeAnalysis.Text;
using SqlConn.Engine.Cockroach.Uris;
using SqlConn.Ide.Cockroach;
using SqlConn.Ide.Tokens;

namespace SqlConn.Ide.Features.Completion;

/// <summary>
/// Completion inside the URI of CockroachDB's CREATE and ALTER EXTERNAL CONNECTION (<c>AS '...'</c>) and
/// CHECK EXTERNAL CONNECTION: the schemes before <c>://</c>, then, after <c>?</c> or <c>&amp;</c>, the query
/// parameters of the typed scheme not given yet, and after <c>NAME=</c> the values the parameter allows.
/// Everything comes from the scheme table (<see cref="UriSchemes"/>).
/// </summary>
internal static class UriCompletions
{
    public static IEnumerable<CompletionItem> Complete(CursorContext context)
    {
        if (context.StringAtCursor is not { } literal || !IsUriPlace(context))
        {
            return [];
        }

        var contentStart = literal.Span.Start + 1;
        var content = literal.Text[1..].TrimEnd('\'');
        var typed = content[..(context.Position - contentStart)];
        if (!typed.Contains(':', StringComparison.Ordinal))
        {
            return UriSchemes.All.SelectMany(s => s.Names.Select(name => new CompletionItem(name, CompletionItemKind.UriScheme, s.Title,
                UriDocumentation.Scheme(s), name + "://", IsSnippet: false, TextSpan.FromBounds(contentStart, context.Position), name)));
        }

        var query = typed.IndexOf('?', StringComparison.Ordinal);
        if (UriSchemes.FindForUri(typed) is not { } scheme || query < 0)
        {
            return [];
        }

        var pairStart = Math.Max(typed.LastIndexOf('&'), query) + 1;
        var pair = typed[pairStart..];
        var equals = pair.IndexOf('=', StringComparison.Ordinal);
        if (equals < 0)
        {
            var given = Given(content[(query + 1)..]);
            return scheme.Parameters.Where(p => !given.Contains(p.Name)).Select(p => new CompletionItem(p.Name, CompletionItemKind.UriParameter,
                p.Requirement.ToString(), UriDocumentation.Parameter(p), p.Name + "=", IsSnippet: false,
                TextSpan.FromBounds(contentStart + pairStart, context.Position), $"{(int)p.Requirement.Kind}{p.Name}"));
        }

        if (scheme.FindParameter(pair[..equals]) is not { } parameter)
        {
            return [];
        }

        var values = parameter.Kind == ParameterValueKind.Boolean && parameter.AllowedValues.IsEmpty
            ? [new AllowedValue("true", "true"), new AllowedValue("false", "false")]
            : parameter.AllowedValues;
        var replace = TextSpan.FromBounds(contentStart + pairStart + equals + 1, context.Position);
        return values.Select((v, i) => new CompletionItem(v.Value, CompletionItemKind.Value, parameter.Name, v.Description, v.Value, IsSnippet: false, replace, $"{i:D2}"));
    }

    /// <summary>Whether the string at the cursor is the URI of an external connection statement.</summary>
    private static bool IsUriPlace(CursorContext context)
    {
        var before = context.Before;
        return before.Length >= 3 && before[1].Is("EXTERNAL") && before[2].Is("CONNECTION")
            && ((before[0].Is("CHECK") && before.Length == 3) || ((before[0].Is("CREATE") || before[0].Is("ALTER")) && before[^1].Is("AS")));
    }

    private static HashSet<string> Given(string query) =>
        [.. query.Split('&').Select(p => p.Split('=')[0]).Where(p => p.Length > 0)];
}
