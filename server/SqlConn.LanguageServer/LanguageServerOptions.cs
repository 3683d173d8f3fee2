using SqlConn.Ide.Workspace;

namespace SqlConn.LanguageServer;

/// <summary>
/// How the server runs: <see cref="AnalysisDelay"/> is how long it waits after a change for the
/// next one before analysing (debouncing while typing; a request never waits for it);
/// <see cref="SettingsSource"/> resolves the settings and the lint policy (by default from the project's <c>sqlconn.json</c>).
/// </summary>
public sealed record LanguageServerOptions(TimeSpan AnalysisDelay, IAnalysisSettingsSource SettingsSource)
{
    public static LanguageServerOptions Default { get; } = new(TimeSpan.FromMilliseconds(100), new ProjectSettingsSource());
}
