using Microsoft.CodeAnalysis.Text;

namespace SqlConn.Engine.Connections;

/// <summary>An option during planning: its validated value and where it was written.</summary>
internal sealed record PlannedOption(string Name, StoredValue Value, TextSpan NameSpan, TextSpan ValueSpan);
