namespace SqlConn.LanguageServer.Protocol;

/// <summary><see cref="Type"/>: see <see cref="MessageType"/>.</summary>
public sealed record LogMessageParams(int Type, string Message);

public static class MessageType
{
    public const int Error = 1;
    public const int Warning = 2;
    public const int Info = 3;
    public const int Log = 4;
}

public sealed record WorkDoneProgressCreateParams(string Token);

public sealed record ProgressParams(string Token, WorkDoneProgress Value);

/// <summary>One of <c>begin</c> (with a title), <c>report</c> or <c>end</c>.</summary>
public sealed record WorkDoneProgress(string Kind, string? Title = null, string? Message = null, int? Percentage = null);
