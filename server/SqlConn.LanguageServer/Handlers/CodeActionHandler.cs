using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using QuickFixes = SqlConn.Ide.Features.CodeActions.QuickFixes;
using SqlConn.LanguageServer.Mapping;

namespace SqlConn.LanguageServer.Handlers;

/// <summary>
/// <c>textDocument/codeAction</c>: the quick fixes (<see cref="QuickFixes"/>) of the diagnostics the
/// client sent in the request's context, each attached to its diagnostic (same code and range), with
/// its edits as a workspace edit of the document; a fix of a diagnostic the client does not show (one
/// the lint policy turned off, or already gone) is not offered.
/// </summary>
internal sealed class CodeActionHandler(LanguageServerSession session)
{
    [JsonRpcMethod(Methods.CodeAction, UseSingleObjectParameterDeserialization = true)]
    public Task<CodeAction[]> CodeAction(CodeActionParams request, CancellationToken cancellationToken)
    {
        var context = request.Context;
        var uri = request.TextDocument.Uri;
        return session.Analyses.OnAnalyzedAsync(uri, document =>
        {
            if (context.Diagnostics.IsDefaultOrEmpty || context.Only is { } only && !only.Contains(CodeActionKind.QuickFix))
            {
                return [];
            }

            var text = document.Text;
            var spans = context.Diagnostics.Select(d => LspPositions.ToSpan(text, d.Range)).Append(LspPositions.ToSpan(text, request.Range)).ToList();
            var touched = TextSpan.FromBounds(spans.Min(s => s.Start), spans.Max(s => s.End));
            return QuickFixes.For(document, touched)
                .SelectMany(fix => context.Diagnostics
                    .Where(d => d.Code == fix.DiagnosticCode && d.Range == LspPositions.ToLsp(text, fix.DiagnosticSpan))
                    .Take(1)
                    .Select(diagnostic => new CodeAction(
                        fix.Title,
                        CodeActionKind.QuickFix,
                        [diagnostic],
                        fix.IsPreferred,
                        new WorkspaceEdit(ImmutableDictionary<string, ImmutableArray<TextEdit>>.Empty.Add(uri, LspEdits.ToLsp(text, fix.Changes))))))
                .ToArray();
        }, cancellationToken);
    }
}
