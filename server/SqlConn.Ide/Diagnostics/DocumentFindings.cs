using System.Collections.Immutable;
using SqlConn.Engine.Execution;
using SqlConn.Ide.Analysis;
using SqlConn.Ide.Symbols;
using SqlConn.Ide.Workspace;
using SqlConn.Syntax;
using SqlConn.Syntax.Diagnostics;
using SqlConn.Syntax.Tree;

namespace SqlConn.Ide.Diagnostics;

/// <summary>
/// The diagnostics of an analysed document (<see cref="DocumentDiagnostics"/>), kept per statement so
/// that the next analysis of the document reuses them. A statement the analysis kept
/// (<see cref="DocumentAnalysis.Reuse"/>: same syntax object, same result) keeps its findings, moved
/// where it now is; only the statements executed again are read. The stale-secret warnings, which
/// look at the whole script, are kept while the final state is the same and no ALTER SECRET ran
/// again. Immutable; most statements have no finding and take no room.
/// </summary>
public sealed class DocumentFindings
{
    private readonly ImmutableArray<ExecutedStatement> analysed;
    private readonly ImmutableArray<StatementFindings> statements;
    private readonly StaleWarnings stale;

    private DocumentFindings(
        ImmutableArray<ExecutedStatement> analysed, ImmutableArray<StatementFindings> statements, StaleWarnings stale, ImmutableArray<Finding> ordered)
    {
        this.analysed = analysed;
        this.statements = statements;
        this.stale = stale;
        Ordered = ordered;
    }

    /// <summary>The diagnostics with absolute spans, in text order (then by code); see <see cref="DocumentDiagnostics"/>.</summary>
    public ImmutableArray<Diagnostic> Diagnostics => [.. Ordered.Select(f => f.Diagnostic)];

    /// <summary><see cref="Diagnostics"/> with where each comes from.</summary>
    internal ImmutableArray<Finding> Ordered { get; }

    /// <summary>
    /// The findings of <paramref name="analysis"/>; <paramref name="previous"/>, those of an earlier
    /// analysis of the same document, lends the findings of the statements the analysis kept from it.
    /// </summary>
    public static DocumentFindings Of(DocumentAnalysis analysis, DocumentFindings? previous = null)
    {
        var kept = previous is null ? null
            : analysis.Statements == previous.analysed ? new AnalysisReuse(analysis.Statements, analysis.Statements.Length, 0)
            : analysis.Reuse is { } reuse && reuse.Previous == previous.analysed ? reuse
            : null;
        var statements = kept is null || previous is null ? Found(analysis) : Reused(analysis, kept, previous.statements);
        var stale = kept is not null && previous is not null && KeepsStaleWarnings(analysis, kept, previous.stale)
            ? previous.stale with { Final = analysis.After, Warnings = [.. previous.stale.Warnings.Select(w => w with { Statement = kept.CurrentIndex(w.Statement, analysis.Statements.Length) })] }
            : StaleWarnings.Of(analysis);
        return new DocumentFindings(analysis.Statements, statements, stale, Order(analysis, statements, stale));
    }

    /// <summary>The findings of the kept statements, moved, and those of the statements between them, found again.</summary>
    private static ImmutableArray<StatementFindings> Reused(DocumentAnalysis analysis, AnalysisReuse kept, ImmutableArray<StatementFindings> previous)
    {
        var count = analysis.Statements.Length;
        var (changedFrom, changedTo) = (kept.Prefix, count - kept.Suffix);
        var result = ImmutableArray.CreateBuilder<StatementFindings>(previous.Length);
        var next = 0;
        for (; next < previous.Length && previous[next].Index < kept.Prefix; next++)
        {
            result.Add(previous[next].MovedTo(analysis.Script.Statements[previous[next].Index]));
        }

        Find(analysis, changedFrom, changedTo, result);
        for (; next < previous.Length; next++)
        {
            if (kept.CurrentIndex(previous[next].Index, count) is var index and >= 0)
            {
                result.Add(previous[next].MovedTo(analysis.Script.Statements[index]));
            }
        }

        return result.DrainToImmutable();
    }

    private static ImmutableArray<StatementFindings> Found(DocumentAnalysis analysis)
    {
        var found = ImmutableArray.CreateBuilder<StatementFindings>();
        Find(analysis, 0, analysis.Statements.Length, found);
        return found.DrainToImmutable();
    }

    /// <summary>Adds the findings of the statements from <paramref name="from"/> to <paramref name="to"/> (excluded) to <paramref name="found"/>.</summary>
    private static void Find(DocumentAnalysis analysis, int from, int to, ImmutableArray<StatementFindings>.Builder found)
    {
        for (var i = from; i < to; i++)
        {
            if (StatementFindings.Of(analysis, i) is { } findings)
            {
                found.Add(findings);
            }
        }
    }

    /// <summary>
    /// Whether the stale-secret warnings of the previous analysis hold: the final state is the same, and
    /// no ALTER SECRET left or entered the statements executed again (the others ran in the same states).
    /// </summary>
    private static bool KeepsStaleWarnings(DocumentAnalysis analysis, AnalysisReuse kept, StaleWarnings previous) =>
        StructuralEquality.Equals(analysis.After, previous.Final)
        && !AltersSecret(kept.Previous, kept.Prefix, kept.Previous.Length - kept.Suffix)
        && !AltersSecret(analysis.Statements, kept.Prefix, analysis.Statements.Length - kept.Suffix);

    private static bool AltersSecret(ImmutableArray<ExecutedStatement> statements, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (statements[i].Statement.Node is AlterSecretStatement)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Every finding in the order <see cref="DocumentDiagnostics"/> defines: by start, then code; on a tie
    /// the syntax diagnostics (by end, then in script order), then the simulator's (in script order), then
    /// the stale-secret warnings.
    /// </summary>
    private static ImmutableArray<Finding> Order(DocumentAnalysis analysis, ImmutableArray<StatementFindings> statements, StaleWarnings stale)
    {
        var all = new List<Finding>(statements.Length + analysis.Script.ScriptDiagnostics.Length + stale.Warnings.Length);
        all.AddRange(analysis.Script.ScriptDiagnostics.Select((d, i) => new Finding(d, FindingKind.Syntax, -1, i, Named: null)));
        foreach (var statement in statements)
        {
            all.AddRange(statement.Findings);
        }

        all.AddRange(stale.Warnings.Select((w, i) =>
            new Finding(w.Relative.Shift(analysis.Script.Statements[w.Statement].Offset), FindingKind.StaleSecret, -1, i, Named: null)));
        for (var i = 1; i < all.Count; i++)
        {
            if (Finding.Order.Compare(all[i - 1], all[i]) > 0)
            {
                all.Sort(Finding.Order);
                break;
            }
        }

        return [.. all];
    }

    /// <summary>The findings of one statement (syntax then simulator's), with absolute spans where the statement is.</summary>
    private sealed record StatementFindings(int Index, int Offset, ImmutableArray<Finding> Findings)
    {
        /// <summary>The findings of the statement at <paramref name="index"/>, or null when it has none.</summary>
        public static StatementFindings? Of(DocumentAnalysis analysis, int index)
        {
            var executed = analysis.Statements[index];
            var statement = executed.Statement;
            var findings = ImmutableArray.CreateBuilder<Finding>(0);
            if (!statement.Syntax.Diagnostics.IsEmpty)
            {
                findings.AddRange(statement.Diagnostics.Select((d, i) => Finding.Of(analysis, statement, d, FindingKind.Syntax, i)));
            }

            if (!statement.HasErrors)
            {
                findings.AddRange(executed.Result.DiagnosticsAtLeast(DiagnosticSeverity.Warning)
                    .Select((d, i) => Finding.Of(analysis, statement, d.Shift(statement.Offset), FindingKind.Simulator, i)));
            }

            return findings.Count == 0 ? null : new StatementFindings(index, statement.Offset, findings.DrainToImmutable());
        }

        /// <summary>The same findings for the same statement (same syntax, same result) now as <paramref name="statement"/>.</summary>
        public StatementFindings MovedTo(ParsedStatement statement) =>
            (statement.Index, statement.Offset) == (Index, Offset) ? this
            : new StatementFindings(statement.Index, statement.Offset, [.. Findings.Select(f => f.MovedTo(statement.Index, statement.Offset - Offset))]);
    }

    /// <summary>The stale-secret warnings of a script (each with its statement, span relative to it) and the final state they were computed for.</summary>
    private sealed record StaleWarnings(EngineState Final, ImmutableArray<(int Statement, Diagnostic Relative)> Warnings)
    {
        public static StaleWarnings Of(DocumentAnalysis analysis) =>
            new(analysis.After, [.. StaleSecrets.AtEnd(new ScriptRun(analysis.StateBefore(0), analysis.Statements, analysis.After))
                .Select(w => (w.StatementIndex, w.Warning.ToDiagnostic()))]);
    }
}

/// <summary>Where a diagnostic of a document comes from, which orders diagnostics that tie.</summary>
internal enum FindingKind
{
    Syntax,
    Simulator,
    StaleSecret,
}

/// <summary>
/// A diagnostic of a document (absolute span), its kind, its statement (-1 for none) and its place among
/// that statement's diagnostics of its kind. <see cref="Named"/> is what its related information is
/// about (<see cref="ObjectOrigins.Named"/>), resolved when first asked (in the analysis that found it:
/// the statement's syntax and states are the same wherever it moves) and kept as long as its statement;
/// it gives null when the statement holding the diagnostic's start is not its own (which does not change
/// when both move), and is null for diagnostics of no statement: those are looked up again each time.
/// </summary>
internal sealed record Finding(Diagnostic Diagnostic, FindingKind Kind, int Statement, int Sequence, Lazy<ImmutableArray<SymbolReference>?>? Named)
{
    public static IComparer<Finding> Order { get; } = Comparer<Finding>.Create(Compare);

    public static Finding Of(DocumentAnalysis analysis, ParsedStatement statement, Diagnostic diagnostic, FindingKind kind, int sequence) =>
        new(diagnostic, kind, statement.Index, sequence, new Lazy<ImmutableArray<SymbolReference>?>(() =>
            analysis.StatementAt(diagnostic.Span.Start)?.Index == statement.Index ? ObjectOrigins.Named(analysis, statement, diagnostic.Span) : null));

    public Finding MovedTo(int statement, int delta) => this with { Diagnostic = Diagnostic.Shift(delta), Statement = statement };

    private static int Compare(Finding? a, Finding? b)
    {
        if (a is null || b is null)
        {
            return a is null ? (b is null ? 0 : -1) : 1;
        }

        var order = a.Diagnostic.Span.Start.CompareTo(b.Diagnostic.Span.Start);
        order = order != 0 ? order : string.CompareOrdinal(a.Diagnostic.Code, b.Diagnostic.Code);
        order = order != 0 ? order : a.Kind.CompareTo(b.Kind);
        order = order != 0 || a.Kind != FindingKind.Syntax ? order : a.Diagnostic.Span.End.CompareTo(b.Diagnostic.Span.End);
        order = order != 0 ? order : a.Statement.CompareTo(b.Statement);
        return order != 0 ? order : a.Sequence.CompareTo(b.Sequence);
    }
}
