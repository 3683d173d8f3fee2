using System.Collections.Immutable;
using SqlConn.Ide.Lint;
using SqlConn.Syntax;

namespace SqlConn.Ide.Configuration;

/// <summary>
/// A project's settings, read from a <c>sqlconn.json</c> (see schemas/sqlconn.schema.json). Both faces
/// read the same file: <c>sqlconn lint</c> finds it by walking up from each linted file, the language
/// server from each document. Null or empty means "not set". Paths and globs in <see cref="Scripts"/>
/// and <see cref="Baseline"/> are relative to <see cref="Directory"/>.
/// </summary>
/// <param name="Path">The full path of the file.</param>
/// <param name="Dialect">The dialect of scripts without a first-line <c>-- sqlconn: dialect=...</c>.</param>
/// <param name="Role">The role the project's scripts run as.</param>
/// <param name="Seed">The simulator's seed (generated keys and ids).</param>
/// <param name="Scripts">The scripts that make up the project, as globs, in execution order: the files a glob matches run in path order, after those of the globs before it.</param>
/// <param name="Baseline">What exists before the scripts: a catalog snapshot (a file not ending in .sql, first entry only), then .sql scripts (paths or globs).</param>
/// <param name="Policy">The severity per code (<c>"rules"</c>).</param>
public sealed record SqlConnConfig(
    string Path,
    SqlDialect? Dialect,
    string? Role,
    ulong? Seed,
    ImmutableArray<string> Scripts,
    ImmutableArray<string> Baseline,
    LintPolicy Policy)
{
    public const string FileName = "sqlconn.json";

    public string Directory => System.IO.Path.GetDirectoryName(Path) ?? ".";
}
