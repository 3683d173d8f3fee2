using Microsoft.CodeAnalysis.Text;
using SqlConn.Engine.Execution;
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

    /// <summary>
    /// Reads and parses one script and runs it from <paramref name="state"/>, each statement as soon as it
    /// is parsed: the simulator works while the rest of the script is being parsed.
    /// </summary>
    public static (LoadedScript Script, ScriptRun Run) ReadAndRun(string path, SqlDialect dialect, EngineState state)
    {
        var text = SourceText.From(ScriptFiles.Read(path, out var invalidUtf8));
        var run = new ScriptRunBuilder(state, SqlParser.DialectOf(text, dialect));
        var script = SqlParser.ParseScript(text, dialect, run.Execute);
        return (new LoadedScript(ScriptFiles.Display(path), text, script, invalidUtf8), run.ToRun());
    }

    /// <summary>The 1-based line an absolute position is on.</summary>
    public int Line(int position) => Text.Lines.GetLineFromPosition(position).LineNumber + 1;
}
