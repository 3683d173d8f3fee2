using Microsoft.CodeAnalysis.Text;

namespace SqlConn.Ide.Features.Navigation;

/// <summary>
/// Where an object is created: the statement that created it (<see cref="StatementSpan"/>) and the name
/// it gave (<see cref="NameSpan"/>), in the document <see cref="Uri"/>. <see cref="OriginSpan"/> is the
/// name the request started from.
/// </summary>
public sealed record DefinitionTarget(TextSpan OriginSpan, string Uri, TextSpan NameSpan, TextSpan StatementSpan);
