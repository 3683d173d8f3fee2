using Microsoft.CodeAnalysis.Text;

namespace SqlConn.Ide.Features.Navigation;

public enum HighlightKind
{
    /// <summary>The name is read: the object is used.</summary>
    Read,

    /// <summary>The name is written: the object is created or renamed.</summary>
    Write,
}

/// <summary>A name of the object under the cursor in the same document.</summary>
public sealed record DocumentHighlight(TextSpan Span, HighlightKind Kind);
