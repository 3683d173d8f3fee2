using SqlConn.Ide.Features.DocumentSymbols;
using SqlConn.LanguageServer.Mapping;
using Protocol = SqlConn.LanguageServer.Protocol;

namespace SqlConn.LanguageServer.Handlers;

/// <summary><c>workspace/symbol</c>: the objects the workspace's documents create whose name holds the query's characters in order.</summary>
internal sealed class WorkspaceSymbolHandler(LanguageServerSession session)
{
    [JsonRpcMethod(Methods.WorkspaceSymbol, UseSingleObjectParameterDeserialization = true)]
    public async Task<Protocol.WorkspaceSymbol[]> WorkspaceSymbol(WorkspaceSymbolParams request, CancellationToken cancellationToken)
    {
        var snapshot = await session.Analyses.WholeWorkspaceAsync(cancellationToken);
        return await Task.Run(
            () => WorkspaceSymbols.Search(snapshot.Analysis, request.Query).Select(s => new Protocol.WorkspaceSymbol(
                s.Name,
                LspSymbols.Kind(s.Kind, s.ObjectKind),
                LspPositions.ToLocation(snapshot, s.Uri, s.Span),
                s.Detail.Length == 0 ? null : s.Detail)).ToArray(),
            cancellationToken);
    }
}
