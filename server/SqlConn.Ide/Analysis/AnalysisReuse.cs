using System.Collections.Immutable;
using SqlConn.Engine.Execution;

namespace SqlConn.Ide.Analysis;

/// <summary>
/// What an incremental analysis kept of the analysis it was computed from (<see cref="DocumentAnalysis.Reuse"/>):
/// its first <see cref="Prefix"/> and last <see cref="Suffix"/> statements have the same syntax objects, results and
/// states (or states equal to them) as the corresponding statements of <see cref="Previous"/>; the suffix's indexes
/// moved by the difference of the statement counts, and any kept statement may have moved in the text (an edit
/// between two statements moves the ones after it). Whatever was derived from one of those statements alone
/// holds for it again, moved where it now is; the statements in between were parsed or executed again. Only the previous
/// statements are kept, not their analysis, so analyses do not chain.
/// </summary>
public sealed record AnalysisReuse(ImmutableArray<ExecutedStatement> Previous, int Prefix, int Suffix)
{
    /// <summary>The index now of the kept statement at <paramref name="previousIndex"/> of <see cref="Previous"/>, or -1 when it was not kept.</summary>
    public int CurrentIndex(int previousIndex, int count) =>
        previousIndex < Prefix ? previousIndex : previousIndex >= Previous.Length - Suffix ? previousIndex - Previous.Length + count : -1;
}
