using System.CommandLine;
using SqlConn.LanguageServer;

namespace SqlConn.Cli.Commands;

/// <summary>
/// <c>sqlconn serve [--stdio]</c>: runs the language server on standard input and output (the only
/// transport; <c>--stdio</c> is accepted because editors pass it). Nothing else may write to
/// standard output meanwhile. Exit code 0 after LSP <c>shutdown</c> then <c>exit</c>, else 1.
/// </summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var stdio = new Option<bool>("--stdio") { Description = "Talk LSP over standard input and output (the default and only transport)." };
        var command = new Command("serve", "Run the SqlConn language server (LSP over standard input and output).") { stdio };
        command.SetAction((_, cancellationToken) => SqlConnLanguageServer.RunAsync(
            Console.OpenStandardInput(), Console.OpenStandardOutput(), LanguageServerOptions.Default, cancellationToken));
        return command;
    }
}
