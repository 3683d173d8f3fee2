using SqlConn.Ide.Analysis;

namespace SqlConn.Ide.Symbols;

/// <summary>
/// The resolved names of an analysed workspace, built on first use and then shared by the requests
/// about that analysis (definition, references, rename), which would otherwise resolve every name of
/// the workspace each. Built from the index of an earlier analysis, it keeps the names of the
/// documents that analysis did not change. Thread-safe.
/// </summary>
public sealed class ReferenceIndex
{
    private readonly Lazy<WorkspaceReferences> references;

    private ReferenceIndex(WorkspaceAnalysis workspace, WorkspaceReferences? previous) =>
        references = new Lazy<WorkspaceReferences>(() => WorkspaceReferences.Of(workspace, previous));

    /// <summary>
    /// The index of <paramref name="workspace"/>; <paramref name="previous"/>, that of an earlier
    /// analysis of the same workspace, lends its names if it built them (and is not kept otherwise).
    /// </summary>
    public static ReferenceIndex Of(WorkspaceAnalysis workspace, ReferenceIndex? previous = null) =>
        new(workspace, previous is { references.IsValueCreated: true } ? previous.references.Value : null);

    public WorkspaceReferences References => references.Value;
}
