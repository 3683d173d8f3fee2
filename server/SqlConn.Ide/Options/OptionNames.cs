using System.Collections.Immutable;
using SqlConn.Engine.Connections;
using SqlConn.Ide.Tokens;

namespace SqlConn.Ide.Options;

/// <summary>
/// Connection option names as token sequences (<c>SSL CERTIFICATE AUTHORITY</c> is three keywords,
/// <c>PUBLIC KEY 1</c> ends with a number), read from <see cref="OptionDefinitions"/>. <c>USERNAME</c>
/// is the synonym of <c>USER</c>.
/// </summary>
internal static class OptionNames
{
    private const string UserSynonym = "USERNAME";

    private static readonly ImmutableArray<(ImmutableArray<string> Words, OptionDefinition Definition)> Spellings =
    [
        .. OptionDefinitions.All.Select(d => (Words(d.Name), d)),
        .. OptionDefinitions.All.Where(d => d.Name == "USER").Select(d => (Words(UserSynonym), d)),
    ];

    /// <summary>The option whose name the tokens start with (the longest), and how many tokens it takes.</summary>
    public static (OptionDefinition Definition, int Length)? Match(IReadOnlyList<Token> tokens)
    {
        (OptionDefinition, int)? best = null;
        foreach (var (words, definition) in Spellings)
        {
            if (words.Length <= tokens.Count && (best is not { } b || words.Length > b.Item2)
                && words.Select((w, i) => tokens[i].Word == w).All(x => x))
            {
                best = (definition, words.Length);
            }
        }

        return best;
    }

    /// <summary>Whether the tokens are the first words of some option name, but not a whole one.</summary>
    public static bool StartsSomeName(IReadOnlyList<Token> tokens) =>
        Spellings.Any(s => s.Words.Length > tokens.Count && tokens.Select((t, i) => t.Word == s.Words[i]).All(x => x));

    private static ImmutableArray<string> Words(string name) => [.. name.Split(' ')];
}
