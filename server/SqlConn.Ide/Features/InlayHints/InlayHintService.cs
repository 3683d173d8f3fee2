using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using SqlConn.Ide.Analysis;

namespace SqlConn.Ide.Features.InlayHints;

/// <summary>Every inlay hint of a range: effective defaults (<see cref="DefaultHints"/>) and privileges (<see cref="PrivilegeHints"/>), in text order.</summary>
public static class InlayHintService
{
    public static ImmutableArray<InlayHint> Compute(DocumentAnalysis document, TextSpan range) =>
        [.. DefaultHints.Compute(document, range).Concat(PrivilegeHints.Compute(document, range)).OrderBy(h => h.Position)];
}
