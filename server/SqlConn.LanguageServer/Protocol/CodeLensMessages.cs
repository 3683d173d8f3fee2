using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace SqlConn.LanguageServer.Protocol;

public sealed record CodeLensParams(TextDocumentIdentifier TextDocument);

public sealed record CodeLens(Range Range, Command Command);

public sealed record Command(string Title, [property: JsonPropertyName("command")] string Name, ImmutableArray<object> Arguments);
