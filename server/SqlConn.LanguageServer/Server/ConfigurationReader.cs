using System.Collections.Immutable;
using System.Text.Json;

namespace SqlConn.LanguageServer.Server;

/// <summary>
/// Applies the editor's <c>sqlconn</c> settings: those pushed to the server, or, when the client
/// pushes none but answers <c>workspace/configuration</c>, those it answers.
/// </summary>
internal static class ConfigurationReader
{
    public const string Section = "sqlconn";

    public static async Task ApplyAsync(LanguageServerSession session, JsonElement? pushed, CancellationToken cancellationToken)
    {
        if (pushed is { ValueKind: JsonValueKind.Object } all && all.TryGetProperty(Section, out var section))
        {
            Apply(session, section);
            return;
        }

        if (session.Client.Capabilities.Workspace?.Configuration != true)
        {
            return;
        }

        var answers = await session.Client.RequestAsync<ImmutableArray<JsonElement>>(
            Methods.Configuration, new ConfigurationParams([new ConfigurationItem(null, Section)]), cancellationToken);
        if (!answers.IsDefaultOrEmpty)
        {
            Apply(session, answers[0]);
        }
    }

    public static void Apply(LanguageServerSession session, JsonElement? settings) =>
        session.Workspace.Configure(EditorSettingsJson.Read(settings, problem => session.Client.Log(MessageType.Warning, problem)));
}
