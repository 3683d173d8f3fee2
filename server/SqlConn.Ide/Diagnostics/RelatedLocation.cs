using Microsoft.CodeAnalysis.Text;

namespace SqlConn.Ide.Diagnostics;

/// <summary>Where an object a diagnostic names was created: the editor shows it as related information.</summary>
public sealed record RelatedLocation(string Uri, TextSpan Span, string Message);
