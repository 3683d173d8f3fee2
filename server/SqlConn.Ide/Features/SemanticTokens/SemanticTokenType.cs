namespace SqlConn.Ide.Features.SemanticTokens;

/// <summary>What a token is, for highlighting (<see cref="SemanticTokensLegend"/> names them for LSP).</summary>
public enum SemanticTokenType
{
    Keyword,

    /// <summary>The words of a connection option's name (<c>SSL CERTIFICATE AUTHORITY</c>).</summary>
    Option,

    /// <summary>The name of an object; <see cref="SemanticToken.ObjectKind"/> says which kind.</summary>
    Object,

    String,
    Number,
    Comment,
    Operator,
}

/// <summary>What else is true of a token.</summary>
[Flags]
public enum SemanticTokenModifiers
{
    None = 0,

    /// <summary>The name an object is created with.</summary>
    Declaration = 1,
}
