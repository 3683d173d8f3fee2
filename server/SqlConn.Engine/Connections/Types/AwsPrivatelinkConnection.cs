using System.Collections.Immutable;
using System.Text.RegularExpressions;
using SqlConn.Engine.Diagnostics;
using SqlConn.Syntax.Tree;
using static SqlConn.Engine.Connections.Types.Rows;

namespace SqlConn.Engine.Connections.Types;

/// <summary>AWS PRIVATELINK (spec §3.4).</summary>
internal static partial class AwsPrivatelinkConnection
{
    /// <summary>
    /// The simulated deployment runs in us-east-1; its availability zone IDs are listed in the hint
    /// when a value is not an ID. Any ID-shaped value is accepted, whatever the region, so that a
    /// deployment in another region never gets a false error.
    /// </summary>
    public static ImmutableArray<string> KnownAvailabilityZoneIds { get; } = ["use1-az1", "use1-az2", "use1-az4", "use1-az5", "use1-az6"];

    public static ConnectionTypeSpec Spec { get; } = new(
        ConnectionKind.AwsPrivatelink,
        "aws-privatelink",
        ValidatedByDefault: false,
        "A link to an AWS PrivateLink endpoint service, through which Kafka and database connections can route their traffic.",
        [
            Required("AVAILABILITY ZONES", "The IDs of the availability zones of the endpoint service (e.g. ('use1-az1', 'use1-az4')).",
                "Availability zone IDs, not names; no duplicates."),
            Optional("PORT", "Accepted but not used by Materialize.", "Ignored."),
            Required("SERVICE NAME", "The name of the AWS PrivateLink endpoint service, e.g. 'com.amazonaws.vpce.us-east-1.vpce-svc-0e123abc123198abc'."),
        ],
        [
            new RequiredRule("SERVICE NAME", "SERVICE NAME option is required"),
            new RequiredRule("AVAILABILITY ZONES", "AVAILABILITY ZONES option is required"),
            new CustomRule("availability zones are IDs, without duplicates", CheckAvailabilityZones),
            new AdviceRule("PORT is ignored", c =>
            {
                if (c.Has("PORT"))
                {
                    c.Warn(PreviewDiagnostics.IgnoredOption, "PORT is accepted but ignored for AWS PRIVATELINK connections", "PORT");
                }
            }),
        ]);

    private static void CheckAvailabilityZones(ConnectionRuleContext c)
    {
        if (c.Value("AVAILABILITY ZONES") is not StoredTextList zones)
        {
            return;
        }

        foreach (var zone in zones.Items.Where(z => !AvailabilityZoneIdPattern().IsMatch(z)))
        {
            c.Fail(ConnectionDiagnostics.InvalidAvailabilityZone, $"invalid AWS PrivateLink availability zone \"{zone}\"", "AVAILABILITY ZONES",
                hint: "Did you supply an availability zone name instead of an ID? Known availability zone IDs:\n  "
                    + string.Join("\n  ", KnownAvailabilityZoneIds));
        }

        var duplicates = zones.Items.GroupBy(z => z).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (duplicates.Count > 0)
        {
            c.Fail(ConnectionDiagnostics.InvalidAvailabilityZone, "connection cannot contain duplicate availability zones", "AVAILABILITY ZONES",
                hint: "Duplicated availability zones:\n  " + string.Join("\n  ", duplicates));
        }
    }

    [GeneratedRegex("^[a-z]{2,5}[0-9]+-az[0-9]+$")]
    private static partial Regex AvailabilityZoneIdPattern();
}
