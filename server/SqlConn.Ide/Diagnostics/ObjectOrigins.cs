using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using SqlConn.Ide.Analysis;
using SqlConn.Ide.Symbols;
using SyntaxDiagnostic = SqlConn.Syntax.Diagnostics.Diagnostic;

namespace SqlConn.Ide.Diagnostics;

/// <summary>Where an object a diagnostic names was created: the editor shows it as related information.</summary>
public sealed record RelatedLocation(string Uri, TextSpan Span, string Message);

/// <summary>
/// The statements of a workspace that created each object, so that a diagnostic on an object's name
/// (<c>connection "pg" already exists</c>, <c>pg is not an SSH connection</c>, a missing privilege on it)
/// can point to where the object was created, in whichever document. The index is built on the first question
/// (one pass over the statements, reading the id sequences each consumed: <see cref="CreatedObjects"/>),
/// so analyses whose diagnostics name no object never pay for it. Thread-safe.
/// </summary>
public sealed class ObjectOrigins
{
    private readonly WorkspaceAnalysis workspace;
    private readonly Lazy<ImmutableDictionary<Symbol, ImmutableArray<Origin>>> index;
    private readonly ConcurrentDictionary<(Origin, Symbol), RelatedLocation> located = new();

    private ObjectOrigins(WorkspaceAnalysis workspace)
    {
        this.workspace = workspace;
        index = new Lazy<ImmutableDictionary<Symbol, ImmutableArray<Origin>>>(Build);
    }

    public static ObjectOrigins Of(WorkspaceAnalysis workspace) => new(workspace);

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
        if (index.Value.TryGetValue(symbol, out var origins))
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

    private ImmutableDictionary<Symbol, ImmutableArray<Origin>> Build()
    {
        var origins = new Dictionary<Symbol, ImmutableArray<Origin>.Builder>();
        for (var d = 0; d < workspace.Documents.Length; d++)
        {
            var document = workspace.Documents[d];
            for (var s = 0; s < document.Statements.Length; s++)
            {
                foreach (var symbol in CreatedObjects.Between(document.StateBefore(s), document.Statements[s].After))
                {
                    if (!origins.TryGetValue(symbol, out var list))
                    {
                        origins[symbol] = list = ImmutableArray.CreateBuilder<Origin>();
                    }

                    list.Add(new Origin(d, s));
                }
            }
        }

        return origins.ToImmutableDictionary(p => p.Key, p => p.Value.ToImmutable());
    }

    /// <summary>A statement's place in the workspace: document index, then statement index.</summary>
    private readonly record struct Origin(int Document, int Statement) : IComparable<Origin>
    {
        public int CompareTo(Origin other) => Document != other.Document ? Document.CompareTo(other.Document) : Statement.CompareTo(other.Statement);
    }
}
