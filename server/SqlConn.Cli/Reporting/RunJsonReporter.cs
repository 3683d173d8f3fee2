using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using SqlConn.Cli.Commands;
using SqlConn.Engine.Execution;
using SqlConn.Engine.Privileges;
using SqlConn.Engine.Values;
using SqlConn.Syntax.Printing;

namespace SqlConn.Cli.Reporting;

/// <summary>
/// <c>sqlconn run --format json</c>, exactly:
/// <c>{"statements":[{"sql","line","status","tag","columns","rows","notices","error":{"code","message","detail","hint"}}]}</c>.
/// Every key is always present (<c>tag</c> and <c>error</c> may be null). <c>sql</c> is the statement
/// printed with secret values masked (a CockroachDB URI as a whole, as CockroachDB logs statements); a notice
/// is its message followed by its DETAIL and HINT lines. The rows of SHOW CREATE EXTERNAL CONNECTION are the
/// one place a CockroachDB credential is printed, as CockroachDB shows it to users allowed to run it.
/// With <c>--explain-privileges</c> each statement also has <c>"privileges":[{"requirement","reason","held","through"}]</c>.
/// </summary>
internal static class RunJsonReporter
{
    public static void Write(IEnumerable<ScriptRunReport> runs, bool explainPrivileges, TextWriter output)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteStartArray("statements");
            foreach (var report in runs)
            {
                var before = report.Run.Initial;
                foreach (var statement in report.Run.Statements)
                {
                    Statement(json, report.Script, statement, explainPrivileges ? before : null);
                    before = statement.After;
                }
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.WrittenSpan));
    }

    private static void Statement(Utf8JsonWriter json, LoadedScript script, ExecutedStatement statement, EngineState? explainFrom)
    {
        var result = statement.Result;
        json.WriteStartObject();
        json.WriteString("sql", SqlPrinter.PrintRedacted(statement.Statement.Syntax));
        json.WriteNumber("line", script.Line(statement.Statement.Span.Start));
        json.WriteString("status", result.Failed ? "error" : "ok");
        json.WriteString("tag", result.Tag);
        json.WriteStartArray("columns");
        foreach (var column in result.Columns)
        {
            json.WriteStringValue(column.Name);
        }

        json.WriteEndArray();
        json.WriteStartArray("rows");
        foreach (var row in result.Rows)
        {
            json.WriteStartArray();
            foreach (var value in row)
            {
                json.WriteStringValue(ValueFormatter.Format(value));
            }

            json.WriteEndArray();
        }

        json.WriteEndArray();
        json.WriteStartArray("notices");
        foreach (var notice in result.Notices)
        {
            json.WriteStringValue(WithDetails(notice.Message, notice.Detail, notice.Hint));
        }

        json.WriteEndArray();
        if (result.Error is { } error)
        {
            json.WriteStartObject("error");
            json.WriteString("code", error.Descriptor.Code);
            json.WriteString("message", error.Message);
            json.WriteString("detail", error.Detail);
            json.WriteString("hint", error.Hint);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("error");
        }

        if (explainFrom is not null)
        {
            Privileges(json, explainFrom, statement);
        }

        json.WriteEndObject();
    }

    private static void Privileges(Utf8JsonWriter json, EngineState before, ExecutedStatement statement)
    {
        json.WriteStartArray("privileges");
        foreach (var check in PrivilegeExplainer.Explain(before, statement.Statement))
        {
            json.WriteStartObject();
            json.WriteString("requirement", PrivilegeExplainer.Describe(check, before));
            json.WriteString("reason", check.Requirement.Reason);
            json.WriteBoolean("held", check.Held);
            json.WriteString("through", check.Grant.ToString());
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static string WithDetails(string message, string? detail, string? hint) =>
        message + (detail is null ? string.Empty : $"\nDETAIL:  {detail}") + (hint is null ? string.Empty : $"\nHINT:  {hint}");
}
