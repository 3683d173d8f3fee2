using SqlConn.Syntax;

namespace SqlConn.Cli.Linting;

/// <summary>
/// <c>sqlconn lint</c>'s command line. The settings that sqlconn.json also has (<see cref="Dialect"/>,
/// <see cref="Role"/>, <see cref="Seed"/>, <see cref="Baseline"/>) are null when not given, so the file's apply.
/// </summary>
internal sealed record LintOptions(
    IReadOnlyList<string> Paths,
    string Format,
    string? Output,
    SqlDialect? Dialect,
    string? Role,
    ulong? Seed,
    string? Config,
    IReadOnlyList<string> Baseline,
    string? ChangedSince,
    int? MaxWarnings,
    bool WarningsAsErrors);
