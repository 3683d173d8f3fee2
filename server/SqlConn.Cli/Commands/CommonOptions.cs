using System.CommandLine;
using SqlConn.Syntax;

namespace SqlConn.Cli.Commands;

/// <summary>Options several commands share.</summary>
internal static class CommonOptions
{
    /// <summary><c>--dialect</c>: null when not given, so that a configuration file or the script's directive decides.</summary>
    public static Option<SqlDialect?> Dialect() => new("--dialect")
    {
        Description = "The SQL dialect (default: materialize). A first-line comment '-- sqlconn: dialect=...' overrides it per file.",
        HelpName = "materialize|cockroachdb",
        CustomParser = result =>
        {
            var value = result.Tokens.Count == 0 ? string.Empty : result.Tokens[0].Value;
            if (ScriptDirective.ParseDialect(value) is { } dialect)
            {
                return dialect;
            }

            result.AddError($"unknown dialect '{value}': use materialize or cockroachdb");
            return null;
        },
    };

    public static Option<string> Format(params string[] formats)
    {
        var option = new Option<string>("--format") { Description = "Output format: " + string.Join(", ", formats) + ".", DefaultValueFactory = _ => formats[0] };
        option.AcceptOnlyFromAmong(formats);
        return option;
    }
}
