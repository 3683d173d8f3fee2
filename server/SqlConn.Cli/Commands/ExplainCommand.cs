using System.CommandLine;
using SqlConn.Ide.Diagnostics;

namespace SqlConn.Cli.Commands;

/// <summary>
/// <c>sqlconn explain CODE</c>: what a diagnostic code means, with SQL that triggers it and the same
/// SQL corrected, in Markdown (the section of docs/diagnostics.md for the code).
/// </summary>
internal static class ExplainCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var code = new Argument<string>("code") { Description = "A diagnostic code, e.g. SC2001." };
        var command = new Command("explain", "Explain a diagnostic code, with an example that triggers it and its correction.") { code };
        command.SetAction(result =>
        {
            var value = result.GetValue(code) ?? string.Empty;
            if (DiagnosticCatalog.Find(value) is { } descriptor)
            {
                stdout.Write(DiagnosticExplanation.Markdown(descriptor));
                return SqlConnCommand.Success;
            }

            var suggestion = DiagnosticCatalog.Suggest(value);
            stderr.WriteLine($"sqlconn: unknown diagnostic code \"{value}\"" + (suggestion is null ? ": docs/diagnostics.md lists every code" : $": did you mean {suggestion}?"));
            return SqlConnCommand.UsageError;
        });
        return command;
    }
}
