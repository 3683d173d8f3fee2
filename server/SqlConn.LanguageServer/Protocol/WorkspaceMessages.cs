using System.Collections.Immutable;
using System.Text.Json;

namespace SqlConn.LanguageServer.Protocol;

public sealed record WorkspaceFolder(string Uri, string Name);

public sealed record DidChangeWorkspaceFoldersParams(WorkspaceFoldersChangeEvent Event);

public sealed record WorkspaceFoldersChangeEvent(ImmutableArray<WorkspaceFolder> Added, ImmutableArray<WorkspaceFolder> Removed);

public sealed record DidChangeWatchedFilesParams(ImmutableArray<FileEvent> Changes);

/// <summary><see cref="Type"/>: see <see cref="FileChangeType"/>.</summary>
public sealed record FileEvent(string Uri, int Type);

public static class FileChangeType
{
    public const int Created = 1;
    public const int Changed = 2;
    public const int Deleted = 3;
}

public sealed record DidChangeConfigurationParams(JsonElement? Settings = null);

public sealed record ConfigurationParams(ImmutableArray<ConfigurationItem> Items);

public sealed record ConfigurationItem(string? ScopeUri, string Section);

public sealed record RegistrationParams(ImmutableArray<Registration> Registrations);

public sealed record Registration(string Id, string Method, object? RegisterOptions);

public sealed record DidChangeWatchedFilesRegistrationOptions(ImmutableArray<FileSystemWatcher> Watchers);

public sealed record FileSystemWatcher(string GlobPattern);
