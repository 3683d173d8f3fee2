namespace SqlConn.LanguageServer.Protocol;

/// <summary><c>sqlconn/documentText</c> (a test hook): the server's text of an open document and its version.</summary>
public sealed record DocumentTextResult(string Uri, int Version, string Text);
