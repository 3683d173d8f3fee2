using SyntaxFormattingOptions = SqlConn.Syntax.Formatting.FormattingOptions;

namespace SqlConn.LanguageServer.Mapping;

/// <summary>The editor's formatting options as the formatter's: its indentation (spaces or a tab), the line length the formatter's default.</summary>
internal static class LspFormatting
{
    /// <summary>The widest indentation taken from a client; a larger tab size is read as this many spaces.</summary>
    private const int MaxTabSize = 16;

    public static SyntaxFormattingOptions Options(FormattingOptions options) =>
        SyntaxFormattingOptions.Default with { Indent = options.InsertSpaces ? new string(' ', Math.Clamp(options.TabSize, 1, MaxTabSize)) : "\t" };
}
