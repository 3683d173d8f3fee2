using Microsoft.CodeAnalysis.Text;

namespace SqlConn.Ide.Features.SemanticTokens;

/// <summary>A highlighted token. It never spans lines: a multi-line comment or string comes as one token per line.</summary>
public sealed record SemanticToken(TextSpan Span, SemanticTokenType Type, SemanticTokenModifiers Modifiers);
