using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using SqlConn.Ide.Analysis;

namespace SqlConn.Ide.Workspace;

/// <summary>
/// What the workspace is made of, before analysis: the settings and lint policy, the workspace folders, the
/// <c>*.sql</c> files read from disk and the documents open in the editor (an open document
/// replaces the file of the same key). An immutable value: every change returns a new state, which
/// <see cref="WorkspaceAnalyzer"/> turns into a <see cref="WorkspaceAnalysis"/>.
/// </summary>
public sealed record WorkspaceState(
    WorkspaceSettings Configuration,
    ImmutableArray<string> Folders,
    ImmutableDictionary<string, WorkspaceDocument> DiskFiles,
    ImmutableDictionary<string, WorkspaceDocument> OpenDocuments)
{
    public static WorkspaceState Empty { get; } = new(
        WorkspaceSettings.Default, [], ImmutableDictionary<string, WorkspaceDocument>.Empty, ImmutableDictionary<string, WorkspaceDocument>.Empty);

    public AnalysisSettings Settings => Configuration.Analysis;

    /// <summary>The open document with this URI, in any spelling.</summary>
    public WorkspaceDocument? OpenDocument(string uri) => OpenDocuments.GetValueOrDefault(DocumentUri.Key(uri));

    /// <summary>The document with this URI, open or on disk.</summary>
    public WorkspaceDocument? Document(string uri) =>
        DocumentUri.Key(uri) is var key && OpenDocuments.TryGetValue(key, out var open) ? open : DiskFiles.GetValueOrDefault(key);

    /// <summary>Every document to analyse, open documents replacing files, in <see cref="DocumentOrder"/>.</summary>
    public ImmutableArray<WorkspaceDocument> Documents() =>
        DocumentOrder.Sort(DiskFiles.SetItems(OpenDocuments).Values, Configuration.Project);

    public WorkspaceState Open(string uri, int version, string text) =>
        this with { OpenDocuments = OpenDocuments.SetItem(DocumentUri.Key(uri), new WorkspaceDocument(uri, version, SourceText.From(text), IsOpen: true)) };

    /// <summary>Applies an editor's changes, in order, to an open document; a document that is not open is left alone.</summary>
    public WorkspaceState Change(string uri, int version, IEnumerable<DocumentChange> changes)
    {
        var key = DocumentUri.Key(uri);
        if (!OpenDocuments.TryGetValue(key, out var document))
        {
            return this;
        }

        var text = changes.Aggregate(document.Text, (current, change) => change.ApplyTo(current));
        return this with { OpenDocuments = OpenDocuments.SetItem(key, document with { Version = version, Text = text }) };
    }

    /// <summary>Closes a document: the file on disk, if any, takes its place again.</summary>
    public WorkspaceState Close(string uri) => this with { OpenDocuments = OpenDocuments.Remove(DocumentUri.Key(uri)) };

    /// <summary>Sets the text of a file on disk, or forgets the file when <paramref name="text"/> is null.</summary>
    public WorkspaceState WithDiskFile(string path, SourceText? text) =>
        this with { DiskFiles = text is null ? DiskFiles.Remove(DocumentUri.FromPath(path)) : DiskFiles.SetItems([DiskFile(path, text)]) };

    /// <summary>Replaces the workspace folders and the files read from them.</summary>
    public WorkspaceState WithFolders(ImmutableArray<string> folders, IEnumerable<(string Path, SourceText Text)> files) =>
        this with
        {
            Folders = folders,
            DiskFiles = ImmutableDictionary.CreateRange(files.Select(file => DiskFile(file.Path, file.Text))),
        };

    private static KeyValuePair<string, WorkspaceDocument> DiskFile(string path, SourceText text)
    {
        var uri = DocumentUri.FromPath(path);
        return new(uri, new WorkspaceDocument(uri, 0, text, IsOpen: false));
    }
}
