using System.Runtime.CompilerServices;
using SqlConn.Ide.Analysis;
using SqlConn.Syntax;

namespace SqlConn.Ide.Workspace;

/// <summary>
/// The <see cref="SyntaxReuse"/> of each parsed script, built once. Building it hashes every chunk
/// of a document, which on a large one costs as much as the rest of an edit's analysis: the language
/// server warms the cache after each analysis (<see cref="Warm"/>), off the path of the next
/// keystroke. Thread-safe; an entry lives as long as its script.
/// </summary>
public sealed class SyntaxReuseCache
{
    private readonly ConditionalWeakTable<ParsedScript, SyntaxReuse> table = [];

    public void Warm(WorkspaceAnalysis analysis)
    {
        foreach (var document in analysis.Documents)
        {
            For(document.Script);
        }
    }

    internal SyntaxReuse For(ParsedScript script) => table.GetValue(script, s => new SyntaxReuse(s));
}
