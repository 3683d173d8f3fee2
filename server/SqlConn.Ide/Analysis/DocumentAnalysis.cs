using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using SqlConn.Engine.Execution;
using SqlConn.Syntax;

namespace SqlConn.Ide.Analysis;

/// <summary>
/// One document of the workspace, analysed: parsed, then executed in the simulator starting from
/// <see cref="Before"/>, the state the documents before it (in workspace order) left. It is an
/// immutable snapshot: editor features read it concurrently; an edit produces a new one.
/// <see cref="Statements"/> is aligned with <see cref="Script"/>'s statements.
/// </summary>
public sealed record DocumentAnalysis(
    string Uri,
    int Version,
    SourceText Text,
    ParsedScript Script,
    EngineState Before,
    ImmutableArray<ExecutedStatement> Statements)
{
    /// <summary>
    /// What this analysis kept of the analysis it was computed from, for whatever is derived per
    /// statement to be kept too (<see cref="Diagnostics.DocumentReport"/>); null when it was computed from scratch.
    /// </summary>
    public AnalysisReuse? Reuse { get; init; }

    /// <summary>The state after the document's last statement.</summary>
    public EngineState After => Statements.IsEmpty ? Before : Statements[^1].After;

    /// <summary>The state the statement at <paramref name="index"/> ran in (the first in the session of the document's dialect).</summary>
    public EngineState StateBefore(int index) => index == 0 ? ScriptRunner.InDialect(Before, Script.Dialect) : Statements[index - 1].After;

    /// <summary>
    /// The statement whose chunk holds <paramref name="position"/> (a position right after a statement
    /// belongs to it). A binary search: position requests on long documents stay fast.
    /// </summary>
    public ParsedStatement? StatementAt(int position)
    {
        var statements = Script.Statements;
        int low = 0, high = statements.Length - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            if (statements[middle].ChunkSpan.Start <= position)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return high >= 0 && position <= (statements[high].SemicolonPosition ?? statements[high].ChunkSpan.End) ? statements[high] : null;
    }
}
