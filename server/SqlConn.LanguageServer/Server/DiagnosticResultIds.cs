using System.Runtime.CompilerServices;
using SqlConn.Ide.Analysis;

namespace SqlConn.LanguageServer.Server;

/// <summary>
/// The result ids of pulled diagnostics: one per document analysis, so a document whose analysis
/// did not change since the client's last pull is reported <c>unchanged</c>.
/// </summary>
internal sealed class DiagnosticResultIds
{
    private readonly ConditionalWeakTable<DocumentAnalysis, string> ids = [];
    private long next;

    public string Of(DocumentAnalysis analysis) =>
        ids.GetValue(analysis, _ => Interlocked.Increment(ref next).ToString(System.Globalization.CultureInfo.InvariantCulture));
}
