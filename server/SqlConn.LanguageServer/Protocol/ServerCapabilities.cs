namespace SqlConn.LanguageServer.Protocol;

public sealed record ServerCapabilities(
    string PositionEncoding,
    TextDocumentSyncOptions TextDocumentSync,
    DiagnosticOptions? DiagnosticProvider,
    CodeLensOptions CodeLensProvider,
    WorkspaceServerCapabilities Workspace,
    CompletionOptions CompletionProvider,
    bool HoverProvider,
    SignatureHelpOptions SignatureHelpProvider,
    bool InlayHintProvider,
    CodeActionOptions CodeActionProvider,
    bool DocumentFormattingProvider,
    bool DocumentRangeFormattingProvider,
    SemanticTokensOptions SemanticTokensProvider,
    bool DefinitionProvider,
    bool ReferencesProvider,
    bool DocumentHighlightProvider,
    RenameOptions RenameProvider,
    bool DocumentSymbolProvider,
    bool WorkspaceSymbolProvider,
    bool FoldingRangeProvider,
    bool SelectionRangeProvider);

/// <summary><see cref="Change"/>: 1 full, 2 incremental.</summary>
public sealed record TextDocumentSyncOptions(bool OpenClose, int Change);

public sealed record DiagnosticOptions(string Identifier, bool InterFileDependencies, bool WorkspaceDiagnostics);

public sealed record CodeLensOptions(bool ResolveProvider);

public sealed record WorkspaceServerCapabilities(WorkspaceFoldersServerCapabilities WorkspaceFolders);

public sealed record WorkspaceFoldersServerCapabilities(bool Supported, bool ChangeNotifications);

public sealed record RenameOptions(bool PrepareProvider);
