using SqlConn.Syntax.Diagnostics;

namespace SqlConn.Syntax.Parsing;

/// <summary>Reports <c>-- sqlconn:</c> directives SqlConn does not understand or that are misplaced.</summary>
internal static class DirectiveChecks
{
    private static readonly string[] Known = [ScriptDirective.Dialect, ScriptDirective.BastionUpdated];

    public static IEnumerable<Diagnostic> Check(IEnumerable<ScriptDirective> directives, int firstLineEnd)
    {
        foreach (var directive in directives)
        {
            switch (directive.Name)
            {
                case ScriptDirective.Dialect when directive.Span.Start > firstLineEnd:
                    yield return Warning(directive, "the dialect directive only applies on the first line of a script",
                        "move it to the first line");
                    break;
                case ScriptDirective.Dialect when directive.Value is null || ScriptDirective.ParseDialect(directive.Value) is null:
                    yield return Warning(directive, $"unknown dialect \"{directive.Value}\"",
                        "use dialect=materialize or dialect=cockroachdb");
                    break;
                case ScriptDirective.Dialect or ScriptDirective.BastionUpdated:
                    break;
                default:
                    var suggestion = Known.MinBy(k => EditDistance.Between(k, directive.Name));
                    yield return Warning(directive, $"unknown sqlconn directive \"{directive.Name}\"",
                        $"known directives: {string.Join(", ", Known)}; did you mean {suggestion}?");
                    break;
            }
        }
    }

    private static Diagnostic Warning(ScriptDirective directive, string message, string hint) =>
        new(SyntaxDiagnostics.UnknownDirective, directive.Span, message, Hint: hint);
}
