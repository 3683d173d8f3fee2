using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using SqlConn.Engine.Diagnostics;
using SqlConn.Ide.Analysis;
using SqlConn.Ide.Diagnostics;
using SqlConn.Syntax.Diagnostics;

namespace SqlConn.Ide.Features.CodeActions;

/// <summary>
/// Quick fixes for the diagnostics of a document that a range touches, keyed by diagnostic code: the
/// document's own diagnostics (<see cref="DocumentDiagnostics"/>), so the caller passes only the range.
/// </summary>
public static class QuickFixes
{
    private static readonly ImmutableDictionary<string, Func<FixContext, IEnumerable<CodeAction>>> Fixes =
        new Dictionary<string, Func<FixContext, IEnumerable<CodeAction>>>
        {
            [SyntaxDiagnostics.MissingComma.Code] = InsertMissingComma.Fix,
            [CatalogDiagnostics.UnknownItem.Code] = CreateMissingObject.Fix,
            [ConnectionDiagnostics.UnsupportedOption.Code] = RemoveUnsupportedOption.Fix,
            [ConnectionDiagnostics.InvalidOptionValue.Code] = c => MoveCredentialToSecret.Fix(c).Concat(ReplaceInvalidValue.Fix(c)),
            [ConnectionDiagnostics.MissingOption.Code] = AddMissingOption.Fix,
            [ConnectionDiagnostics.InvalidEnumValue.Code] = ReplaceInvalidValue.Fix,
            [PreviewDiagnostics.UncheckedValue.Code] = ReplaceInvalidValue.Fix,
        }.ToImmutableDictionary();

    /// <summary>The codes that have quick fixes (what the server announces).</summary>
    public static ImmutableArray<string> Codes { get; } = [.. Fixes.Keys.Order(StringComparer.Ordinal)];

    public static ImmutableArray<CodeAction> For(DocumentAnalysis document, TextSpan range) =>
        [.. DocumentDiagnostics.Compute(document)
            .Where(d => d.Span.IntersectsWith(range) && Fixes.ContainsKey(d.Code))
            .SelectMany(d => document.StatementAt(d.Span.Start) is { } statement ? Fixes[d.Code](new FixContext(document, statement, d)) : [])];
}
