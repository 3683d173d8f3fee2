namespace SqlConn.Ide.Preview;

/// <summary>A notice of a statement: <see cref="Level"/> is NOTICE or WARNING, as psql prints it.</summary>
public sealed record PreviewNotice(string Message, string? Detail, string? Hint, string Level);
