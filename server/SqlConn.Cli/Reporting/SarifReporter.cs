using System.Buffers;
using System.Collections.Immutable;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using SqlConn.Ide.Diagnostics;
using SqlConn.Syntax.Diagnostics;

namespace SqlConn.Cli.Reporting;

/// <summary>
/// SARIF 2.1.0, as GitHub code scanning and other SARIF viewers read it: one run whose tool driver
/// lists a rule per diagnostic code the results have (title, explanation, help with a bad and a good
/// example, default level), and a result per diagnostic with its file (relative to the working directory, under
/// <c>%SRCROOT%</c>) and 1-based region in UTF-16 columns. Diagnostics a comment suppressed are
/// results too, with an in-source suppression and its reason as justification.
/// </summary>
internal static class SarifReporter
{
    public const string SourceRoot = "%SRCROOT%";

    public static void Write(LintReport report, TextWriter output)
    {
        var rules = Rules(report);
        var index = rules.Select((rule, i) => (rule.Code, i)).ToDictionary(r => r.Code, r => r.i, StringComparer.Ordinal);
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            Tool(json, rules);
            json.WriteString("columnKind", "utf16CodeUnits");
            json.WriteStartArray("results");
            foreach (var file in report.Files)
            {
                foreach (var diagnostic in file.Diagnostics)
                {
                    Result(json, file, diagnostic, index, justification: null);
                }

                foreach (var suppressed in file.Suppressed)
                {
                    Result(json, file, suppressed.Diagnostic, index, suppressed.Suppression.Reason ?? string.Empty);
                }
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.WrittenSpan));
    }

    /// <summary>The codes the results have (suppressed ones included), by code.</summary>
    private static ImmutableArray<DiagnosticDescriptor> Rules(LintReport report) =>
        [.. report.Files
            .SelectMany(f => f.Diagnostics.Concat(f.Suppressed.Select(s => s.Diagnostic)))
            .Select(d => d.Descriptor)
            .DistinctBy(d => d.Code)
            .OrderBy(d => d.Code, StringComparer.Ordinal)];

    private static void Tool(Utf8JsonWriter json, ImmutableArray<DiagnosticDescriptor> rules)
    {
        var version = typeof(SarifReporter).Assembly.GetName().Version ?? new Version(0, 0, 0);
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "sqlconn");
        json.WriteString("fullName", "SqlConn lint");
        json.WriteString("semanticVersion", $"{version.Major}.{version.Minor}.{Math.Max(0, version.Build)}");
        json.WriteStartArray("rules");
        foreach (var rule in rules)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Code);
            Text(json, "shortDescription", rule.Title);
            Text(json, "fullDescription", rule.Explanation);
            json.WriteStartObject("help");
            json.WriteString("text", DiagnosticExplanation.Text(rule));
            json.WriteString("markdown", DiagnosticExplanation.Markdown(rule));
            json.WriteEndObject();
            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", Level(rule.DefaultSeverity));
            json.WriteEndObject();
            json.WriteStartObject("properties");
            json.WriteString("category", rule.Category);
            json.WriteStartArray("tags");
            json.WriteStringValue(rule.Category);
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void Result(Utf8JsonWriter json, FileReport file, Diagnostic diagnostic, Dictionary<string, int> rules, string? justification)
    {
        var region = Region.Of(file.Text, diagnostic.Span);
        json.WriteStartObject();
        json.WriteString("ruleId", diagnostic.Code);
        json.WriteNumber("ruleIndex", rules[diagnostic.Code]);
        json.WriteString("level", Level(diagnostic.Severity));
        Text(json, "message", MessageText.Full(diagnostic));
        json.WriteStartArray("locations");
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        if (Path.IsPathRooted(file.Path))
        {
            json.WriteString("uri", new Uri(file.Path).AbsoluteUri);
        }
        else
        {
            json.WriteString("uri", string.Join('/', file.Path.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar).Select(Uri.EscapeDataString)));
            json.WriteString("uriBaseId", SourceRoot);
        }

        json.WriteEndObject();
        json.WriteStartObject("region");
        json.WriteNumber("startLine", region.Line);
        json.WriteNumber("startColumn", region.Column);
        json.WriteNumber("endLine", region.EndLine);
        json.WriteNumber("endColumn", region.EndColumn);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
        if (justification is not null)
        {
            json.WriteStartArray("suppressions");
            json.WriteStartObject();
            json.WriteString("kind", "inSource");
            if (justification.Length > 0)
            {
                json.WriteString("justification", justification);
            }

            json.WriteEndObject();
            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private static void Text(Utf8JsonWriter json, string name, string text)
    {
        json.WriteStartObject(name);
        json.WriteString("text", text);
        json.WriteEndObject();
    }

    /// <summary>SARIF has three levels of findings: infos and hints are notes.</summary>
    private static string Level(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "note",
    };
}
