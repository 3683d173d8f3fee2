using System.Text.Json;
using Microsoft.CodeAnalysis.Text;

namespace SqlConn.LanguageServer.Tests.Support;

/// <summary>Applies LSP text edits (ranges in lines and UTF-16 characters of the original text) as a client does.</summary>
internal static class TextEdits
{
    public static string Apply(string text, JsonElement edits)
    {
        var source = SourceText.From(text);
        var changes = edits.EnumerateArray().Select(edit =>
        {
            var range = edit.GetProperty("range");
            var span = source.Lines.GetTextSpan(new LinePositionSpan(Position(range.GetProperty("start")), Position(range.GetProperty("end"))));
            return new TextChange(span, edit.GetProperty("newText").GetString() ?? string.Empty);
        });
        return source.WithChanges(changes).ToString();
    }

    private static LinePosition Position(JsonElement position) => new(position.GetProperty("line").GetInt32(), position.GetProperty("character").GetInt32());
}
