using SqlConn.Ide.Symbols;
using SqlConn.Ide.Workspace;

namespace SqlConn.Ide.Tests.Navigation;

/// <summary><see cref="ReferenceIndex"/>: built once per analysis, and from the previous one for the documents an edit did not reach.</summary>
public sealed class ReferenceIndexTests
{
    private const string Secrets = "file:///w/a.sql";
    private const string Connections = "file:///w/b.sql";

    [Fact]
    public void An_edit_resolves_again_only_the_names_of_the_documents_it_changed()
    {
        var state = WorkspaceState.Empty
            .Open(Secrets, 1, "CREATE SECRET pg_password AS 'x';\n")
            .Open(Connections, 1, "CREATE CONNECTION pg TO POSTGRES (HOST 'db', DATABASE 'd', USER 'u', PASSWORD SECRET pg_password);\n");
        var first = WorkspaceAnalyzer.Analyze(state, null, CancellationToken.None);
        var before = ReferenceIndex.Of(first);
        var built = before.References;

        var edited = state.Change(Connections, 2, [new DocumentChange(null, "CREATE CONNECTION pg2 TO POSTGRES (HOST 'db', DATABASE 'd', USER 'u', PASSWORD SECRET pg_password);\n")]);
        var second = WorkspaceAnalyzer.Analyze(edited, first, CancellationToken.None);
        var after = ReferenceIndex.Of(second, before).References;

        Assert.Same(built.Document(Secrets), after.Document(Secrets));
        Assert.NotSame(built.Document(Connections), after.Document(Connections));
        Assert.Equal(
            WorkspaceReferences.Of(second).Documents.SelectMany(d => d.References),
            after.Documents.SelectMany(d => d.References));
        Assert.Equal(2, after.Document(Connections)!.References.Length);
    }
}
