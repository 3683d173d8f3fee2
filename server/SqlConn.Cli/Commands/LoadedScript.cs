using Microsoft.CodeAnalysis.Text;
using SqlConn.Syntax;

namespace SqlConn.Cli.Commands;

/// <summary>A script read from disk and parsed. <see cref="Path"/> is the path shown to users.</summary>
internal sealed record LoadedScript(string Path, SourceText Text, ParsedScript Script, bool InvalidUtf8)
{
    /// <summary>Finds, reads and parses the scripts named on the command line, in order.</summary>
    public static IReadOnlyList<LoadedScript> Load(IEnumerable<string> paths, SqlDialect dialect) =>
        [.. ScriptFiles.Find(paths).Select(path => Read(path, dialect))];

    /// <summary>Reads and parses one script.</summary>
    public static LoadedScript Read(string path, SqlDialect dialect)
    {
        var text = SourceText.From(ScriptFiles.Read(path, out var invalidUtf8));
        return new LoadedScript(ScriptFiles.Display(path), text, SqlParser.ParseScript(text, dialect), invalidUtf8);
    }

    /// <summary>The 1-based line an absolute position is on.</summary>
    public int Line(int position) => Text.Lines.GetLineFromPosition(position).LineNumber + 1;
}
