namespace SqlConn.Engine.Cockroach.Go;

/// <summary>Why Go's URL parser rejected a URL: the text it quotes and the reason after it.</summary>
/// <remarks>Go renders it as <c>parse "{Url}": {Reason}</c>; callers mask secrets in <see cref="Url"/> first.</remarks>
internal sealed record GoUrlError(string Url, string Reason);
