using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;

namespace SqlConn.Ide.Features.CodeActions;

/// <summary>
/// A quick fix for the diagnostic with <see cref="DiagnosticCode"/> at <see cref="DiagnosticSpan"/>:
/// the changes it makes to the document (non-overlapping, in text order). At most one fix of a
/// diagnostic <see cref="IsPreferred"/> (what an editor applies with "fix all").
/// </summary>
public sealed record CodeAction(string Title, string DiagnosticCode, TextSpan DiagnosticSpan, bool IsPreferred, ImmutableArray<TextChange> Changes);
