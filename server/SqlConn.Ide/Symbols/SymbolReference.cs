using Microsoft.CodeAnalysis.Text;
using SqlConn.Engine.Execution;

namespace SqlConn.Ide.Symbols;

/// <summary>
/// A name of a document resolved to the object it denotes. <see cref="Span"/> (absolute) covers the
/// object's own name, the last part of a qualified name: what rename rewrites. <see cref="State"/> is
/// the state the name was resolved in (before its statement, or after it for the object it creates or
/// renames): hover describes the object as it is there. <see cref="IsString"/> marks a name written as a
/// string literal (then <see cref="Span"/> covers its quotes).
/// </summary>
public sealed record SymbolReference(
    Symbol Symbol,
    string Name,
    TextSpan Span,
    OccurrenceRole Role,
    int StatementIndex,
    EngineState State,
    bool IsString = false)
{
    /// <summary>The name that creates the object.</summary>
    public bool IsDeclaration => Role == OccurrenceRole.Declaration;
}
