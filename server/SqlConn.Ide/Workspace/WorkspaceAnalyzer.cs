using System.Collections.Immutable;
using SqlConn.Engine.Catalog;
using SqlConn.Engine.Execution;
using SqlConn.Ide.Analysis;

namespace SqlConn.Ide.Workspace;

/// <summary>
/// Analyses every document of a workspace in order, each from the state the documents before it
/// left, so objects created in one file resolve in the next. The first starts where the project's
/// baseline leaves the catalog, as the configured role in <see cref="PrivilegeMode.Warn"/>, as
/// <c>sqlconn lint</c> runs a project (<see cref="ProjectBaseline.Start"/>). Each document is analysed
/// incrementally from its previous analysis (<see cref="DocumentAnalyzer"/>); a document whose text
/// and starting state did not change keeps its previous analysis, so an edit re-analyses the edited
/// document and the documents after it only until their starting states converge again. The
/// starting state itself is kept while the settings and the baseline do not change: two catalogs created apart are
/// never equal (each has its own <see cref="NamesGeneration"/>).
/// </summary>
public static class WorkspaceAnalyzer
{
    public static WorkspaceAnalysis Analyze(WorkspaceState workspace, WorkspaceAnalysis? previous, CancellationToken cancellationToken, SyntaxReuseCache? reuse = null)
    {
        var settings = workspace.Settings;
        var reusable = previous is not null && previous.Settings.Dialect == settings.Dialect
            ? previous.Documents.ToDictionary(d => DocumentUri.Key(d.Uri))
            : [];
        var baseline = workspace.Configuration.Project.Baseline;
        var state = previous is not null && previous.Settings == settings && ReferenceEquals(previous.Baseline, baseline) && previous.Documents.FirstOrDefault() is { } first
            ? first.Before
            : baseline.Start(settings);
        var documents = ImmutableArray.CreateBuilder<DocumentAnalysis>();
        foreach (var document in workspace.Documents())
        {
            var analysis = DocumentAnalyzer.Analyze(document, state, settings.Dialect, reusable.GetValueOrDefault(DocumentUri.Key(document.Uri)), cancellationToken, reuse);
            documents.Add(analysis);
            state = analysis.After;
        }

        return new WorkspaceAnalysis(documents.ToImmutable(), settings) { Baseline = baseline };
    }
}
