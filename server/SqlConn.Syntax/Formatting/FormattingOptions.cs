namespace SqlConn.Syntax.Formatting;

/// <summary>
/// How <see cref="SqlFormatter"/> lays statements out. A statement that fits in
/// <see cref="MaxLineLength"/> characters and holds no comment stays on one line; otherwise its main
/// list (connection options, ALTER CONNECTION actions, cluster, source and sink options) goes one
/// item per line, indented by <see cref="Indent"/>.
/// </summary>
public sealed record FormattingOptions(int MaxLineLength = 100, string Indent = "    ")
{
    public static FormattingOptions Default { get; } = new();
}
