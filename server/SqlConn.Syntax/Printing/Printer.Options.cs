using System.Runtime.CompilerServices;
using SqlConn.Syntax.Redaction;
using SqlConn.Syntax.Tree;

namespace SqlConn.Syntax.Printing;

/// <summary>Options (<c>NAME = value</c>) and their values.</summary>
internal sealed partial class Printer
{
    internal void Option(Option option)
    {
        Write(option.Name.Name);
        if (option.Value is { } value and not MissingValue)
        {
            Write(" = ");
            if (SecretOptions.HoldsPlainSecret(option))
            {
                Secret(value, OptionValue, RedactedValue);
            }
            else
            {
                OptionValue(value);
            }
        }
    }

    internal void OptionValue(OptionValue value)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        switch (value)
        {
            case StringValue s: String(s.Literal); break;
            case HexStringValue h: Write("X'"); Write(h.Hex); Write('\''); break;
            case NumberValue n: Write(n.Text); break;
            case BooleanValue b: Write(b.Value ? "true" : "false"); break; // lower case, as Materialize prints option values (spec §4.3, §4.6)
            case NullValue: Write("NULL"); break;
            case NameValue n: Name(n.Name); break;
            case SecretValue s: Write("SECRET "); Name(s.Secret); break;
            case SequenceValue s: Sequence(s); break;
            case MapValue m: Map(m); break;
            case BrokerValue b: KafkaBroker(b.Broker); break;
            case BrokerListValue b: BrokerList(b); break;
            case ObjectReferenceValue r: Name(r.Name); break;
            case PrivatelinkValue p: Privatelink(p); break;
            case ReplicasValue r: Parenthesized(r.Replicas, ReplicaDefinition); break;
            case MissingValue: break;
            default: throw new ArgumentOutOfRangeException(nameof(value), value.GetType().Name, "option value without a printer");
        }
    }

    private void Sequence(SequenceValue sequence)
    {
        Write(sequence.Brackets ? '[' : '(');
        List(sequence.Items, OptionValue);
        Write(sequence.Brackets ? ']' : ')');
    }

    private void Map(MapValue map)
    {
        Write("MAP[");
        List(map.Entries, entry =>
        {
            String(entry.Key);
            Write(" => ");
            OptionValue(entry.Value);
        });
        Write(']');
    }
}
