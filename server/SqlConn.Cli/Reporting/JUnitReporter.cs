using System.Text;
using System.Xml;
using SqlConn.Syntax.Diagnostics;

namespace SqlConn.Cli.Reporting;

/// <summary>
/// JUnit XML, as GitLab, Jenkins and other CI servers show test reports: one test case per linted file,
/// failed when the file has an error, the failure listing every diagnostic of the file
/// (<c>path:line:col: severity CODE: message</c>, then its DETAIL and HINT lines); a file with only
/// warnings, infos or hints passes and lists them as its output. Source lines are not quoted (CI
/// servers show the file and line). Characters XML cannot hold are replaced by U+FFFD.
/// </summary>
internal static class JUnitReporter
{
    private const string SuiteName = "sqlconn lint";

    public static void Write(LintReport report, TextWriter output)
    {
        var failures = report.Files.Count(Fails);
        using var stream = new MemoryStream();
        var settings = new XmlWriterSettings { Indent = true, IndentChars = "  ", NewLineChars = "\n", Encoding = new UTF8Encoding(false) };
        using (var xml = XmlWriter.Create(stream, settings))
        {
            xml.WriteStartElement("testsuites");
            Counts(xml, report.Files.Length, failures);
            xml.WriteStartElement("testsuite");
            Counts(xml, report.Files.Length, failures);
            foreach (var file in report.Files)
            {
                xml.WriteStartElement("testcase");
                xml.WriteAttributeString("name", Clean(file.Path));
                xml.WriteAttributeString("classname", "sqlconn");
                xml.WriteAttributeString("file", Clean(file.Path));
                var rendered = Clean(string.Concat(file.Diagnostics.Select(d => Line(file, d))));
                if (Fails(file))
                {
                    var errors = file.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
                    xml.WriteStartElement("failure");
                    xml.WriteAttributeString("type", "error");
                    xml.WriteAttributeString("message", $"{errors} error{(errors == 1 ? string.Empty : "s")}");
                    xml.WriteString(rendered);
                    xml.WriteEndElement();
                }
                else if (rendered.Length > 0)
                {
                    xml.WriteElementString("system-out", rendered);
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        output.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static string Line(FileReport file, Diagnostic diagnostic)
    {
        var region = Region.Of(file.Text, diagnostic.Span);
        return $"{file.Path}:{region.Line}:{region.Column}: {diagnostic.Severity.DisplayName()} {diagnostic.Code}: {MessageText.Full(diagnostic)}\n";
    }

    private static bool Fails(FileReport file) => file.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    private static void Counts(XmlWriter xml, int tests, int failures)
    {
        xml.WriteAttributeString("name", SuiteName);
        xml.WriteAttributeString("tests", tests.ToString(System.Globalization.CultureInfo.InvariantCulture));
        xml.WriteAttributeString("failures", failures.ToString(System.Globalization.CultureInfo.InvariantCulture));
        xml.WriteAttributeString("errors", "0");
    }

    private static string Clean(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(text, i++, 2);
            }
            else
            {
                builder.Append(XmlConvert.IsXmlChar(text[i]) ? text[i] : '\uFFFD');
            }
        }

        return builder.ToString();
    }
}
