using System.Collections.Concurrent;
using System.Collections.Immutable;
using SqlConn.Engine.Execution;
using SqlConn.Ide.Analysis;
using SqlConn.Ide.Symbols;
using SyntaxDiagnostic = SqlConn.Syntax.Diagnostics.Diagnostic;

namespace SqlConn.Ide.Diagnostics;

/// <summary>
/// The statements of a workspace that created each object, so that a diagnostic on an object's name
/// (<c>connection "pg" already exists</c>, <c>pg is not an SSH connection</c>, a missing privilege on it)
/// can point to where the object was created, in whichever document. The index is built on the first question
/// (one pass over the statements, reading the id sequences each consumed: <see cref="CreatedObjects"/>),
/// so analyses whose diagnostics name no object never pay for it. Built from the index of the previous
/// analysis, it reads again only the statements whose states changed (an unchanged statement keeps
/// its state objects across incremental analyses), and it is that index itself when the same objects
/// were created at the same places. Thread-safe.
/// </summary>
public sealed class ObjectOrigins
{
    private readonly WorkspaceAnalysis workspace;
    private readonly Lazy<Index> index;
    private readonly ConcurrentDictionary<(Origin, Symbol), RelatedLocation> located = new();

    private ObjectOrigins(WorkspaceAnalysis workspace, Index? previous)
    {
        this.workspace = workspace;
        index = new Lazy<Index>(() => Build(previous));
    }

    /// <summary>
    /// The origins of <paramref name="workspace"/>'s objects; <paramref name="previous"/>, those of an
    /// earlier analysis of the same workspace, lends its index if it built one (and is not kept).
    /// </summary>
    public static ObjectOrigins Of(WorkspaceAnalysis workspace, ObjectOrigins? previous = null) =>
        new(workspace, previous is { index.IsValueCreated: true } ? previous.index.Value : null);

    /// <summary>
    /// When <paramref name="diagnostic"/> is on an object's name (it is about that object), the name
    /// that created the object in the latest statement before the diagnostic's own that did; none for
    /// objects that existed before the workspace, or that the diagnostic's statement creates itself.
    /// </summary>
    public ImmutableArray<RelatedLocation> For(DocumentAnalysis document, SyntaxDiagnostic diagnostic)
    {
        if (document.StatementAt(diagnostic.Span.Start) is not { } statement)
        {
            return [];
        }

        var here = new Origin(workspace.Documents.IndexOf(document, ReferenceEqualityComparer.Instance), statement.Index);
        var named = DocumentReferences.InStatement(document, statement, diagnostic.Span)
            .Where(r => !r.IsDeclaration)
            .DistinctBy(r => r.Symbol);
        return [.. named.SelectMany(r => CreatedBefore(r.Symbol, here)
            .Select(origin => located.GetOrAdd((origin, r.Symbol), _ => Located(origin, r))))];
    }

    private IEnumerable<Origin> CreatedBefore(Symbol symbol, Origin here)
    {
        if (index.Value.BySymbol.TryGetValue(symbol, out var origins))
        {
            for (var i = origins.Length - 1; i >= 0; i--)
            {
                if (origins[i].CompareTo(here) < 0)
                {
                    yield return origins[i];
                    yield break;
                }
            }
        }
    }

    /// <summary>The name that created the object (many diagnostics name the same few objects: computed once each).</summary>
    private RelatedLocation Located(Origin origin, SymbolReference reference)
    {
        var document = workspace.Documents[origin.Document];
        var declaration = DocumentReferences.InStatement(document, document.Script.Statements[origin.Statement])
            .FirstOrDefault(r => r.IsDeclaration && r.Symbol == reference.Symbol);
        var span = declaration?.Span ?? document.Script.Statements[origin.Statement].Span;
        return new RelatedLocation(document.Uri, span, $"{reference.Symbol.Kind.Noun()} {declaration?.Name ?? reference.Name} is created here");
    }

    private Index Build(Index? previous)
    {
        var known = new Dictionary<EngineState, Creation>(ReferenceEqualityComparer.Instance);
        foreach (var creation in previous?.Creations ?? [])
        {
            known.TryAdd(creation.After, creation);
        }

        var creations = ImmutableArray.CreateBuilder<Creation>();
        for (var d = 0; d < workspace.Documents.Length; d++)
        {
            var document = workspace.Documents[d];
            for (var s = 0; s < document.Statements.Length; s++)
            {
                var (before, after) = (document.StateBefore(s), document.Statements[s].After);
                var symbols = known.TryGetValue(after, out var seen) && ReferenceEquals(seen.Before, before)
                    ? seen.Symbols
                    : [.. CreatedObjects.Between(before, after)];
                if (!symbols.IsEmpty)
                {
                    creations.Add(new Creation(new Origin(d, s), before, after, symbols));
                }
            }
        }

        return previous is not null && previous.Creations.SequenceEqual(creations, Creation.SameObjects)
            ? previous
            : Index.Of(creations.ToImmutable());
    }

    /// <summary>A statement's place in the workspace: document index, then statement index.</summary>
    private readonly record struct Origin(int Document, int Statement) : IComparable<Origin>
    {
        public int CompareTo(Origin other) => Document != other.Document ? Document.CompareTo(other.Document) : Statement.CompareTo(other.Statement);
    }

    /// <summary>A statement that created objects: where it is, the states it ran between, and the objects.</summary>
    private sealed record Creation(Origin Origin, EngineState Before, EngineState After, ImmutableArray<Symbol> Symbols)
    {
        /// <summary>The same objects created at the same place: what the index is made of.</summary>
        public static IEqualityComparer<Creation> SameObjects { get; } = EqualityComparer<Creation>.Create(
            (a, b) => a is not null && b is not null && a.Origin == b.Origin && a.Symbols.SequenceEqual(b.Symbols),
            c => c.Origin.GetHashCode());
    }

    /// <summary>The statements that created something in workspace order, and the creators of each object.</summary>
    private sealed record Index(ImmutableArray<Creation> Creations, ImmutableDictionary<Symbol, ImmutableArray<Origin>> BySymbol)
    {
        public static Index Of(ImmutableArray<Creation> creations) =>
            new(creations, creations
                .SelectMany(c => c.Symbols.Select(symbol => (Symbol: symbol, c.Origin)))
                .GroupBy(p => p.Symbol)
                .ToImmutableDictionary(g => g.Key, g => g.Select(p => p.Origin).ToImmutableArray()));
    }
}
