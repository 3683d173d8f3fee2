namespace SqlConn.LanguageServer.Protocol;

/// <summary>Text for the client to render: <see cref="Kind"/> <c>markdown</c> or <c>plaintext</c>.</summary>
public sealed record MarkupContent(string Kind, string Value)
{
    public static MarkupContent Markdown(string value) => new("markdown", value);
}
