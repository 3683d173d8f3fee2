using SqlConn.Syntax.Diagnostics;

namespace SqlConn.Cli.Reporting;

/// <summary>A diagnostic's message with its DETAIL and HINT, one per line, for formats that show a single text (SARIF, GitHub annotations).</summary>
internal static class MessageText
{
    public static string Full(Diagnostic diagnostic) =>
        diagnostic.Message
        + (diagnostic.Detail is { } detail ? $"\ndetail: {detail}" : string.Empty)
        + (diagnostic.Hint is { } hint ? $"\nhint: {hint}" : string.Empty);
}
