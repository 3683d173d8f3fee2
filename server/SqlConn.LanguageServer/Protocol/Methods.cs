namespace SqlConn.LanguageServer.Protocol;

/// <summary>The names of the LSP methods the server handles or sends, and its own under <c>sqlconn/</c>.</summary>
public static class Methods
{
    public const string Initialize = "initialize";
    public const string Initialized = "initialized";
    public const string Shutdown = "shutdown";
    public const string Exit = "exit";
    public const string SetTrace = "$/setTrace";
    public const string LogTrace = "$/logTrace";
    public const string Progress = "$/progress";
    public const string CancelRequest = "$/cancelRequest";

    public const string DidOpen = "textDocument/didOpen";
    public const string DidChange = "textDocument/didChange";
    public const string DidClose = "textDocument/didClose";
    public const string PublishDiagnostics = "textDocument/publishDiagnostics";
    public const string DocumentDiagnostic = "textDocument/diagnostic";
    public const string CodeLens = "textDocument/codeLens";

    public const string DidChangeWatchedFiles = "workspace/didChangeWatchedFiles";
    public const string DidChangeWorkspaceFolders = "workspace/didChangeWorkspaceFolders";
    public const string DidChangeConfiguration = "workspace/didChangeConfiguration";
    public const string Configuration = "workspace/configuration";
    public const string WorkspaceDiagnostic = "workspace/diagnostic";
    public const string WorkspaceDiagnosticRefresh = "workspace/diagnostic/refresh";
    public const string CodeLensRefresh = "workspace/codeLens/refresh";

    public const string LogMessage = "window/logMessage";
    public const string WorkDoneProgressCreate = "window/workDoneProgress/create";
    public const string RegisterCapability = "client/registerCapability";

    public const string Preview = "sqlconn/preview";

    /// <summary>A test hook: the server's text of an open document (<see cref="DocumentTextResult"/>).</summary>
    public const string DocumentText = "sqlconn/documentText";

    /// <summary>The command of the Preview code lens, run by the client (the VS Code extension shows the preview).</summary>
    public const string PreviewCommand = "sqlconn.preview";

    public const string Completion = "textDocument/completion";
    public const string CompletionResolve = "completionItem/resolve";
    public const string Hover = "textDocument/hover";
    public const string SignatureHelp = "textDocument/signatureHelp";
    public const string InlayHint = "textDocument/inlayHint";
    public const string CodeAction = "textDocument/codeAction";
    public const string Formatting = "textDocument/formatting";
    public const string RangeFormatting = "textDocument/rangeFormatting";
    public const string SemanticTokensFull = "textDocument/semanticTokens/full";
    public const string SemanticTokensRange = "textDocument/semanticTokens/range";

    public const string Definition = "textDocument/definition";
    public const string References = "textDocument/references";
    public const string DocumentHighlight = "textDocument/documentHighlight";
    public const string PrepareRename = "textDocument/prepareRename";
    public const string Rename = "textDocument/rename";
    public const string DocumentSymbol = "textDocument/documentSymbol";
    public const string WorkspaceSymbol = "workspace/symbol";
    public const string FoldingRange = "textDocument/foldingRange";
    public const string SelectionRange = "textDocument/selectionRange";
}
