namespace SqlConn.Cli.Linting;

/// <summary>The command line asks for something that cannot be done; the message says what to do instead (exit code 2).</summary>
internal sealed class UsageException(string message) : Exception(message);
