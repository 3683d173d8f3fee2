using System.Collections.Immutable;
using System.Text.Json;

namespace SqlConn.LanguageServer.Protocol;

public sealed record InitializeParams(
    int? ProcessId = null,
    string? RootUri = null,
    string? RootPath = null,
    JsonElement? InitializationOptions = null,
    ClientCapabilities? Capabilities = null,
    ImmutableArray<WorkspaceFolder>? WorkspaceFolders = null,
    string? Trace = null);

public sealed record InitializeResult(ServerCapabilities Capabilities, ServerInfo ServerInfo);

public sealed record ServerInfo(string Name, string? Version);

public sealed record SetTraceParams(string Value);

public sealed record LogTraceParams(string Message, string? Verbose = null);

public sealed record InitializedParams;
