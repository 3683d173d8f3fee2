namespace SqlConn.Ide.Features.InlayHints;

/// <summary>A label shown at <see cref="Position"/> without being part of the text, with its explanation.</summary>
public sealed record InlayHint(int Position, string Label, string Tooltip);
