using Microsoft.CodeAnalysis.Text;
using SqlConn.Ide.Symbols;

namespace SqlConn.Ide.Features.SemanticTokens;

/// <summary>
/// A highlighted token; <see cref="ObjectKind"/> is set for the names of objects. It never spans lines:
/// a multi-line comment or string comes as one token per line.
/// </summary>
public sealed record SemanticToken(TextSpan Span, SemanticTokenType Type, SemanticTokenModifiers Modifiers, SymbolKind? ObjectKind = null);
