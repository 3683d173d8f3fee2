namespace SqlConn.Ide.Preview;

/// <summary>The error a statement failed with, under its diagnostic code.</summary>
public sealed record PreviewError(string Code, string Message, string? Detail, string? Hint);
