using Microsoft.CodeAnalysis.Text;

namespace SqlConn.Ide.Features.Hover;

/// <summary>What to show for the text at <see cref="Span"/>, in Markdown.</summary>
public sealed record HoverResult(TextSpan Span, string Markdown);
