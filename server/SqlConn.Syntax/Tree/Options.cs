using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;

namespace SqlConn.Syntax.Tree;

/// <summary>
/// An option name in canonical form: the words upper-cased and joined by one space
/// (<c>SSL CERTIFICATE AUTHORITY</c>). <c>USERNAME</c> is the synonym of <c>USER</c> and is
/// recorded as <c>USER</c>, as Materialize does.
/// </summary>
public sealed record OptionName(string Name, TextSpan Span) : SyntaxNode(Span)
{
    public override string ToString() => Name;
}

/// <summary>
/// One option of a list (connection options, WITH options, cluster and replica options, source and
/// sink options). <see cref="Value"/> is null when no value was written (<c>WITH (VALIDATE)</c>).
/// </summary>
public sealed record Option(OptionName Name, OptionValue? Value, TextSpan Span) : SyntaxNode(Span);

public abstract record OptionValue(TextSpan Span) : SyntaxNode(Span);

public sealed record StringValue(StringLiteral Literal) : OptionValue(Literal.Span);

public sealed record HexStringValue(string Hex, TextSpan Span) : OptionValue(Span);

/// <summary>A number as written, including a leading minus sign.</summary>
public sealed record NumberValue(string Text, TextSpan Span) : OptionValue(Span);

public sealed record BooleanValue(bool Value, TextSpan Span) : OptionValue(Span);

public sealed record NullValue(TextSpan Span) : OptionValue(Span);

/// <summary>Bare word(s) such as <c>PLAINTEXT</c> or <c>foo.bar</c>.</summary>
public sealed record NameValue(ObjectName Name) : OptionValue(Name.Span);

/// <summary><c>SECRET name</c>.</summary>
public sealed record SecretValue(ObjectName Secret, TextSpan Span) : OptionValue(Span);

/// <summary><c>( ... )</c> or, when <paramref name="Brackets"/>, <c>[ ... ]</c>.</summary>
public sealed record SequenceValue(ImmutableArray<OptionValue> Items, bool Brackets, TextSpan Span) : OptionValue(Span);

public sealed record MapValue(ImmutableArray<MapEntry> Entries, TextSpan Span) : OptionValue(Span);

public sealed record MapEntry(StringLiteral Key, OptionValue Value, TextSpan Span) : SyntaxNode(Span);

/// <summary>The value of <c>BROKER</c>.</summary>
public sealed record BrokerValue(KafkaBroker Broker) : OptionValue(Broker.Span);

/// <summary>The value of <c>BROKERS</c>.</summary>
public sealed record BrokerListValue(ImmutableArray<KafkaBroker> Brokers, bool Brackets, TextSpan Span) : OptionValue(Span);

/// <summary>The value of <c>SSH TUNNEL</c> and <c>AWS CONNECTION</c>: the name of another connection.</summary>
public sealed record ObjectReferenceValue(ObjectName Name) : OptionValue(Name.Span);

/// <summary>The value of <c>AWS PRIVATELINK</c>: a connection and an optional <c>(PORT n)</c>.</summary>
public sealed record PrivatelinkValue(ObjectName Connection, NumberValue? Port, TextSpan Span) : OptionValue(Span);

/// <summary>A value the parser could not read (only in statements with syntax errors).</summary>
public sealed record MissingValue(TextSpan Span) : OptionValue(Span);

/// <summary>A broker address with an optional tunnel: <c>'k:9092' USING SSH TUNNEL t</c>.</summary>
public sealed record KafkaBroker(StringLiteral Address, BrokerTunnel? Tunnel, TextSpan Span) : SyntaxNode(Span);

public abstract record BrokerTunnel(ObjectName Connection, TextSpan Span) : SyntaxNode(Span);

public sealed record SshBrokerTunnel(ObjectName Connection, TextSpan Span) : BrokerTunnel(Connection, Span);

/// <summary><c>USING AWS PRIVATELINK pl (AVAILABILITY ZONE 'use1-az1', PORT 9093)</c>.</summary>
public sealed record PrivatelinkBrokerTunnel(ObjectName Connection, ImmutableArray<Option> Options, TextSpan Span)
    : BrokerTunnel(Connection, Span);
