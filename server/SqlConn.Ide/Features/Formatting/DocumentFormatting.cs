using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using SqlConn.Ide.Analysis;
using SqlConn.Syntax.Formatting;

namespace SqlConn.Ide.Features.Formatting;

/// <summary>
/// Document and range formatting: the edits of <see cref="SqlFormatter"/> (one per statement or gap
/// between statements that changes), comments kept, idempotent.
/// </summary>
public static class DocumentFormatting
{
    public static ImmutableArray<TextChange> Format(DocumentAnalysis document, FormattingOptions? options = null) =>
        SqlFormatter.Format(document.Script, options);

    /// <summary>Formats the statements and gaps <paramref name="range"/> intersects or touches.</summary>
    public static ImmutableArray<TextChange> FormatRange(DocumentAnalysis document, TextSpan range, FormattingOptions? options = null) =>
        SqlFormatter.Format(document.Script, options, range);
}
