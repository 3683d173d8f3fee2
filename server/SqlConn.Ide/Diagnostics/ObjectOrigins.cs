using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using SqlConn.Engine.Execution;
using SqlConn.Ide.Analysis;
using SqlConn.Ide.Symbols;
using SqlConn.Syntax;
using SyntaxDiagnostic = SqlConn.Syntax.Diagnostics.Diagnostic;

namespace SqlConn.Ide.Diagnostics;

/// <summary>
/// The statements of a workspace that created each object, so that a diagnostic on an object's name
/// (<c>connection "pg" already exists</c>, <c>pg is not an SSH connection</c>, a missing privilege on it)
/// can point to where the object was created, in whichever document. The index is built on the first question
/// (one pass over the statements, reading the id sequences each consumed: <see cref="CreatedObjects"/>),
/// so analyses whose diagnostics name no object never pay for it. Built from the index of the previous
/// analysis, it reads only the statements each document's analysis executed again
/// (<see cref="DocumentAnalysis.Reuse"/>; a document whose statements did not change keeps its part
/// whole), and it is that index itself when the same objects were created at the same places. The
/// places are kept too: a creation's name found for the previous analysis holds while its statement
/// has the same syntax and state objects, moved where the statement now is. Thread-safe.
/// </summary>
public sealed class ObjectOrigins
{
    private readonly WorkspaceAnalysis workspace;
    private readonly Lazy<Index> index;
    private readonly ConcurrentDictionary<(Origin, Symbol), Place> located = new();
    private readonly ConcurrentDictionary<(Origin, Symbol), Place>? earlier;

    private ObjectOrigins(WorkspaceAnalysis workspace, Index? previous, ConcurrentDictionary<(Origin, Symbol), Place>? earlier)
    {
        this.workspace = workspace;
        this.earlier = earlier;
        index = new Lazy<Index>(() => Build(previous));
    }

    /// <summary>
    /// The origins of <paramref name="workspace"/>'s objects; <paramref name="previous"/>, those of an
    /// earlier analysis of the same workspace, lends its index if it built one, and the places it found
    /// (it is not kept, nor the origins before it).
    /// </summary>
    public static ObjectOrigins Of(WorkspaceAnalysis workspace, ObjectOrigins? previous = null) =>
        new(workspace, previous is { index.IsValueCreated: true } ? previous.index.Value : null, previous?.located);

    /// <summary>
    /// When <paramref name="diagnostic"/> is on an object's name (it is about that object), the name
    /// that created the object in the latest statement before the diagnostic's own that did; none for
    /// objects that existed before the workspace, or that the diagnostic's statement creates itself.
    /// </summary>
    public ImmutableArray<RelatedLocation> For(DocumentAnalysis document, SyntaxDiagnostic diagnostic) =>
        document.StatementAt(diagnostic.Span.Start) is { } statement ? For(document, statement.Index, Named(document, statement, diagnostic.Span)) : [];

    /// <summary>
    /// What <see cref="For(DocumentAnalysis, SyntaxDiagnostic)"/> answers for a diagnostic in the statement at
    /// <paramref name="statementIndex"/> that names <paramref name="named"/> (<see cref="Named"/>; only their
    /// symbols and names are read, so the names of a statement whose syntax and states did not change hold again).
    /// </summary>
    public ImmutableArray<RelatedLocation> For(DocumentAnalysis document, int statementIndex, ImmutableArray<SymbolReference> named)
    {
        if (named.IsEmpty)
        {
            return [];
        }

        var here = new Origin(workspace.Documents.IndexOf(document, ReferenceEqualityComparer.Instance), statementIndex);
        return [.. named.SelectMany(r => CreatedBefore(r.Symbol, here)
            .Select(origin => located.GetOrAdd((origin, r.Symbol), static (key, arg) => arg.Origins.Find(key.Item1, arg.Reference), (Origins: this, Reference: r)).Location))];
    }

    /// <summary>The objects a diagnostic at <paramref name="span"/> (absolute) in <paramref name="statement"/> names, each once (not the ones the statement declares there).</summary>
    public static ImmutableArray<SymbolReference> Named(DocumentAnalysis document, ParsedStatement statement, TextSpan span) =>
        [.. DocumentReferences.InStatement(document, statement, span)
            .Where(r => !r.IsDeclaration)
            .DistinctBy(r => r.Symbol)];

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

    /// <summary>
    /// The name that created the object (many diagnostics name the same few objects: computed once each),
    /// or the previous analysis's, moved, when its statement kept its syntax and states.
    /// </summary>
    private Place Find(Origin origin, SymbolReference reference)
    {
        var document = workspace.Documents[origin.Document];
        var statement = document.Statements[origin.Statement];
        var before = document.StateBefore(origin.Statement);
        if (earlier?.GetValueOrDefault((origin, reference.Symbol)) is { Declared: true } place
            && ReferenceEquals(place.Syntax, statement.Statement.Syntax) && ReferenceEquals(place.Before, before) && ReferenceEquals(place.After, statement.After))
        {
            return place.MovedTo(document.Uri, statement.Statement.Offset);
        }

        var declaration = DocumentReferences.InStatement(document, statement.Statement)
            .FirstOrDefault(r => r.IsDeclaration && r.Symbol == reference.Symbol);
        var span = declaration?.Span ?? statement.Statement.Span;
        var location = new RelatedLocation(document.Uri, span, $"{reference.Symbol.Kind.Noun()} {declaration?.Name ?? reference.Name} is created here");
        return new Place(location, declaration is not null, statement.Statement.Syntax, statement.Statement.Offset, before, statement.After);
    }

    private Index Build(Index? previous)
    {
        var known = new Dictionary<ImmutableArray<ExecutedStatement>, DocumentCreations>();
        foreach (var document in previous?.Documents ?? [])
        {
            // Documents without statements may share one empty array: the same creations (none).
            known.TryAdd(document.Statements, document);
        }

        var documents = workspace.Documents.Select(d => DocumentCreations.Of(d, known)).ToImmutableArray();
        return previous is not null && previous.Documents.Length == documents.Length
               && previous.Documents.Zip(documents).All(p => p.First.SameObjects(p.Second))
            ? previous with { Documents = documents }
            : Index.Of(documents);
    }

    /// <summary>A statement's place in the workspace: document index, then statement index.</summary>
    private readonly record struct Origin(int Document, int Statement) : IComparable<Origin>
    {
        public int CompareTo(Origin other) => Document != other.Document ? Document.CompareTo(other.Document) : Statement.CompareTo(other.Statement);
    }

    /// <summary>
    /// Where a creation's name was found, and in which statement (its syntax, offset and states): the same
    /// statement elsewhere has it at the same place relative to it. <see cref="Declared"/> is false when the
    /// statement does not name the object (the message then used the name of the diagnostic that asked).
    /// </summary>
    private sealed record Place(RelatedLocation Location, bool Declared, StatementSyntax Syntax, int Offset, EngineState Before, EngineState After)
    {
        public Place MovedTo(string uri, int offset) =>
            uri == Location.Uri && offset == Offset ? this
            : this with { Location = Location with { Uri = uri, Span = new TextSpan(Location.Span.Start + offset - Offset, Location.Span.Length) }, Offset = offset };
    }

    /// <summary>A statement that created objects (its index in its document) and the objects.</summary>
    private sealed record Creation(int Statement, ImmutableArray<Symbol> Symbols)
    {
        public static Creation? Of(DocumentAnalysis document, int statement) =>
            CreatedObjects.Between(document.StateBefore(statement), document.Statements[statement].After).ToImmutableArray() is { IsEmpty: false } symbols
                ? new Creation(statement, symbols)
                : null;

        /// <summary>The same objects created at the same place: what the index is made of.</summary>
        public bool SameObjects(Creation other) =>
            ReferenceEquals(this, other) || (Statement == other.Statement && Symbols.SequenceEqual(other.Symbols));
    }

    /// <summary>The creations of one document in statement order, and the statements they were read from.</summary>
    private sealed record DocumentCreations(ImmutableArray<ExecutedStatement> Statements, ImmutableArray<Creation> Creations)
    {
        /// <summary>
        /// The creations of <paramref name="document"/>: those of an earlier analysis of it with the same
        /// statements, or with the statements it kept (<see cref="AnalysisReuse"/>) and the others read again.
        /// </summary>
        public static DocumentCreations Of(DocumentAnalysis document, Dictionary<ImmutableArray<ExecutedStatement>, DocumentCreations> known)
        {
            if (known.TryGetValue(document.Statements, out var same))
            {
                return same;
            }

            var count = document.Statements.Length;
            var kept = document.Reuse is { } reuse && known.TryGetValue(reuse.Previous, out var earlier) ? (Reuse: reuse, Earlier: earlier) : default;
            var (from, to) = kept.Reuse is null ? (0, count) : (kept.Reuse.Prefix, count - kept.Reuse.Suffix);
            var creations = ImmutableArray.CreateBuilder<Creation>();
            var next = 0;
            for (; kept.Reuse is not null && next < kept.Earlier.Creations.Length && kept.Earlier.Creations[next].Statement < from; next++)
            {
                creations.Add(kept.Earlier.Creations[next]);
            }

            for (var i = from; i < to; i++)
            {
                if (Creation.Of(document, i) is { } creation)
                {
                    creations.Add(creation);
                }
            }

            for (; kept.Reuse is not null && next < kept.Earlier.Creations.Length; next++)
            {
                var creation = kept.Earlier.Creations[next];
                if (kept.Reuse.CurrentIndex(creation.Statement, count) is var index and >= 0)
                {
                    creations.Add(index == creation.Statement ? creation : creation with { Statement = index });
                }
            }

            return new DocumentCreations(document.Statements, creations.DrainToImmutable());
        }

        public bool SameObjects(DocumentCreations other)
        {
            if (Creations.Length != other.Creations.Length)
            {
                return false;
            }

            for (var i = 0; i < Creations.Length; i++)
            {
                if (!Creations[i].SameObjects(other.Creations[i]))
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>The creations of each document in workspace order, and the creators of each object.</summary>
    private sealed record Index(ImmutableArray<DocumentCreations> Documents, ImmutableDictionary<Symbol, ImmutableArray<Origin>> BySymbol)
    {
        public static Index Of(ImmutableArray<DocumentCreations> documents) =>
            new(documents, documents
                .SelectMany((d, document) => d.Creations.SelectMany(c => c.Symbols.Select(symbol => (Symbol: symbol, Origin: new Origin(document, c.Statement)))))
                .GroupBy(p => p.Symbol)
                .ToImmutableDictionary(g => g.Key, g => g.Select(p => p.Origin).ToImmutableArray()));
    }
}
