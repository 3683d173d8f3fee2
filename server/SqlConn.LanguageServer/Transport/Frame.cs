namespace SqlConn.LanguageServer.Transport;

/// <summary>
/// What <see cref="FrameReader"/> read: a message body, a <see cref="Problem"/> with the framing
/// (said in words, for the log), or both when a body was recovered from a badly framed message.
/// </summary>
internal sealed record Frame(byte[]? Body, string? Problem);
