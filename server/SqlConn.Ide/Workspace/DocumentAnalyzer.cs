using System.Collections.Immutable;
using SqlConn.Engine.Execution;
using SqlConn.Ide.Analysis;
using SqlConn.Syntax;

namespace SqlConn.Ide.Workspace;

/// <summary>
/// Analyses one document incrementally from its previous analysis. Parsing is
/// <see cref="SqlParser.Reparse"/>, which keeps the syntax of the chunks the edit did not touch and
/// looks the re-split ones up in <see cref="SyntaxReuse"/> before parsing them. Execution keeps the executed
/// statements before the first changed one, runs the changed ones, then runs the unchanged tail
/// only until it converges: once the state before an unchanged statement equals the state the
/// previous analysis had there, the rest of the previous results hold as they are, because
/// executing a statement is a pure function of the state and the statement's syntax.
/// </summary>
public static class DocumentAnalyzer
{
    /// <summary>
    /// Analyses <paramref name="document"/> from <paramref name="before"/>. <paramref name="previous"/>
    /// is the document's last analysis with the same <paramref name="defaultDialect"/>, or null.
    /// Throws <see cref="OperationCanceledException"/> when cancelled (between two statements).
    /// <paramref name="reuse"/> keeps the syntax lookups of previous scripts from one call to the next.
    /// </summary>
    public static DocumentAnalysis Analyze(
        WorkspaceDocument document, EngineState before, SqlDialect defaultDialect, DocumentAnalysis? previous, CancellationToken cancellationToken, SyntaxReuseCache? reuse = null)
    {
        if (previous is not null && ReferenceEquals(previous.Text, document.Text) && StructuralEquality.Equals(previous.Before, before))
        {
            return previous.Uri == document.Uri && previous.Version == document.Version ? previous : previous with { Uri = document.Uri, Version = document.Version };
        }

        return Analyze(document, before, defaultDialect, previous, frozenTail: false, reuse ?? new SyntaxReuseCache(), cancellationToken);
    }

    /// <summary>
    /// A quick analysis of an edited document for requests about a position in the edit (completion,
    /// hover, signature help), while the full analysis runs: like <see cref="Analyze"/> up to the last
    /// changed statement, which is exact, but the unchanged statements after it keep their previous
    /// results without being executed again, so it costs what the edit costs, whatever follows it.
    /// Starts from the state the previous analysis started from.
    /// </summary>
    public static DocumentAnalysis AnalyzeFrozen(
        WorkspaceDocument document, SqlDialect defaultDialect, DocumentAnalysis previous, CancellationToken cancellationToken, SyntaxReuseCache? reuse = null) =>
        Analyze(document, previous.Before, defaultDialect, previous, frozenTail: true, reuse ?? new SyntaxReuseCache(), cancellationToken);

    private static DocumentAnalysis Analyze(
        WorkspaceDocument document, EngineState before, SqlDialect defaultDialect, DocumentAnalysis? previous, bool frozenTail, SyntaxReuseCache reuse, CancellationToken cancellationToken)
    {
        var script = previous is null
            ? SqlParser.ParseScript(document.Text, defaultDialect)
            : SqlParser.Reparse(previous.Script, document.Text, defaultDialect, (chunk, dialect) => reuse.For(previous.Script).Find(chunk, dialect));
        var (statements, kept) = Execute(script, before, previous, frozenTail, cancellationToken);
        return new DocumentAnalysis(document.Uri, document.Version, document.Text, script, before, statements) { Reuse = kept };
    }

    /// <summary>
    /// The executed statements, and what they kept of the previous analysis: the statements whose results were
    /// kept and whose syntax is the same object as before (not only the same text).
    /// </summary>
    private static (ImmutableArray<ExecutedStatement> Statements, AnalysisReuse? Reuse) Execute(
        ParsedScript script, EngineState before, DocumentAnalysis? previous, bool frozenTail, CancellationToken cancellationToken)
    {
        var start = ScriptRunner.InDialect(before, script.Dialect);
        var current = script.Statements;
        var reusable = previous is not null && previous.Script.Dialect == script.Dialect ? previous : null;
        var old = reusable?.Statements ?? [];
        var oldStart = reusable is null ? start : ScriptRunner.InDialect(reusable.Before, script.Dialect);
        var (prefix, keptPrefix) = reusable is null || !StructuralEquality.Equals(reusable.Before, before) ? (0, 0) : CommonPrefix(current, old);
        var (suffix, keptSuffix) = CommonSuffix(current, old, prefix);
        var executed = ImmutableArray.CreateBuilder<ExecutedStatement>(current.Length);
        for (var i = 0; i < prefix; i++)
        {
            executed.Add(Placed(old[i], current[i]));
        }

        var state = prefix == 0 ? start : old[prefix - 1].After;
        var tail = current.Length - suffix;
        for (var i = prefix; i < current.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var oldIndex = i - current.Length + old.Length;
            if (i >= tail && (frozenTail || (IsCheckpoint(i - tail) && StructuralEquality.Equals(state, oldIndex == 0 ? oldStart : old[oldIndex - 1].After))))
            {
                keptSuffix = Math.Min(keptSuffix, current.Length - i);
                for (; i < current.Length; i++)
                {
                    executed.Add(Placed(old[i - current.Length + old.Length], current[i]));
                }

                return (executed.MoveToImmutable(), new AnalysisReuse(old, keptPrefix, keptSuffix));
            }

            var execution = Executor.Execute(state, current[i]);
            state = execution.State;
            executed.Add(new ExecutedStatement(current[i], execution.Result, state));
        }

        return (executed.MoveToImmutable(), reusable is null ? null : new AnalysisReuse(old, keptPrefix, 0));
    }

    /// <summary>
    /// Where the unchanged tail is compared with the previous run: at its first statement, then 1, 2,
    /// 4, 8... statements later. A comparison costs about as much as the catalog is large, so this
    /// bounds the comparisons of a tail that never converges to a logarithm of its length, and finds
    /// a convergence at most twice as far as it happened.
    /// </summary>
    private static bool IsCheckpoint(int distance) => (distance & (distance - 1)) == 0;

    /// <summary>The length of the common prefix, and of its start whose syntax objects are the same.</summary>
    private static (int Length, int SameObjects) CommonPrefix(ImmutableArray<ParsedStatement> current, ImmutableArray<ExecutedStatement> old)
    {
        var (length, same) = (0, 0);
        while (length < current.Length && length < old.Length && SameSyntax(current[length], old[length].Statement))
        {
            same += same == length && ReferenceEquals(current[length].Syntax, old[length].Statement.Syntax) ? 1 : 0;
            length++;
        }

        return (length, same);
    }

    /// <summary>The length of the common suffix (after <paramref name="prefix"/>), and of its end whose syntax objects are the same.</summary>
    private static (int Length, int SameObjects) CommonSuffix(ImmutableArray<ParsedStatement> current, ImmutableArray<ExecutedStatement> old, int prefix)
    {
        var (length, same) = (0, 0);
        while (length < current.Length - prefix && length < old.Length - prefix
               && SameSyntax(current[^(length + 1)], old[^(length + 1)].Statement))
        {
            same += same == length && ReferenceEquals(current[^(length + 1)].Syntax, old[^(length + 1)].Statement.Syntax) ? 1 : 0;
            length++;
        }

        return (length, same);
    }

    /// <summary>
    /// Whether two statements of the same dialect have the same syntax: a statement's syntax is a
    /// function of its chunk's text, and a reused chunk keeps its syntax object, so comparing the
    /// references first and the texts second is exact. (Chunks with equal texts may hold different
    /// syntax objects: each was parsed on its own.)
    /// </summary>
    private static bool SameSyntax(ParsedStatement current, ParsedStatement old) =>
        ReferenceEquals(current.Syntax, old.Syntax) || string.Equals(current.Syntax.Text, old.Syntax.Text, StringComparison.Ordinal);

    /// <summary>A previous result for the same syntax, placed where the statement now is.</summary>
    private static ExecutedStatement Placed(ExecutedStatement executed, ParsedStatement statement) =>
        executed.Statement == statement ? executed : executed with { Statement = statement };
}
