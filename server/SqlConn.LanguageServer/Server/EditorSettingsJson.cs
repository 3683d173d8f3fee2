using System.Globalization;
using System.Text.Json;
using SqlConn.Ide.Workspace;
using SqlConn.Syntax;

namespace SqlConn.LanguageServer.Server;

/// <summary>
/// Reads the editor's <c>sqlconn</c> settings (<c>{"dialect": "materialize", "role": "analyst", "seed": 42}</c>)
/// from initialization options or a configuration section. A value of the wrong kind is reported and ignored.
/// </summary>
internal static class EditorSettingsJson
{
    public static EditorSettings Read(JsonElement? json, Action<string> problem)
    {
        if (json is not { ValueKind: JsonValueKind.Object } settings)
        {
            return EditorSettings.None;
        }

        var dialect = Text(settings, "dialect", problem) is { } name
            ? ScriptDirective.ParseDialect(name) ?? Problem<SqlDialect?>(problem, $"unknown dialect '{name}': use materialize or cockroachdb")
            : null;
        return new EditorSettings(dialect, Text(settings, "role", problem), Seed(settings, problem));
    }

    private static string? Text(JsonElement settings, string name, Action<string> problem) =>
        !settings.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null ? null
        : value.ValueKind == JsonValueKind.String ? value.GetString()
        : Problem<string>(problem, $"setting sqlconn.{name} must be a string");

    private static ulong? Seed(JsonElement settings, Action<string> problem) =>
        !settings.TryGetProperty("seed", out var value) || value.ValueKind == JsonValueKind.Null ? null
        : value.ValueKind == JsonValueKind.Number && value.TryGetUInt64(out var number) ? number
        : value.ValueKind == JsonValueKind.String && ulong.TryParse(value.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed
        : Problem<ulong?>(problem, "setting sqlconn.seed must be a non-negative integer");

    private static T? Problem<T>(Action<string> problem, string message)
    {
        problem(message);
        return default;
    }
}
