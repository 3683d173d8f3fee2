using System.Runtime.CompilerServices;
using SqlConn.Syntax;

namespace SqlConn.Ide.Workspace;

/// <summary>
/// The <see cref="SyntaxReuse"/> of each parsed script, built once, when a full parse of an edited
/// document first needs it: an edit of the first line (the dialect directive), or a change whose
/// ranges are unknown (a whole new text). Ordinary edits reparse incrementally and never build it.
/// Thread-safe; an entry lives as long as its script.
/// </summary>
public sealed class SyntaxReuseCache
{
    private readonly ConditionalWeakTable<ParsedScript, SyntaxReuse> table = [];

    internal SyntaxReuse For(ParsedScript script) => table.GetValue(script, s => new SyntaxReuse(s));
}
