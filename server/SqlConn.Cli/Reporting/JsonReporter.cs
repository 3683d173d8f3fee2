using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using SqlConn.Syntax.Diagnostics;

namespace SqlConn.Cli.Reporting;

/// <summary>
/// The machine-readable report, exactly:
/// <c>{"files":[{"path":"...","diagnostics":[{"code","category","severity","message","line","column","endLine","endColumn"}]}],
/// "summary":{"files":N,"errors":E,"warnings":W}}</c>. Lines and columns are 1-based; the end
/// column is exclusive (the column just after the range).
/// </summary>
internal static class JsonReporter
{
    public static void Write(LintReport report, TextWriter output)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteStartArray("files");
        foreach (var file in report.Files)
        {
            json.WriteStartObject();
            json.WriteString("path", file.Path);
            json.WriteStartArray("diagnostics");
            foreach (var diagnostic in file.Diagnostics)
            {
                var region = Region.Of(file.Text, diagnostic.Span);
                json.WriteStartObject();
                json.WriteString("code", diagnostic.Code);
                json.WriteString("category", diagnostic.Category);
                json.WriteString("severity", diagnostic.Severity.DisplayName());
                json.WriteString("message", diagnostic.Message);
                json.WriteNumber("line", region.Line);
                json.WriteNumber("column", region.Column);
                json.WriteNumber("endLine", region.EndLine);
                json.WriteNumber("endColumn", region.EndColumn);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartObject("summary");
        json.WriteNumber("files", report.Files.Length);
        json.WriteNumber("errors", report.Errors);
        json.WriteNumber("warnings", report.Warnings);
        json.WriteEndObject();
        json.WriteEndObject();
        json.Flush();
        output.WriteLine(Encoding.UTF8.GetString(buffer.WrittenSpan));
    }
}
