using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using SqlConn.Engine.Queries.Expressions;
using SqlConn.Engine.Values;

namespace SqlConn.Engine.Queries.Functions;

/// <summary>
/// One signature of a scalar function. A <see cref="Strict"/> function returns NULL when any argument
/// is NULL without running <see cref="Body"/>, which receives the arguments and the call's location
/// (for errors such as a negative substring length).
/// </summary>
internal sealed record ScalarFunction(
    string Name,
    EquatableArray<SqlType> Parameters,
    SqlType ReturnType,
    Func<ImmutableArray<SqlValue>, TextSpan, SqlValue> Body,
    bool Strict = true);
