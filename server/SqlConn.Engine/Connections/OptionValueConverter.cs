using System.Collections.Immutable;
using System.Globalization;
using SqlConn.Engine.Connections.Types;
using SqlConn.Engine.Diagnostics;
using SqlConn.Syntax.Tree;

namespace SqlConn.Engine.Connections;

/// <summary>
/// Converts an option's written value into its validated form according to the option's value kind
/// (spec §3.1), with Materialize's messages (<c>invalid PASSWORD: must provide a secret value</c>).
/// References have been resolved before (<paramref name="resolved"/>: item id by name node).
/// </summary>
internal static class OptionValueConverter
{
    public static StoredValue Convert(OptionDefinition definition, Option option, IReadOnlyDictionary<ObjectName, string> resolved)
    {
        var value = option.Value;
        return definition.Kind switch
        {
            OptionValueKind.Text => Text(definition, option, value, "must provide a string value"),
            OptionValueKind.Secret => value is SecretValue secret ? new StoredSecret(resolved[secret.Secret]) : throw NotASecret(definition, option, value),
            OptionValueKind.SecretOrText => value is SecretValue secret
                ? new StoredSecret(resolved[secret.Secret])
                : Text(definition, option, value, "must provide a string or secret value"),
            OptionValueKind.Port => Number(definition, option, value, long.MinValue, ushort.MaxValue, unsigned: true),
            OptionValueKind.Integer => Number(definition, option, value, int.MinValue, int.MaxValue, unsigned: false),
            OptionValueKind.TextList => TextList(definition, option, value),
            OptionValueKind.ConnectionReference => value is ObjectReferenceValue reference
                ? new StoredConnectionReference(resolved[reference.Name])
                : throw Invalid(definition, option, "must provide an object"),
            OptionValueKind.Privatelink => value is PrivatelinkValue privatelink
                ? new StoredPrivatelink(resolved[privatelink.Connection], privatelink.Port is { } port ? long.Parse(port.Text, CultureInfo.InvariantCulture) : null)
                : throw Invalid(definition, option, "must provide an object"),
            OptionValueKind.Broker => value is BrokerValue broker
                ? new StoredBrokers([Broker(broker.Broker, definition, option, resolved)], Single: true)
                : throw Invalid(definition, option, "cannot use value as a kafka broker"),
            OptionValueKind.BrokerList => value is BrokerListValue brokers
                ? new StoredBrokers([.. brokers.Brokers.Select(b => Broker(b, definition, option, resolved))], Single: false)
                : throw Invalid(definition, option, "cannot use value as a kafka broker"),
            OptionValueKind.IcebergCatalogType => CatalogType(definition, option, value),
            _ => throw new ArgumentOutOfRangeException(nameof(definition)),
        };
    }

    private static StoredText Text(OptionDefinition definition, Option option, OptionValue? value, string missing) => value switch
    {
        null or MissingValue => throw Invalid(definition, option, missing),
        StringValue s => new StoredText(s.Literal.Value, Bare: false),
        NameValue { Name.Parts.Length: 1 } n => new StoredText(n.Name.Parts[0].Value, Bare: true),
        _ => throw Invalid(definition, option, Incompatible(value, "text") ?? "cannot use value as string"),
    };

    /// <summary>
    /// Materialize's error for a value that is not a scalar at all (a secret, a list, a map, a dotted
    /// name) where a scalar of type <paramref name="target"/> is expected (<c>text</c>, <c>uint2</c>,
    /// <c>int</c>, <c>bool</c>); null for scalars, whose errors depend on the target (spec §7.2).
    /// </summary>
    public static string? Incompatible(OptionValue value, string target) => value switch
    {
        NameValue { Name.Parts.Length: > 1 } => $"incompatible value types: cannot convert object names to {target}",
        SecretValue => $"incompatible value types: cannot convert secrets to {target}",
        SequenceValue or BrokerListValue => $"incompatible value types: cannot convert sequences to {target}",
        MapValue => $"incompatible value types: cannot convert maps to {target}",
        _ => null,
    };

    /// <summary>
    /// A secret-only option given something else: Materialize converts the value as a string or secret
    /// first, so a value that is not even text fails with the text conversion's error.
    /// </summary>
    private static StatementFailedException NotASecret(OptionDefinition definition, Option option, OptionValue? value)
    {
        if (value is not (null or MissingValue))
        {
            Text(definition, option, value, "must provide a secret value");
        }

        return Invalid(definition, option, "must provide a secret value");
    }

    /// <summary>An integer literal; out-of-range values fail with Rust's integer parse errors, as Materialize's do.</summary>
    private static StoredNumber Number(OptionDefinition definition, Option option, OptionValue? value, long min, long max, bool unsigned)
    {
        if (value is null or MissingValue)
        {
            throw Invalid(definition, option, "must provide an integer value");
        }

        if (value is not NumberValue number)
        {
            throw Invalid(definition, option, Incompatible(value, unsigned ? "uint2" : "int") ?? "cannot use value as number");
        }

        var text = number.Text;
        var negative = text.StartsWith('-');
        var digits = negative ? text[1..] : text;
        if (digits.Length == 0 || !digits.All(char.IsAsciiDigit) || (negative && unsigned))
        {
            throw Invalid(definition, option, "invalid numeric value: invalid digit found in string");
        }

        if (!long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed) || parsed > max || parsed < min)
        {
            throw Invalid(definition, option, negative
                ? "invalid numeric value: number too small to fit in target type"
                : "invalid numeric value: number too large to fit in target type");
        }

        return new StoredNumber(parsed);
    }

    private static StoredTextList TextList(OptionDefinition definition, Option option, OptionValue? value) => value switch
    {
        null or MissingValue => throw Invalid(definition, option, "must provide an array value"),
        SequenceValue sequence => new StoredTextList([.. sequence.Items.Select(item => item switch
        {
            StringValue s => s.Literal.Value,
            NameValue { Name.Parts.Length: 1 } n => n.Name.Parts[0].Value,
            _ => throw Invalid(definition, option, "cannot use value in array"),
        })]),
        _ => throw Invalid(definition, option, "cannot use value as array"),
    };

    private static StoredText CatalogType(OptionDefinition definition, Option option, OptionValue? value)
    {
        if (value is null or MissingValue)
        {
            throw Invalid(definition, option, "must provide an iceberg catalog type");
        }

        // Matched in any case and kept as written: create_sql prints the statement's own value.
        var text = Text(definition, option, value, "must provide an iceberg catalog type");
        return IcebergCatalogConnection.TypeOf(text.Value) is not null
            ? text
            : throw Invalid(definition, option, "invalid iceberg catalog type",
                $"use rest or s3tablesrest{EnumSuggestion.DidYouMean(text.Value, [IcebergCatalogConnection.Rest, IcebergCatalogConnection.S3TablesRest])}");
    }

    private static StoredBroker Broker(KafkaBroker broker, OptionDefinition definition, Option option, IReadOnlyDictionary<ObjectName, string> resolved) =>
        new(broker.Address.Value, broker.Tunnel switch
        {
            null => null,
            SshBrokerTunnel ssh => new StoredSshBrokerTunnel(resolved[ssh.Connection]),
            PrivatelinkBrokerTunnel privatelink => PrivatelinkTunnel(privatelink, definition, option, resolved),
            _ => throw new ArgumentOutOfRangeException(nameof(broker)),
        });

    private static StoredPrivatelinkBrokerTunnel PrivatelinkTunnel(
        PrivatelinkBrokerTunnel tunnel, OptionDefinition definition, Option option, IReadOnlyDictionary<ObjectName, string> resolved)
    {
        string? zone = null;
        long? port = null;
        foreach (var setting in tunnel.Options)
        {
            if (setting.Name.Name == "PORT")
            {
                var portDefinition = OptionDefinitions.Find("PORT") ?? definition;
                port = Number(portDefinition, setting, setting.Value, long.MinValue, ushort.MaxValue, unsigned: true).Value;
            }
            else
            {
                zone = Text(new OptionDefinition("AVAILABILITY ZONE", OptionValueKind.Text, string.Empty), setting, setting.Value, "must provide a string value").Value;
            }
        }

        return new StoredPrivatelinkBrokerTunnel(resolved[tunnel.Connection], zone, port);
    }

    private static StatementFailedException Invalid(OptionDefinition definition, Option option, string problem, string? hint = null) =>
        new(new EngineError(ConnectionDiagnostics.InvalidOptionValue, $"invalid {definition.Name}: {problem}", option.Value?.Span ?? option.Name.Span,
            Hint: hint ?? HintFor(definition, problem)));

    private static string? HintFor(OptionDefinition definition, string problem) => problem switch
    {
        "must provide a secret value" => $"store the value in a secret and reference it: {definition.Name} = SECRET <name>",
        "cannot use value as number" or "must provide an integer value" => $"{definition.Name} takes a number, e.g. {definition.Name} 5432",
        _ => null,
    };
}
