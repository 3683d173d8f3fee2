using System.Collections.Immutable;
using SqlConn.Ide.Analysis;

namespace SqlConn.Ide.Symbols;

/// <summary>The resolved names of every document of a workspace: what cross-document navigation reads.</summary>
public sealed class WorkspaceReferences
{
    private WorkspaceReferences(ImmutableArray<DocumentReferences> documents) => Documents = documents;

    /// <summary>One entry per document, in workspace order.</summary>
    public ImmutableArray<DocumentReferences> Documents { get; }

    public static WorkspaceReferences Of(WorkspaceAnalysis workspace) => new([.. workspace.Documents.Select(DocumentReferences.Of)]);

    public DocumentReferences? Document(string uri) => Documents.FirstOrDefault(d => d.Document.Uri == uri);

    /// <summary>The reference at a position of a document, or null.</summary>
    public SymbolReference? At(string uri, int position) => Document(uri)?.At(position);

    /// <summary>Every reference to <paramref name="symbol"/>, by document, in workspace and text order.</summary>
    public IEnumerable<(DocumentAnalysis Document, SymbolReference Reference)> Of(Symbol symbol) =>
        Documents.SelectMany(d => d.References.Where(r => r.Symbol == symbol).Select(r => (d.Document, r)));
}
