namespace SqlConn.LanguageServer.Protocol;

/// <summary>The parts of the client's capabilities the server acts on; the rest is ignored.</summary>
public sealed record ClientCapabilities(
    WorkspaceClientCapabilities? Workspace = null,
    TextDocumentClientCapabilities? TextDocument = null,
    WindowClientCapabilities? Window = null);

public sealed record WorkspaceClientCapabilities(
    DynamicRegistrationCapability? DidChangeWatchedFiles = null,
    bool? WorkspaceFolders = null,
    bool? Configuration = null,
    RefreshCapability? Diagnostics = null,
    RefreshCapability? CodeLens = null);

public sealed record TextDocumentClientCapabilities(
    PublishDiagnosticsClientCapabilities? PublishDiagnostics = null,
    DynamicRegistrationCapability? Diagnostic = null,
    CompletionClientCapabilities? Completion = null,
    SignatureHelpClientCapabilities? SignatureHelp = null,
    DefinitionClientCapabilities? Definition = null);

public sealed record PublishDiagnosticsClientCapabilities(bool? RelatedInformation = null, bool? VersionSupport = null);

public sealed record WindowClientCapabilities(bool? WorkDoneProgress = null);

public sealed record DynamicRegistrationCapability(bool? DynamicRegistration = null);

public sealed record RefreshCapability(bool? RefreshSupport = null);

public sealed record CompletionClientCapabilities(CompletionItemClientCapabilities? CompletionItem = null);

public sealed record CompletionItemClientCapabilities(bool? SnippetSupport = null);

public sealed record SignatureHelpClientCapabilities(SignatureInformationClientCapabilities? SignatureInformation = null);

public sealed record SignatureInformationClientCapabilities(ParameterInformationClientCapabilities? ParameterInformation = null);

public sealed record ParameterInformationClientCapabilities(bool? LabelOffsetSupport = null);

public sealed record DefinitionClientCapabilities(bool? LinkSupport = null);
