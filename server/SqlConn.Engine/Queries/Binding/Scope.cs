using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;

namespace SqlConn.Engine.Queries.Binding;

/// <summary>A resolved column reference: <see cref="Depth"/> query levels out, at <see cref="Index"/>.</summary>
internal sealed record ResolvedColumn(int Depth, int Index, ScopeColumn Column);

/// <summary>
/// The names one query level can use (the columns and tables of its FROM clause) and, through
/// <see cref="Outer"/>, those of the enclosing queries. Resolution follows PostgreSQL: the innermost
/// level that has the name wins; two candidates on one level are ambiguous.
/// </summary>
internal sealed class Scope(ImmutableArray<ScopeColumn> columns, ImmutableArray<ScopeTable> tables, Scope? outer)
{
    public ImmutableArray<ScopeColumn> Columns { get; } = columns;

    public ImmutableArray<ScopeTable> Tables { get; } = tables;

    public Scope? Outer { get; } = outer;

    public static Scope Empty(Scope? outer) => new([], [], outer);

    public ResolvedColumn Resolve(IReadOnlyList<string> qualifier, string name, TextSpan span)
    {
        var depth = 0;
        for (var scope = this; scope is not null; scope = scope.Outer, depth++)
        {
            if (scope.Find(qualifier, name, span) is { } index)
            {
                return new ResolvedColumn(depth, index, scope.Columns[index]);
            }
        }

        throw NotFound(qualifier, name, span);
    }

    /// <summary>The tables of this level a qualifier names (several only for same-named relations of different schemas).</summary>
    public ImmutableArray<ScopeTable> TablesNamed(IReadOnlyList<string> qualifier) => [.. Tables.Where(t => t.Matches(qualifier))];

    /// <summary>The error for a qualifier that names no table: a hidden relation name, or a missing table.</summary>
    public StatementFailedException MissingTable(IReadOnlyList<string> qualifier, Func<StatementFailedException> otherwise, TextSpan span)
    {
        for (var scope = this; scope is not null; scope = scope.Outer)
        {
            if (qualifier.Count == 1 && scope.Tables.FirstOrDefault(t => t.Aliased && t.RelationName == qualifier[0]) is { } aliased)
            {
                return QueryErrors.InvalidTableReferenceError(qualifier[0], aliased.Name, span);
            }
        }

        return otherwise();
    }

    private int? Find(IReadOnlyList<string> qualifier, string name, TextSpan span)
    {
        if (qualifier.Count == 0)
        {
            return Single(ColumnMatch.Of(Columns, name), name, span);
        }

        var tables = TablesNamed(qualifier);
        if (tables.Length > 1)
        {
            throw QueryErrors.AmbiguousTable(qualifier[^1], span);
        }

        if (tables.IsEmpty)
        {
            return null;
        }

        return Single(ColumnMatch.Of(Columns, name, tables[0]), name, span)
            ?? throw QueryErrors.UnknownColumnError($"{string.Join('.', qualifier)}.{name}", span);
    }

    private static int? Single(ColumnMatch match, string name, TextSpan span) => match switch
    {
        { Ambiguous: true } => throw QueryErrors.AmbiguousColumn(name, span),
        { First: < 0 } => null,
        _ => match.First,
    };

    private StatementFailedException NotFound(IReadOnlyList<string> qualifier, string name, TextSpan span)
    {
        if (qualifier.Count > 0)
        {
            var display = $"{string.Join('.', qualifier)}.{name}";
            return MissingTable(qualifier, () => QueryErrors.UnknownColumnError(display, span), span);
        }

        var similar = AllColumns().FirstOrDefault(c => !c.Hidden && string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase));
        var hint = similar is null
            ? null
            : $"The similarly named column \"{similar.Display}\" does exist. Make sure to surround case sensitive names in double quotes.";
        return QueryErrors.UnknownColumnError(name, span, hint);
    }

    private IEnumerable<ScopeColumn> AllColumns()
    {
        for (var scope = this; scope is not null; scope = scope.Outer)
        {
            foreach (var column in scope.Columns)
            {
                yield return column;
            }
        }
    }
}
