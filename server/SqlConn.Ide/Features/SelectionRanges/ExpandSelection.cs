using System.Collections;
using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis.Text;
using SqlConn.Ide.Analysis;
using SqlConn.Ide.Tokens;
using SqlConn.Syntax;
using SqlConn.Syntax.Tree;

namespace SqlConn.Ide.Features.SelectionRanges;

/// <summary>
/// Selection ranges ("expand selection"): for each position, the spans that hold it from the innermost
/// to the outermost, each containing the one before: the token, the nodes of the syntax tree (an
/// identifier, a qualified name, an option's value, the option, ...), the inside of the parentheses
/// around it, the parentheses with it, the statement, the statement with its semicolon, the document.
/// </summary>
public static class ExpandSelection
{
    public static ImmutableArray<ImmutableArray<TextSpan>> Compute(DocumentAnalysis document, ImmutableArray<int> positions) =>
        [.. positions.Select(p => At(document, p))];

    private static ImmutableArray<TextSpan> At(DocumentAnalysis document, int position)
    {
        var candidates = new List<TextSpan> { new(0, document.Text.Length) };
        if (document.StatementAt(position) is { } statement)
        {
            var tokens = StatementTokens.All(statement);
            candidates.AddRange(tokens.Where(t => Holds(t.Span, position)).Select(t => t.Span));
            candidates.AddRange(Nodes(statement.Node, position - statement.Offset).Select(statement.ToAbsolute));
            candidates.AddRange(Parentheses([.. tokens.Where(t => t.Kind != SyntaxTokenKind.Comment)], position));
            candidates.Add(statement.Span);
            candidates.Add(TextSpan.FromBounds(statement.Span.Start, (statement.SemicolonPosition + 1) ?? statement.Span.End));
        }

        var chain = ImmutableArray.CreateBuilder<TextSpan>();
        foreach (var span in candidates.Where(s => !s.IsEmpty && Holds(s, position)).Distinct().OrderBy(s => s.Length))
        {
            if (chain.Count == 0 || (span.Contains(chain[^1]) && span != chain[^1]))
            {
                chain.Add(span);
            }
        }

        return chain.ToImmutable();
    }

    /// <summary>The spans of the nodes that hold a position relative to the statement: the node and its descendants.</summary>
    private static IEnumerable<TextSpan> Nodes(SyntaxNode node, int position)
    {
        if (!Holds(node.Span, position))
        {
            yield break;
        }

        yield return node.Span;
        foreach (var child in Children(node))
        {
            foreach (var span in Nodes(child, position))
            {
                yield return span;
            }
        }
    }

    /// <summary>
    /// The child nodes of a node: its properties that are nodes or arrays of nodes (the tree's records are
    /// all this shape; a default array holds nothing).
    /// </summary>
    private static IEnumerable<SyntaxNode> Children(SyntaxNode node)
    {
        foreach (var property in node.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
        {
            var value = property.GetValue(node);
            if (value is SyntaxNode child && !ReferenceEquals(child, node))
            {
                yield return child;
            }
            else if (value is IEnumerable items and not string && value.GetType().GetProperty(nameof(ImmutableArray<int>.IsDefault))?.GetValue(value) is not true)
            {
                foreach (var item in items.OfType<SyntaxNode>())
                {
                    yield return item;
                }
            }
        }
    }

    /// <summary>For each pair of parentheses around the position: its inside, then the pair.</summary>
    private static IEnumerable<TextSpan> Parentheses(ImmutableArray<Token> tokens, int position)
    {
        var open = new Stack<Token>();
        foreach (var token in tokens)
        {
            if (token.Opens)
            {
                open.Push(token);
            }
            else if (token.Closes && open.TryPop(out var opening) && opening.Span.End <= position && position <= token.Span.Start)
            {
                yield return TextSpan.FromBounds(opening.Span.End, token.Span.Start);
                yield return TextSpan.FromBounds(opening.Span.Start, token.Span.End);
            }
        }
    }

    private static bool Holds(TextSpan span, int position) => span.Start <= position && position <= span.End;
}
