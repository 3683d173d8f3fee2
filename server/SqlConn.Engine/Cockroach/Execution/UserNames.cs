using System.Text;
using System.Text.RegularExpressions;
using SqlConn.Engine.Cockroach.Go;
using SqlConn.Engine.Cockroach.State;
using SqlConn.Engine.Execution;
using SqlConn.Syntax.Tree;

namespace SqlConn.Engine.Cockroach.Execution;

/// <summary>CockroachDB user names (pkg/security/username): case-insensitive, checked when a user is created.</summary>
internal static partial class UserNames
{
    private const int MaxLength = 63;

    private const string Help = "Usernames are case insensitive, must start with a letter, digit or underscore, "
        + "may contain letters, digits, dashes, periods, or underscores, and must not exceed 63 characters.";

    /// <summary>The normalized name: lower case (quoted names too) in Unicode NFC.</summary>
    public static string Normalize(Identifier name) => Normalize(name.Value);

    public static string Normalize(string name) => name.ToLowerInvariant().Normalize(NormalizationForm.FormC);

    /// <summary><c>public</c>, <c>none</c>, <c>node</c> and the <c>pg_</c> and <c>crdb_internal_</c> prefixes.</summary>
    public static bool IsReserved(string name) =>
        name is CockroachRole.Public or "none" or "node" || name.StartsWith("pg_", StringComparison.Ordinal) || name.StartsWith("crdb_internal_", StringComparison.Ordinal);

    /// <summary>Fails unless <paramref name="name"/> (normalized) may name a new user.</summary>
    public static void ValidateForCreation(string name, Identifier source)
    {
        var problem = name.Length == 0 ? "username is empty"
            : Encoding.UTF8.GetByteCount(name) > MaxLength ? "username is too long"
            : !Valid().IsMatch(name) ? "username is invalid"
            : null;
        if (problem is not null)
        {
            throw StatementContext.Fail(CockroachDiagnostics.InvalidUserName, problem, source.Span, hint: Help);
        }
    }

    public static StatementFailedException Reserved(string name, Identifier source) =>
        StatementContext.Fail(CockroachDiagnostics.InvalidUserName, $"role name {GoStrconv.Quote(name)} is reserved", source.Span);

    /// <summary><c>role/user "x" does not exist</c> (CockroachDB's undefined-user error, name in Go quotes).</summary>
    public static StatementFailedException Unknown(string name, Identifier source) =>
        StatementContext.Fail(CockroachDiagnostics.UnknownUser, $"role/user {GoStrconv.Quote(name)} does not exist", source.Span);

    [GeneratedRegex(@"^[\p{Ll}0-9_][\-\p{Ll}0-9_.]*$")]
    private static partial Regex Valid();
}
