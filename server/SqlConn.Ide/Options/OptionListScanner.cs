using System.Collections.Immutable;
using SqlConn.Ide.Tokens;

namespace SqlConn.Ide.Options;

/// <summary>
/// Splits the tokens of an option list into its slots, from tokens alone, so that it works on the
/// statement being typed: at the commas outside nested parentheses and brackets, up to the closing
/// parenthesis of the list (a parenthesised list) or a <c>WITH</c> (the legacy <c>FOR</c> form), or the
/// end of the statement.
/// </summary>
internal static class OptionListScanner
{
    /// <param name="tokens">The statement's significant tokens.</param>
    /// <param name="start">The index of the list's first token (after its opening parenthesis).</param>
    /// <param name="parenthesized">Whether the list ends at a closing parenthesis.</param>
    /// <param name="end">The index where the list ends: its closing parenthesis, or the end.</param>
    public static ImmutableArray<OptionSegment> Scan(IReadOnlyList<Token> tokens, int start, bool parenthesized, out int end)
    {
        var segments = ImmutableArray.CreateBuilder<OptionSegment>();
        var depth = 0;
        var segmentStart = start;
        end = start;
        for (; end < tokens.Count; end++)
        {
            var token = tokens[end];
            if (depth == 0 && ((parenthesized && token.Closes) || (!parenthesized && token.Is("WITH"))))
            {
                break;
            }

            if (token.Opens)
            {
                depth++;
            }
            else if (token.Closes)
            {
                depth--;
            }
            else if (depth == 0 && token.IsSymbol(','))
            {
                segments.Add(Segment(tokens, segmentStart, end));
                segmentStart = end + 1;
            }
        }

        segments.Add(Segment(tokens, segmentStart, end));
        return segments.ToImmutable();
    }

    private static OptionSegment Segment(IReadOnlyList<Token> tokens, int start, int end)
    {
        var match = OptionNames.Match([.. tokens.Skip(start).Take(end - start)]);
        return new OptionSegment(start, end, match?.Definition, match?.Length ?? 0);
    }
}
