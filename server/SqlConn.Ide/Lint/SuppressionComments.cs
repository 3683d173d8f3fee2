using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.Text;
using SqlConn.Ide.Diagnostics;
using SqlConn.Syntax;
using SqlConn.Syntax.Diagnostics;

namespace SqlConn.Ide.Lint;

/// <summary>
/// The suppression comments of a script and the problems with them (<see cref="LintDiagnostics.InvalidSuppression"/>).
/// They are read, like <c>-- sqlconn:</c> directives, from the line-comment tokens the parser keeps:
/// each statement's, and those of the comment-only stretches between statements (lexed by the same
/// parser), so no comment of the file is missed.
/// </summary>
public sealed partial record SuppressionComments(ImmutableArray<Suppression> Suppressions, ImmutableArray<Diagnostic> Problems)
{
    public const string StatementKeyword = "sqlconn-ignore";
    public const string FileKeyword = "sqlconn-ignore-file";

    public static SuppressionComments Parse(ParsedScript script)
    {
        var suppressions = ImmutableArray.CreateBuilder<Suppression>();
        var problems = ImmutableArray.CreateBuilder<Diagnostic>();
        foreach (var (text, span) in LineComments(script))
        {
            if (ParseComment(text, span, problems) is { } parsed)
            {
                suppressions.Add(parsed.Scope == SuppressionScope.Statement ? parsed with { StatementIndex = StatementAfter(script, span.Start) } : parsed);
            }
        }

        return new SuppressionComments(suppressions.ToImmutable(), problems.ToImmutable());
    }

    /// <summary>
    /// Whether <paramref name="text"/> mentions the suppressions' keyword anywhere (matched as the comments
    /// match it): a text that does not has no suppression and no problem with one, whatever its comments.
    /// </summary>
    public static bool Mentioned(string text) => KeywordAnywhere().IsMatch(text);

    /// <summary>
    /// One line comment (with its <c>--</c>) at absolute <paramref name="span"/>: the suppression it
    /// holds, or null when it holds none or only invalid codes (reported in <paramref name="problems"/>).
    /// </summary>
    private static Suppression? ParseComment(string comment, TextSpan span, ImmutableArray<Diagnostic>.Builder problems)
    {
        var start = comment.Length - comment.AsSpan(2).TrimStart().Length;
        var keywordMatch = Keyword().Match(comment, start);
        if (!keywordMatch.Success)
        {
            return null;
        }

        var keyword = keywordMatch.Value.ToLowerInvariant();
        if (keyword is not (StatementKeyword or FileKeyword))
        {
            problems.Add(Invalid(new TextSpan(span.Start + start, keyword.Length), $"unknown suppression \"{keywordMatch.Value}\"",
                $"write -- {StatementKeyword} CODE: reason before a statement, or -- {FileKeyword} CODE: reason for the whole file"));
            return null;
        }

        var rest = start + keyword.Length;
        var colon = comment.IndexOf(':', rest);
        var codesEnd = colon < 0 ? comment.Length : colon;
        var codes = ImmutableArray.CreateBuilder<SuppressedCode>();
        var anyInvalid = false;
        string? reason = colon < 0 ? null : comment[(colon + 1)..].Trim();
        foreach (Match word in CodeWord().Matches(comment[..codesEnd], rest))
        {
            var wordSpan = new TextSpan(span.Start + word.Index, word.Length);
            if (!CodeShape().IsMatch(word.Value) && colon < 0)
            {
                // Words after the codes without a colon: the reason, written without its colon.
                anyInvalid = true;
                reason = comment[word.Index..].Trim();
                problems.Add(Invalid(TextSpan.FromBounds(wordSpan.Start, span.End), "the reason must follow a colon",
                    $"write -- {keyword} {(codes.Count > 0 ? codes[0].Code : "CODE")}: {reason}"));
                break;
            }

            if (!CodeShape().IsMatch(word.Value))
            {
                anyInvalid = true;
                problems.Add(Invalid(wordSpan, $"\"{word.Value}\" is not a diagnostic code", "codes look like SC2001, separated by commas"));
            }
            else if (DiagnosticCatalog.Find(word.Value) is not { } descriptor)
            {
                anyInvalid = true;
                var suggestion = DiagnosticCatalog.Suggest(word.Value);
                problems.Add(Invalid(wordSpan, $"unknown diagnostic code \"{word.Value}\"",
                    suggestion is null ? "docs/diagnostics.md lists every code" : $"did you mean {suggestion}?"));
            }
            else
            {
                codes.Add(new SuppressedCode(descriptor.Code, wordSpan));
            }
        }

        if (codes.Count == 0)
        {
            if (!anyInvalid)
            {
                problems.Add(Invalid(span, "suppression names no diagnostic code", $"write -- {keyword} CODE: reason"));
            }

            return null;
        }

        var scope = keyword == FileKeyword ? SuppressionScope.File : SuppressionScope.Statement;
        return new Suppression(scope, codes.ToImmutable(), string.IsNullOrEmpty(reason) ? null : reason, span, null);
    }

    private static Diagnostic Invalid(TextSpan span, string message, string hint) =>
        new(LintDiagnostics.InvalidSuppression, span, message, Hint: hint);

    /// <summary>
    /// The index of the statement a statement suppression at <paramref name="position"/> applies to: the
    /// one whose chunk holds it (comments before a statement are in its chunk), else the next one.
    /// </summary>
    private static int? StatementAfter(ParsedScript script, int position) =>
        script.Statements.FirstOrDefault(s => position < (s.SemicolonPosition ?? s.ChunkSpan.End))?.Index;

    /// <summary>Every line comment of the script in text order, with its absolute span.</summary>
    private static IEnumerable<(string Text, TextSpan Span)> LineComments(ParsedScript script)
    {
        var end = 0;
        foreach (var statement in script.Statements)
        {
            foreach (var comment in Gap(script, end, statement.Offset))
            {
                yield return comment;
            }

            // A statement without "--" has no line comment: most are skipped without a look at their tokens.
            var tokens = statement.Syntax.Text.Contains("--", StringComparison.Ordinal) ? statement.Syntax.Tokens : [];
            foreach (var token in tokens.Where(t => t.Kind == SyntaxTokenKind.Comment))
            {
                var text = statement.Syntax.Text.Substring(token.Span.Start, token.Span.Length);
                if (text.StartsWith("--", StringComparison.Ordinal))
                {
                    yield return (text, statement.ToAbsolute(token.Span));
                }
            }

            end = statement.SemicolonPosition + 1 ?? statement.ChunkSpan.End;
        }

        foreach (var comment in Gap(script, end, script.Text.Length))
        {
            yield return comment;
        }
    }

    /// <summary>
    /// The line comments between two statements (empty statements and comments only): lexed by the
    /// statement parser, whose tokens mark comments exactly as in a statement.
    /// </summary>
    private static IEnumerable<(string Text, TextSpan Span)> Gap(ParsedScript script, int start, int end)
    {
        var text = script.Text.ToString(TextSpan.FromBounds(start, Math.Max(start, end)));
        if (!text.Contains("--", StringComparison.Ordinal))
        {
            return [];
        }

        return SqlParser.ParseStatement(text, script.Dialect).Tokens
            .Where(t => t.Kind == SyntaxTokenKind.Comment && text.AsSpan(t.Span.Start).StartsWith("--"))
            .Select(t => (text.Substring(t.Span.Start, t.Span.Length), new TextSpan(start + t.Span.Start, t.Span.Length)));
    }

    [GeneratedRegex(@"\Gsqlconn-ignore[A-Za-z-]*(?=\s|:|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Keyword();

    [GeneratedRegex("sqlconn-ignore", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex KeywordAnywhere();

    [GeneratedRegex(@"[^\s,]+", RegexOptions.CultureInvariant)]
    private static partial Regex CodeWord();

    [GeneratedRegex(@"^SC[0-9]{4}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CodeShape();
}
