using SqlConn.Syntax.Tree;

namespace SqlConn.Syntax.Printing;

/// <summary>CockroachDB's external connection statements.</summary>
internal sealed partial class Printer
{
    /// <summary>CockroachDB's own rendering of a masked URI.</summary>
    private const string MaskedUri = "'*****'";

    private void CreateExternalConnection(CreateExternalConnectionStatement s)
    {
        Write("CREATE EXTERNAL CONNECTION ");
        WriteIf(s.IfNotExists, "IF NOT EXISTS ");
        Label(s.Name);
        Write(" AS ");
        Uri(s.Uri);
    }

    private void AlterExternalConnection(AlterExternalConnectionStatement s)
    {
        Write("ALTER EXTERNAL CONNECTION ");
        WriteIf(s.IfExists, "IF EXISTS ");
        WriteIf(s.IfNotExists, "IF NOT EXISTS ");
        Label(s.Name);
        Write(" AS ");
        Uri(s.Uri);
    }

    private void ShowExternalConnections(ShowExternalConnectionsStatement s) =>
        OneOrAll(s.Name, "SHOW EXTERNAL CONNECTION ", "SHOW EXTERNAL CONNECTIONS");

    private void ShowCreateExternalConnections(ShowCreateExternalConnectionsStatement s) =>
        OneOrAll(s.Name, "SHOW CREATE EXTERNAL CONNECTION ", "SHOW CREATE ALL EXTERNAL CONNECTIONS");

    /// <summary>The form of a SHOW statement that names one connection, or the form that shows them all.</summary>
    private void OneOrAll(Label? name, string one, string all)
    {
        if (name is null)
        {
            Write(all);
            return;
        }

        Write(one);
        Label(name);
    }

    private void CheckExternalConnection(CheckExternalConnectionStatement s)
    {
        Write("CHECK EXTERNAL CONNECTION ");
        Uri(s.Uri);
        if (s.Options.IsEmpty)
        {
            return;
        }

        Write(" WITH OPTIONS ");
        Parenthesized(s.Options, CheckOption);
    }

    private void CheckOption(CheckOption option)
    {
        Write(option.Kind switch
        {
            CheckOptionKind.Transfer => "TRANSFER = ",
            CheckOptionKind.Time => "TIME = ",
            _ => "CONCURRENTLY = ",
        });
        if (option.Text is { } text)
        {
            Label(text);
        }
        else if (option.Value is { } value)
        {
            Expression(value);
        }
    }

    private void ShowGrantsOnExternalConnection(ShowGrantsOnExternalConnectionStatement s)
    {
        Write("SHOW GRANTS ON EXTERNAL CONNECTION ");
        Identifiers(s.Names);
        if (!s.ForRoles.IsEmpty)
        {
            Write(" FOR ");
            Identifiers(s.ForRoles);
        }
    }

    /// <summary>A connection URI: CockroachDB masks it whole.</summary>
    private void Uri(Label uri) => Secret(uri, Label, MaskedUri);

    /// <summary>A string literal, a bare word or a placeholder, as the label was written.</summary>
    private void Label(Label label)
    {
        switch (label.Kind)
        {
            case LabelKind.Identifier:
                Identifier(new Identifier(label.Value, false, default));
                break;
            case LabelKind.Placeholder:
                Write(label.Value);
                break;
            default:
                Write(StringLiterals.Standard(label.Value));
                break;
        }
    }
}
