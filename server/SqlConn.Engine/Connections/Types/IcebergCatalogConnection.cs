using SqlConn.Engine.Diagnostics;
using SqlConn.Syntax.Tree;
using static SqlConn.Engine.Connections.Types.Rows;

namespace SqlConn.Engine.Connections.Types;

/// <summary>ICEBERG CATALOG (spec §3.11): a REST catalog, or AWS S3 Tables' REST endpoint.</summary>
internal static class IcebergCatalogConnection
{
    public const string Rest = "rest";
    public const string S3TablesRest = "s3tablesrest";

    /// <summary>The catalog type a CATALOG TYPE value names, in any case (<c>'REST'</c> is <see cref="Rest"/>); null for another value.</summary>
    public static string? TypeOf(string? value) => value?.ToLowerInvariant() switch
    {
        Rest => Rest,
        S3TablesRest => S3TablesRest,
        _ => null,
    };

    public static ConnectionTypeSpec Spec { get; } = new(
        ConnectionKind.IcebergCatalog,
        "iceberg-catalog",
        ValidatedByDefault: true,
        "A link to an Apache Iceberg catalog, for Iceberg sinks.",
        [
            Conditional("AWS CONNECTION", "The AWS connection used to reach S3 Tables.", "Required with CATALOG TYPE s3tablesrest."),
            new OptionRow(OptionDefinitions.Find("CATALOG TYPE") ?? throw new InvalidOperationException(), Requirement.Required, "The kind of catalog.", AllowedValues: [Rest, S3TablesRest], Constraints: "rest or s3tablesrest, in any case."),
            Conditional("CREDENTIAL", "The credential of the REST catalog.", "Required with CATALOG TYPE rest."),
            Optional("SCOPE", "The OAuth scope of the REST catalog."),
            Required("URL", "The catalog URL."),
            Conditional("WAREHOUSE", "The warehouse, e.g. the S3 Tables table bucket ARN.", "Required with CATALOG TYPE s3tablesrest."),
        ],
        [
            new RequiredRule("CATALOG TYPE", "invalid CONNECTION: ICEBERG connections must specify CATALOG TYPE"),
            new CustomRule("URL is required", c => UrlRules.Check(c, "parsing Iceberg catalog url", requireDomainAndEmptyPath: false)),
            new CustomRule("AWS CONNECTION names an AWS connection", c => c.RequireReferencedType("AWS CONNECTION")),
            new CustomRule("s3tablesrest needs WAREHOUSE and AWS CONNECTION; rest needs CREDENTIAL", c =>
            {
                switch (TypeOf(c.Text("CATALOG TYPE")))
                {
                    case S3TablesRest when !c.Has("WAREHOUSE"):
                        c.FailAtType(ConnectionDiagnostics.MissingOption, "invalid CONNECTION: ICEBERG s3tablesrest connections must specify WAREHOUSE");
                        break;
                    case S3TablesRest when !c.Has("AWS CONNECTION"):
                        c.FailAtType(ConnectionDiagnostics.MissingOption, "invalid CONNECTION: ICEBERG s3tablesrest connections require an AWS connection");
                        break;
                    case Rest when !c.Has("CREDENTIAL"):
                        c.FailAtType(ConnectionDiagnostics.MissingOption, "invalid CONNECTION: ICEBERG rest connections require a CREDENTIAL");
                        break;
                }
            }),
        ]);

}
