using System.Collections.Immutable;

namespace SqlConn.Engine.Secrets.Evaluation;

/// <summary>Computes a call's result from its non-null argument values.</summary>
internal delegate Datum FunctionBody(IReadOnlyList<Datum> arguments, BoundCall call);

/// <summary>
/// One signature of a function or operator. Every overload is strict: a NULL argument makes the
/// result NULL without running <see cref="Body"/>.
/// </summary>
internal sealed record FunctionOverload(string Name, ImmutableArray<ExpressionType> Parameters, ExpressionType Returns, FunctionBody Body);
