using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;

namespace SqlConn.Ide.Features.Rename;

/// <summary>The text changes of one document, non-overlapping, in text order.</summary>
public sealed record DocumentEdit(string Uri, ImmutableArray<TextChange> Changes);
