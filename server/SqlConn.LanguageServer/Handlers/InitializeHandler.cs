using SqlConn.Ide.Workspace;
using SqlConn.LanguageServer.Mapping;

namespace SqlConn.LanguageServer.Handlers;

/// <summary><c>initialize</c>: remembers the client's capabilities, settings and folders; answers the server's capabilities.</summary>
internal sealed class InitializeHandler(LanguageServerSession session)
{
    [JsonRpcMethod(Methods.Initialize, UseSingleObjectParameterDeserialization = true)]
    public InitializeResult Initialize(InitializeParams request)
    {
        session.Client.Capabilities = request.Capabilities ?? session.Client.Capabilities;
        session.Client.SetTrace(request.Trace ?? "off");
        ConfigurationReader.Apply(session, request.InitializationOptions);
        var folders = request.WorkspaceFolders is { IsDefault: false } workspaceFolders ? workspaceFolders.Select(f => f.Uri)
            : request.RootUri is { } rootUri ? [rootUri]
            : request.RootPath is { } rootPath ? [DocumentUri.FromPath(rootPath)]
            : [];
        session.Workspace.SetFolders(WorkspaceLoader.Paths(folders), []);
        return new InitializeResult(
            new ServerCapabilities(
                PositionEncoding: "utf-16",
                TextDocumentSync: new TextDocumentSyncOptions(OpenClose: true, Change: 2),
                DiagnosticProvider: new DiagnosticOptions(LspDiagnostics.Source, InterFileDependencies: true, WorkspaceDiagnostics: true),
                CodeLensProvider: new CodeLensOptions(ResolveProvider: false),
                Workspace: new WorkspaceServerCapabilities(new WorkspaceFoldersServerCapabilities(Supported: true, ChangeNotifications: true)),
                CompletionProvider: new CompletionOptions(CompletionHandler.TriggerCharacters, ResolveProvider: true),
                HoverProvider: true,
                SignatureHelpProvider: new SignatureHelpOptions(SignatureHelpHandler.TriggerCharacters, SignatureHelpHandler.RetriggerCharacters),
                InlayHintProvider: true,
                CodeActionProvider: new CodeActionOptions([CodeActionKind.QuickFix]),
                DocumentFormattingProvider: true,
                DocumentRangeFormattingProvider: true,
                SemanticTokensProvider: new SemanticTokensOptions(LspSemanticTokens.Legend, Full: true, Range: true),
                DefinitionProvider: true,
                ReferencesProvider: true,
                DocumentHighlightProvider: true,
                RenameProvider: new RenameOptions(PrepareProvider: true),
                DocumentSymbolProvider: true,
                WorkspaceSymbolProvider: true,
                FoldingRangeProvider: true,
                SelectionRangeProvider: true),
            new ServerInfo("sqlconn", typeof(InitializeHandler).Assembly.GetName().Version?.ToString()));
    }
}
