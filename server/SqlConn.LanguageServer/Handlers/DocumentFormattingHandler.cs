using SqlConn.Ide.Features.Formatting;
using SqlConn.LanguageServer.Mapping;

namespace SqlConn.LanguageServer.Handlers;

/// <summary><c>textDocument/formatting</c>: <see cref="DocumentFormatting"/>'s edits of the whole document, indented as the editor indents.</summary>
internal sealed class DocumentFormattingHandler(LanguageServerSession session)
{
    [JsonRpcMethod(Methods.Formatting, UseSingleObjectParameterDeserialization = true)]
    public Task<TextEdit[]> Format(DocumentFormattingParams request, CancellationToken cancellationToken) =>
        session.Analyses.OnDocumentNowAsync(request.TextDocument.Uri, document =>
            LspEdits.ToLsp(document.Text, DocumentFormatting.Format(document, LspFormatting.Options(request.Options))).ToArray(),
            cancellationToken);
}
