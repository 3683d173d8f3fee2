using System.Collections.Immutable;
using SqlConn.Ide.Analysis;

namespace SqlConn.Ide.Symbols;

/// <summary>The resolved names of every document of a workspace: what cross-document navigation reads.</summary>
public sealed class WorkspaceReferences
{
    private WorkspaceReferences(ImmutableArray<DocumentReferences> documents) => Documents = documents;

    /// <summary>One entry per document, in workspace order.</summary>
    public ImmutableArray<DocumentReferences> Documents { get; }

    /// <summary>
    /// The resolved names of <paramref name="workspace"/>. With <paramref name="previous"/>, those of an
    /// earlier analysis of the workspace, a document whose analysis is the same object as then (an
    /// incremental analysis keeps the documents an edit did not reach) keeps its names.
    /// </summary>
    public static WorkspaceReferences Of(WorkspaceAnalysis workspace, WorkspaceReferences? previous = null)
    {
        var kept = new Dictionary<DocumentAnalysis, DocumentReferences>(ReferenceEqualityComparer.Instance);
        foreach (var document in previous?.Documents ?? [])
        {
            kept.TryAdd(document.Document, document);
        }

        return new([.. workspace.Documents.Select(d => kept.GetValueOrDefault(d) ?? DocumentReferences.Of(d))]);
    }

    public DocumentReferences? Document(string uri) => Documents.FirstOrDefault(d => d.Document.Uri == uri);

    /// <summary>The reference at a position of a document, or null.</summary>
    public SymbolReference? At(string uri, int position) => Document(uri)?.At(position);

    /// <summary>Every reference to <paramref name="symbol"/>, by document, in workspace and text order.</summary>
    public IEnumerable<(DocumentAnalysis Document, SymbolReference Reference)> Of(Symbol symbol) =>
        Documents.SelectMany(d => d.References.Where(r => r.Symbol == symbol).Select(r => (d.Document, r)));
}
