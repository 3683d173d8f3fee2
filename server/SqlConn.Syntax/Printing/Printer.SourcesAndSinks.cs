using System.Collections.Immutable;
using SqlConn.Syntax.Tree;

namespace SqlConn.Syntax.Printing;

/// <summary>CREATE SOURCE and CREATE SINK: the analysed head, then the tail as written.</summary>
internal sealed partial class Printer
{
    private void CreateSource(CreateSourceStatement s)
    {
        Write("CREATE SOURCE ");
        WriteIf(s.IfNotExists, "IF NOT EXISTS ");
        Name(s.Name);
        InCluster(s.InCluster);
        Write(" FROM ");
        Write(s.Connector switch
        {
            SourceConnector.Kafka => "KAFKA",
            SourceConnector.Postgres => "POSTGRES",
            SourceConnector.MySql => "MYSQL",
            SourceConnector.SqlServer => "SQL SERVER",
            SourceConnector.LoadGenerator => "LOAD GENERATOR",
            _ => "WEBHOOK",
        });
        if (s.Connection is { } connection)
        {
            ConnectionClause(connection, s.Options);
        }

        Tail(s.Tail);
    }

    private void CreateSink(CreateSinkStatement s)
    {
        Write("CREATE SINK ");
        WriteIf(s.IfNotExists, "IF NOT EXISTS ");
        Name(s.Name);
        InCluster(s.InCluster);
        Write(" FROM ");
        Name(s.From);
        Write(s.Connector == SinkConnector.IcebergCatalog ? " INTO ICEBERG CATALOG" : " INTO KAFKA");
        ConnectionClause(s.Connection, s.Options);
        Tail(s.Tail);
    }

    private void InCluster(Identifier? cluster)
    {
        if (cluster is not null)
        {
            Write(" IN CLUSTER ");
            Identifier(cluster);
        }
    }

    /// <summary><c> CONNECTION name (options)</c>.</summary>
    private void ConnectionClause(ObjectName connection, ImmutableArray<Option> options)
    {
        Write(" CONNECTION ");
        Name(connection);
        if (!options.IsEmpty)
        {
            StatementList(options, Option, parenthesized: true);
        }
    }

    private void Tail(DefinitionTail tail)
    {
        if (tail.Text.Length > 0)
        {
            Write(' ');
            Verbatim(tail.Text);
        }
    }
}
