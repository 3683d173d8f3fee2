using Microsoft.CodeAnalysis.Text;

namespace SqlConn.Cli.Reporting;

/// <summary>A span as every report format shows it: 1-based lines and columns (UTF-16 code units), the end column exclusive.</summary>
internal readonly record struct Region(int Line, int Column, int EndLine, int EndColumn)
{
    public static Region Of(SourceText text, TextSpan span)
    {
        var position = text.Lines.GetLinePositionSpan(span);
        return new Region(position.Start.Line + 1, position.Start.Character + 1, position.End.Line + 1, position.End.Character + 1);
    }
}
