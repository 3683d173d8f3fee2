using Microsoft.CodeAnalysis.Text;
using SqlConn.Ide.Symbols;

namespace SqlConn.Ide.Features.Navigation;

/// <summary>A name of an object in a document, and what it does there.</summary>
public sealed record ReferenceLocation(string Uri, TextSpan Span, OccurrenceRole Role);
