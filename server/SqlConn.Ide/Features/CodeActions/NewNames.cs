using SqlConn.Engine.Execution;
using SqlConn.Ide.Analysis;
using SqlConn.Syntax.Tree;

namespace SqlConn.Ide.Features.CodeActions;

/// <summary>Names for the objects quick fixes create, free in the whole document from the statement on.</summary>
internal static class NewNames
{
    /// <summary>
    /// <c>{connection}_{option}</c> in lower case (<c>pg_password</c>, <c>k_sasl_password</c>), with a
    /// number appended while an item of that name exists before the statement or after any later one.
    /// </summary>
    public static string For(DocumentAnalysis document, int statementIndex, ObjectName connection, string option)
    {
        var stem = $"{connection.Last.Value}_{option.Replace(' ', '_')}".ToLowerInvariant();
        var states = document.Statements.Skip(statementIndex).Select(s => s.After).Prepend(document.StateBefore(statementIndex)).ToList();
        var name = stem;
        for (var suffix = 2; states.Any(state => NameLookup.Item(state, ObjectName.Of(new Identifier(name, false, default))) is not null); suffix++)
        {
            name = $"{stem}_{suffix}";
        }

        return name;
    }
}
