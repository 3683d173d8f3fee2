using System.Collections.Immutable;
using System.Text;
using SqlConn.Engine.Relations;

namespace SqlConn.Engine.Values;

/// <summary>
/// Renders rows the way psql's default aligned format does: a centred header, a <c>---+---</c>
/// rule, one line per row with numbers right-aligned and NULL as an empty cell, a <c>+</c> at the
/// end of each line of a multi-line value but its last, and the <c>(N rows)</c> footer.
/// </summary>
public static class TableFormatter
{
    /// <summary>The table, one line per <c>\n</c>, ending with the footer line and its newline.</summary>
    public static string Format(ImmutableArray<RelationColumn> columns, IReadOnlyList<ImmutableArray<SqlValue>> rows)
    {
        var cells = rows.Select(row => row.Select(v => (ValueFormatter.Format(v) ?? string.Empty).Split('\n')).ToArray()).ToArray();
        var widths = new int[columns.Length];
        for (var c = 0; c < columns.Length; c++)
        {
            widths[c] = DisplayWidth.Of(columns[c].Name);
            foreach (var row in cells)
            {
                widths[c] = Math.Max(widths[c], row[c].Max(DisplayWidth.Of));
            }
        }

        var output = new StringBuilder();
        AppendHeader(output, columns, widths);
        foreach (var row in columns.IsEmpty ? [] : cells)
        {
            AppendRow(output, columns, widths, row);
        }

        return output.Append(rows.Count == 1 ? "(1 row)\n" : $"({rows.Count} rows)\n").ToString();
    }

    private static void AppendHeader(StringBuilder output, ImmutableArray<RelationColumn> columns, int[] widths)
    {
        if (columns.IsEmpty)
        {
            output.Append("--\n");
            return;
        }

        for (var c = 0; c < columns.Length; c++)
        {
            var free = widths[c] - DisplayWidth.Of(columns[c].Name);
            output.Append(c == 0 ? " " : "| ")
                .Append(' ', free / 2).Append(columns[c].Name).Append(' ', (free + 1) / 2).Append(' ');
        }

        output.Append('\n');
        output.AppendJoin('+', widths.Select(w => new string('-', w + 2))).Append('\n');
    }

    private static void AppendRow(StringBuilder output, ImmutableArray<RelationColumn> columns, int[] widths, string[][] row)
    {
        var height = row.Max(lines => lines.Length);
        for (var line = 0; line < height; line++)
        {
            for (var c = 0; c < columns.Length; c++)
            {
                var lines = row[c];
                var text = line < lines.Length ? lines[line] : string.Empty;
                var padding = widths[c] - DisplayWidth.Of(text);
                var continues = line < lines.Length - 1;
                var last = c == columns.Length - 1;
                output.Append(c == 0 ? " " : "| ");
                if (last && line >= lines.Length)
                {
                    continue;
                }

                if (IsNumeric(columns[c].Type))
                {
                    output.Append(' ', padding).Append(text);
                }
                else
                {
                    output.Append(text);
                    if (!last || continues)
                    {
                        output.Append(' ', padding);
                    }
                }

                if (continues)
                {
                    output.Append('+');
                }
                else if (!last)
                {
                    output.Append(' ');
                }
            }

            output.Append('\n');
        }
    }

    private static bool IsNumeric(SqlType type) => type is SqlType.Integer or SqlType.Oid;
}
