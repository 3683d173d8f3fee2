using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace SqlConn.LanguageServer.Protocol;

public sealed record SignatureHelpParams(TextDocumentIdentifier TextDocument, Position Position);

public sealed record SignatureHelpOptions(ImmutableArray<string> TriggerCharacters, ImmutableArray<string> RetriggerCharacters);

/// <summary>A null <see cref="ActiveParameter"/> (sent as null, as LSP 3.18 reads it) means no parameter is active.</summary>
public sealed record SignatureHelp(
    ImmutableArray<SignatureInformation> Signatures,
    int ActiveSignature,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] int? ActiveParameter);

public sealed record SignatureInformation(string Label, MarkupContent Documentation, ImmutableArray<ParameterInformation> Parameters);

/// <summary><see cref="Label"/> is the parameter's text in the signature's label, or its <c>[start, end)</c> there when the client supports label offsets.</summary>
public sealed record ParameterInformation(object Label, MarkupContent Documentation);
