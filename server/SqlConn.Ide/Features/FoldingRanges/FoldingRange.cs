using Microsoft.CodeAnalysis.Text;

namespace SqlConn.Ide.Features.FoldingRanges;

public enum FoldingRangeKind
{
    /// <summary>A statement or a parenthesised list.</summary>
    Region,

    /// <summary>A block comment, or consecutive line comments.</summary>
    Comment,
}

/// <summary>A foldable span; it always covers more than one line.</summary>
public sealed record FoldingRange(TextSpan Span, FoldingRangeKind Kind);
