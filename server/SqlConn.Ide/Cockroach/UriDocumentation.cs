using System.Text;
using SqlConn.Engine.Cockroach.Uris;

namespace SqlConn.Ide.Cockroach;

/// <summary>The Markdown documentation of CockroachDB URI schemes and parameters, from the scheme table (completion and hover).</summary>
internal static class UriDocumentation
{
    public static string Scheme(UriScheme scheme) =>
        $"**{scheme.Title}** · {scheme.ConnectionType.ToSql()}\n\n{scheme.Description}.\n\n- Form: `{scheme.Form}`\n- {scheme.Location}\n- Used for: {scheme.Operations.Describe()}";

    public static string Parameter(UriParameter parameter)
    {
        var text = new StringBuilder($"**{parameter.Name}** · {parameter.Requirement}\n\n{parameter.Description}");
        if (parameter.Default is { } value)
        {
            text.Append($"\n\n- Default: `{value}`");
        }

        if (!parameter.AllowedValues.IsEmpty)
        {
            text.Append("\n- Allowed values: ").Append(string.Join(", ", parameter.AllowedValues.Select(v => $"`{v.Value}`")));
        }

        if (parameter.IsSensitive)
        {
            text.Append("\n- Sensitive: redacted by SHOW EXTERNAL CONNECTIONS");
        }

        return text.ToString();
    }
}
