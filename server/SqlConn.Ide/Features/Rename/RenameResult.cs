using System.Collections.Immutable;

namespace SqlConn.Ide.Features.Rename;

/// <summary>The edits of a rename, per document, or why it is refused (<see cref="Error"/>, and no edit).</summary>
public sealed record RenameResult(ImmutableArray<DocumentEdit> Edits, string? Error)
{
    public static RenameResult Refused(string error) => new([], error);
}
