using System.Collections.Immutable;
using System.Text.Json;
using SqlConn.Ide.Diagnostics;
using SqlConn.Ide.Lint;
using SqlConn.Syntax;

namespace SqlConn.Ide.Configuration;

/// <summary>
/// Reads sqlconn.json. Comments and trailing commas are allowed (editors treat the file as JSONC).
/// Every problem is reported, each naming the key: a key the format does not have (with the closest
/// one), a value of the wrong type, an unknown diagnostic code or severity, a path that leaves the
/// project folder.
/// </summary>
public static class SqlConnConfigLoader
{
    /// <summary>The keys of sqlconn.json, as schemas/sqlconn.schema.json declares them.</summary>
    public static ImmutableArray<string> Keys { get; } = ["$schema", "dialect", "role", "seed", "scripts", "rules", "baseline"];

    private static readonly JsonDocumentOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>Reads and parses the file at <paramref name="path"/>; I/O problems are <see cref="IOException"/>s.</summary>
    public static SqlConnConfig Load(string path) => Parse(File.ReadAllText(path), Path.GetFullPath(path));

    /// <summary>Parses the content of the sqlconn.json at <paramref name="path"/>.</summary>
    public static SqlConnConfig Parse(string json, string path)
    {
        var errors = ImmutableArray.CreateBuilder<string>();
        void Error(string message) => errors.Add($"{path}: {message}");

        if (string.IsNullOrWhiteSpace(json))
        {
            throw new ConfigurationException([$"{path}: the file is empty: it must hold a JSON object, e.g. {{ \"scripts\": [\"migrations/*.sql\"] }}"]);
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, Options);
        }
        catch (JsonException e)
        {
            var reason = e.Message.Split(" LineNumber:", 2)[0].TrimEnd(' ', '.');
            throw new ConfigurationException([$"{path}:{e.LineNumber + 1}:{e.BytePositionInLine + 1}: invalid JSON: {reason}"]);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new ConfigurationException([$"{path}: the configuration must be a JSON object, not {Describe(root)}"]);
            }

            SqlDialect? dialect = null;
            string? role = null;
            ulong? seed = null;
            var scripts = ImmutableArray<string>.Empty;
            var baseline = ImmutableArray<string>.Empty;
            var rules = ImmutableSortedDictionary.CreateBuilder<string, RuleSeverity>(StringComparer.Ordinal);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var property in root.EnumerateObject())
            {
                var key = property.Name;
                var value = property.Value;
                if (!seen.Add(key))
                {
                    Error($"duplicate key \"{key}\"");
                    continue;
                }

                switch (key)
                {
                    case "$schema":
                        if (value.ValueKind != JsonValueKind.String)
                        {
                            Error($"\"$schema\" must be a string, not {Describe(value)}");
                        }

                        break;
                    case "dialect":
                        dialect = value.ValueKind == JsonValueKind.String ? ScriptDirective.ParseDialect(value.GetString() ?? string.Empty) : null;
                        if (dialect is null)
                        {
                            Error($"\"dialect\" must be \"materialize\" or \"cockroachdb\", not {Describe(value)}");
                        }

                        break;
                    case "role":
                        role = value.ValueKind == JsonValueKind.String ? value.GetString() : null;
                        if (string.IsNullOrWhiteSpace(role))
                        {
                            Error($"\"role\" must be a role name, not {Describe(value)}");
                            role = null;
                        }

                        break;
                    case "seed":
                        if (value.ValueKind == JsonValueKind.Number && value.TryGetUInt64(out var number))
                        {
                            seed = number;
                        }
                        else
                        {
                            Error($"\"seed\" must be an integer from 0 to {ulong.MaxValue}, not {Describe(value)}");
                        }

                        break;
                    case "scripts":
                        scripts = Paths(key, value, allowOne: false, Error);
                        break;
                    case "baseline":
                        baseline = Paths(key, value, allowOne: true, Error);
                        break;
                    case "rules":
                        Rules(value, rules, Error);
                        break;
                    default:
                        var closest = Keys.MinBy(k => EditDistance.Between(k, key));
                        Error($"unknown key \"{key}\"" + (closest is not null && EditDistance.Between(closest, key) <= 3 ? $": did you mean \"{closest}\"?" : string.Empty)
                            + $" (keys: {string.Join(", ", Keys.Skip(1))})");
                        break;
                }
            }

            if (errors.Count > 0)
            {
                throw new ConfigurationException(errors.ToImmutable());
            }

            return new SqlConnConfig(path, dialect, role, seed, scripts, baseline, new LintPolicy(rules.ToImmutable()));
        }
    }

    private static void Rules(JsonElement value, ImmutableSortedDictionary<string, RuleSeverity>.Builder rules, Action<string> error)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            error($"\"rules\" must be an object mapping diagnostic codes to severities, not {Describe(value)}");
            return;
        }

        foreach (var rule in value.EnumerateObject())
        {
            if (DiagnosticCatalog.Find(rule.Name) is not { } descriptor)
            {
                var suggestion = DiagnosticCatalog.Suggest(rule.Name);
                error($"\"rules\": unknown diagnostic code \"{rule.Name}\"" + (suggestion is null ? string.Empty : $": did you mean {suggestion}?"));
                continue;
            }

            var severity = rule.Value.ValueKind == JsonValueKind.String ? RuleSeverityNames.Parse(rule.Value.GetString() ?? string.Empty) : null;
            if (severity is null)
            {
                error($"\"rules.{rule.Name}\" must be one of {string.Join(", ", RuleSeverityNames.All)}, not {Describe(rule.Value)}");
            }
            else if (!rules.TryAdd(descriptor.Code, severity.Value))
            {
                error($"\"rules\": {descriptor.Code} is given twice");
            }
        }
    }

    /// <summary>A list of paths or globs (or, when <paramref name="allowOne"/>, a single one) inside the project folder.</summary>
    private static ImmutableArray<string> Paths(string key, JsonElement value, bool allowOne, Action<string> error)
    {
        var kind = allowOne ? "a path or glob, or a list of them" : "a list of paths or globs";
        if (allowOne && value.ValueKind == JsonValueKind.String)
        {
            return Entry(key, value, kind, error) is { } one ? [one] : [];
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            error($"\"{key}\" must be {kind}, not {Describe(value)}");
            return [];
        }

        var result = ImmutableArray.CreateBuilder<string>();
        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            if (Entry($"{key}[{index++}]", item, "a path or glob", error) is { } path)
            {
                result.Add(path);
            }
        }

        return result.ToImmutable();
    }

    private static string? Entry(string key, JsonElement value, string kind, Action<string> error)
    {
        var text = value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        if (string.IsNullOrWhiteSpace(text))
        {
            error($"\"{key}\" must be {kind}, not {Describe(value)}");
            return null;
        }

        var segments = text.Replace('\\', '/').Split('/');
        if (Path.IsPathRooted(text) || segments.Contains(".."))
        {
            error($"\"{key}\": \"{text}\" leaves the project folder: paths are relative to the folder of {SqlConnConfig.FileName}");
            return null;
        }

        return text;
    }

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => $"\"{value.GetString()}\"",
        JsonValueKind.Number => $"the number {value.GetRawText()}",
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => "null",
    };
}
