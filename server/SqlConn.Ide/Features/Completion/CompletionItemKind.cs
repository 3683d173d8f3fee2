namespace SqlConn.Ide.Features.Completion;

/// <summary>What a completion item inserts.</summary>
public enum CompletionItemKind
{
    /// <summary>Keywords: a statement's first words, an ALTER CONNECTION action.</summary>
    Keyword,

    /// <summary>A connection type after TO or FOR.</summary>
    ConnectionType,

    /// <summary>A connection option with its value to fill in.</summary>
    Option,

    /// <summary>One of an option's allowed values.</summary>
    Value,

    /// <summary>The name of an existing object; <see cref="CompletionItem.Object"/> says which.</summary>
    Object,

    /// <summary>A CockroachDB URI scheme inside <c>AS '...'</c>.</summary>
    UriScheme,

    /// <summary>A query parameter of a CockroachDB URI.</summary>
    UriParameter,
}
