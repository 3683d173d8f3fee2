using System.Collections.Immutable;
using SqlConn.Syntax.Diagnostics;

namespace SqlConn.Ide.Diagnostics;

/// <summary>A diagnostic as its document reports it (<see cref="DocumentReport"/>), with where the objects it names were created.</summary>
public sealed record ReportedDiagnostic(Diagnostic Diagnostic, ImmutableArray<RelatedLocation> Related);
