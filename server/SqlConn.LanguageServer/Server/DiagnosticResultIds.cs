using System.Runtime.CompilerServices;
using SqlConn.Ide.Analysis;
using SqlConn.Ide.Lint;

namespace SqlConn.LanguageServer.Server;

/// <summary>
/// The result ids of pulled diagnostics: one per document analysis and lint policy, so a document
/// whose analysis and policy did not change since the client's last pull is reported <c>unchanged</c>.
/// </summary>
internal sealed class DiagnosticResultIds
{
    private readonly ConditionalWeakTable<object, string> ids = [];
    private long next;

    public string Of(DocumentAnalysis analysis, LintPolicy policy) => $"{Id(analysis)}.{Id(policy)}";

    private string Id(object value) =>
        ids.GetValue(value, _ => Interlocked.Increment(ref next).ToString(System.Globalization.CultureInfo.InvariantCulture));
}
