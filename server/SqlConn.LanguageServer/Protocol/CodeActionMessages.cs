using System.Collections.Immutable;

namespace SqlConn.LanguageServer.Protocol;

public sealed record CodeActionParams(TextDocumentIdentifier TextDocument, Range Range, CodeActionContext Context);

/// <summary>The diagnostics the client shows in or around the range; <see cref="Only"/> the kinds it asks for.</summary>
public sealed record CodeActionContext(ImmutableArray<Diagnostic> Diagnostics, ImmutableArray<string>? Only = null);

/// <summary>A fix of <see cref="Diagnostics"/>, made by <see cref="Edit"/>.</summary>
public sealed record CodeAction(string Title, string Kind, ImmutableArray<Diagnostic> Diagnostics, bool IsPreferred, WorkspaceEdit Edit);

public sealed record CodeActionOptions(ImmutableArray<string> CodeActionKinds);

public static class CodeActionKind
{
    public const string QuickFix = "quickfix";
}
