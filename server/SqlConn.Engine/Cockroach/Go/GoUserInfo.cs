namespace SqlConn.Engine.Cockroach.Go;

/// <summary>The user-info part of a URL; <see cref="Password"/> is null when no ':' was given.</summary>
internal sealed record GoUserInfo(string Username, string? Password)
{
    public override string ToString() =>
        UrlEscaping.Escape(Username, UrlEncoding.UserPassword)
        + (Password is null ? string.Empty : ":" + UrlEscaping.Escape(Password, UrlEncoding.UserPassword));
}
