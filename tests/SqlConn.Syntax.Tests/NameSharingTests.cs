using SqlConn.Syntax.Tree;
using Xunit;

namespace SqlConn.Syntax.Tests;

/// <summary>The direct parser folds each unquoted name once per parse and shares the string.</summary>
public sealed class NameSharingTests
{
    [Fact]
    public void A_name_written_again_shares_the_string_of_its_first_mention()
    {
        var script = SqlParser.ParseScript("VALIDATE CONNECTION Payments_PG; VALIDATE CONNECTION payments_pg; VALIDATE CONNECTION \"payments_pg\";");
        var names = script.Statements.Select(s => ((ValidateConnectionStatement)s.Node).Name.Last).ToArray();

        Assert.All(names, n => Assert.Equal("payments_pg", n.Value));
        Assert.Same(names[0].Value, names[1].Value);
        Assert.True(names[2].IsQuoted);
    }

    [Fact]
    public void Names_are_folded_as_ToLowerInvariant_folds_them()
    {
        const string name = "ÉCOLE_Straße_İd";
        var statement = SqlParser.ParseStatement($"VALIDATE CONNECTION {name}");

        Assert.Equal(name.ToLowerInvariant(), ((ValidateConnectionStatement)statement.Node).Name.Last.Value);
    }
}
