using System.Collections.Immutable;
using SqlConn.Ide.Features.SignatureHelp;
using SqlConn.LanguageServer.Mapping;

namespace SqlConn.LanguageServer.Handlers;

/// <summary>
/// <c>textDocument/signatureHelp</c>: inside a connection option list, the options of the connection's
/// type as the parameters (<see cref="OptionSignatureHelp"/>), the one at the cursor active; null elsewhere.
/// A parameter's label is its place in the signature's label when the client supports label offsets.
/// </summary>
internal sealed class SignatureHelpHandler(LanguageServerSession session)
{
    /// <summary>Opening the option list and starting the next option.</summary>
    public static readonly ImmutableArray<string> TriggerCharacters = ["(", ","];

    /// <summary>Typing on inside the list moves the active option along.</summary>
    public static readonly ImmutableArray<string> RetriggerCharacters = [" "];

    [JsonRpcMethod(Methods.SignatureHelp, UseSingleObjectParameterDeserialization = true)]
    public Task<SignatureHelp?> SignatureHelp(SignatureHelpParams request, CancellationToken cancellationToken)
    {
        var offsets = session.Client.Capabilities.TextDocument?.SignatureHelp?.SignatureInformation?.ParameterInformation?.LabelOffsetSupport == true;
        return session.Analyses.OnDocumentNowAsync(request.TextDocument.Uri, document =>
            OptionSignatureHelp.Help(document, LspPositions.ToOffset(document.Text, request.Position)) is { Signature: var signature } help
                ? new SignatureHelp([ToLsp(signature, offsets)], 0, help.ActiveParameter)
                : null,
            cancellationToken);
    }

    private static SignatureInformation ToLsp(Signature signature, bool offsets) =>
        new(signature.Label, MarkupContent.Markdown(signature.Documentation), [.. signature.Parameters.Select(p => new ParameterInformation(
            offsets ? new[] { p.LabelStart, p.LabelStart + p.LabelLength } : signature.Label.Substring(p.LabelStart, p.LabelLength),
            MarkupContent.Markdown(p.Documentation)))]);
}
