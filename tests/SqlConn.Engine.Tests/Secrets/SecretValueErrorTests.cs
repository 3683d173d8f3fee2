namespace SqlConn.Engine.Tests.Secrets;

/// <summary>
/// Value expressions that fail: the code, Materialize's message, and the text the error's span
/// covers (the offending sub-expression). Rows are grouped by diagnostic.
/// </summary>
public sealed class SecretValueErrorTests
{
    [Theory]
    // SC2201: the value must be bytea; only untyped literals and NULL coerce.
    [InlineData("CREATE SECRET s AS 'a' || 'a'", "SC2201", "AS must have type bytea, not type text", "'a' || 'a'")]
    [InlineData("CREATE SECRET s AS repeat('x', 3)", "SC2201", "AS must have type bytea, not type text", "repeat('x', 3)")]
    [InlineData("CREATE SECRET s AS 'x'::text", "SC2201", "AS must have type bytea, not type text", "'x'::text")]
    [InlineData("CREATE SECRET s AS NULL::text", "SC2201", "AS must have type bytea, not type text", "NULL::text")]
    [InlineData("CREATE SECRET s AS 'a'::bytea || 'b'::text", "SC2201", "AS must have type bytea, not type text", "'a'::bytea || 'b'::text")]
    [InlineData("CREATE SECRET s AS 123456", "SC2201", "AS must have type bytea, not type integer", "123456")]
    [InlineData("CREATE SECRET s AS 1024 * 512", "SC2201", "AS must have type bytea, not type integer", "1024 * 512")]
    [InlineData("CREATE SECRET s AS 99999999999", "SC2201", "AS must have type bytea, not type bigint", "99999999999")]
    [InlineData("CREATE SECRET s AS 1.5", "SC2201", "AS must have type bytea, not type numeric", "1.5")]
    [InlineData("CREATE SECRET s AS true", "SC2201", "AS must have type bytea, not type boolean", "true")]
    [InlineData("CREATE SECRET s AS 1 = 1", "SC2201", "AS must have type bytea, not type boolean", "1 = 1")]
    [InlineData("CREATE SECRET s AS 'a' LIKE 'b'", "SC2201", "AS must have type bytea, not type boolean", "'a' LIKE 'b'")]
    [InlineData("CREATE SECRET s AS ARRAY['a', 'b']", "SC2201", "AS must have type bytea, not type text[]", "ARRAY['a', 'b']")]
    [InlineData("CREATE SECRET s AS CASE WHEN true THEN 'a' END", "SC2201", "AS must have type bytea, not type text", "CASE WHEN true THEN 'a' END")]
    [InlineData("ALTER SECRET s AS 'a' || 'b'", "SC2201", "AS must have type bytea, not type text", "'a' || 'b'")]
    // SC2202: NULL, written or computed.
    [InlineData("CREATE SECRET s AS NULL", "SC2202", "secret value can not be null", "NULL")]
    [InlineData("CREATE SECRET s AS NULL::bytea", "SC2202", "secret value can not be null", "NULL::bytea")]
    [InlineData("CREATE SECRET s AS decode(NULL, 'base64')", "SC2202", "secret value can not be null", "decode(NULL, 'base64')")]
    [InlineData("CREATE SECRET s AS 'a'::bytea || NULL", "SC2202", "secret value can not be null", "'a'::bytea || NULL")]
    [InlineData("CREATE SECRET s AS repeat('x', NULL)::bytea", "SC2202", "secret value can not be null", "repeat('x', NULL)::bytea")]
    // SC2203: at most 512 KiB.
    [InlineData("CREATE SECRET s AS repeat('x', 1024 * 512 + 1)::bytea", "SC2203", "secrets can not be bigger than 512KiB", "repeat('x', 1024 * 512 + 1)::bytea")]
    [InlineData("CREATE SECRET s AS decode(repeat('00', 524289), 'hex')", "SC2203", "secrets can not be bigger than 512KiB", "decode(repeat('00', 524289), 'hex')")]
    // SC2204: valid UTF-8 only.
    [InlineData(@"CREATE SECRET s AS '\x80'", "SC2204", "secret value must be valid UTF-8", @"'\x80'")]
    [InlineData(@"CREATE SECRET s AS '\200'", "SC2204", "secret value must be valid UTF-8", @"'\200'")]
    [InlineData("CREATE SECRET s AS decode('gA==', 'base64')", "SC2204", "secret value must be valid UTF-8", "decode('gA==', 'base64')")]
    [InlineData("CREATE SECRET s AS decode('c3', 'hex')", "SC2204", "secret value must be valid UTF-8", "decode('c3', 'hex')")]
    // SC2205: no subqueries, parameters, aggregates or table functions.
    [InlineData("CREATE SECRET s AS (SELECT 'a')", "SC2205", "AS does not allow subqueries", "(SELECT 'a')")]
    [InlineData("CREATE SECRET s AS EXISTS (SELECT 1)", "SC2205", "AS does not allow subqueries", "EXISTS (SELECT 1)")]
    [InlineData("CREATE SECRET s AS 'a' IN (SELECT 'a')", "SC2205", "AS does not allow subqueries", "'a' IN (SELECT 'a')")]
    [InlineData("CREATE SECRET s AS ARRAY(SELECT 'a')", "SC2205", "AS does not allow subqueries", "ARRAY(SELECT 'a')")]
    [InlineData("CREATE SECRET s AS decode((SELECT 'a'), 'hex')", "SC2205", "AS does not allow subqueries", "(SELECT 'a')")]
    [InlineData("CREATE SECRET s AS $1", "SC2205", "there is no parameter $1", "$1")]
    [InlineData("CREATE SECRET s AS decode($2, 'base64')", "SC2205", "there is no parameter $2", "$2")]
    [InlineData("CREATE SECRET s AS count(*)", "SC2205", "aggregate functions are not allowed in AS (function count)", "count(*)")]
    [InlineData("CREATE SECRET s AS max('a')::bytea", "SC2205", "aggregate functions are not allowed in AS (function max)", "max('a')")]
    [InlineData("CREATE SECRET s AS string_agg('a', ',')", "SC2205", "aggregate functions are not allowed in AS (function string_agg)", "string_agg('a', ',')")]
    [InlineData("CREATE SECRET s AS generate_series(1, 2)", "SC2205", "table functions are not allowed in AS (function generate_series)", "generate_series(1, 2)")]
    // SC2206: bytea input syntax, decode() input, integer input and arithmetic.
    [InlineData(@"CREATE SECRET s AS '\x8'", "SC2206", "invalid input syntax for type bytea: invalid hexadecimal data: odd number of digits", @"'\x8'")]
    [InlineData(@"CREATE SECRET s AS '\xzz'", "SC2206", "invalid input syntax for type bytea: invalid hexadecimal digit", @"'\xzz'")]
    [InlineData(@"CREATE SECRET s AS '\x4 1'", "SC2206", "invalid input syntax for type bytea: invalid hexadecimal digit", @"'\x4 1'")]
    [InlineData(@"CREATE SECRET s AS 'a\b'", "SC2206", "invalid input syntax for type bytea: invalid escape sequence", @"'a\b'")]
    [InlineData(@"CREATE SECRET s AS '\X41'", "SC2206", "invalid input syntax for type bytea: invalid escape sequence", @"'\X41'")]
    [InlineData(@"CREATE SECRET s AS '\400'", "SC2206", "invalid input syntax for type bytea: invalid escape sequence", @"'\400'")]
    [InlineData(@"CREATE SECRET s AS '\12'", "SC2206", "invalid input syntax for type bytea: invalid escape sequence", @"'\12'")]
    [InlineData(@"CREATE SECRET s AS 'a\'", "SC2206", "invalid input syntax for type bytea: ends with escape character", @"'a\'")]
    [InlineData(@"CREATE SECRET s AS 'a\'::bytea", "SC2206", "invalid input syntax for type bytea: ends with escape character", @"'a\'")]
    [InlineData(@"CREATE SECRET s AS CAST('a\' AS bytea)", "SC2206", "invalid input syntax for type bytea: ends with escape character", @"'a\'")]
    [InlineData("CREATE SECRET s AS decode('c2VjcmV0Cg', 'base64')", "SC2206", "invalid base64 end sequence", "'c2VjcmV0Cg'")]
    [InlineData("CREATE SECRET s AS decode('!', 'base64')", "SC2206", "invalid base64 end sequence", "'!'")]
    [InlineData("CREATE SECRET s AS decode('c2VjcmV0Cg=', 'base64')", "SC2206", "unexpected \"=\" while decoding base64 sequence", "'c2VjcmV0Cg='")]
    [InlineData("CREATE SECRET s AS decode('c2Vj!mV0', 'base64')", "SC2206", "invalid symbol found while decoding base64 sequence", "'c2Vj!mV0'")]
    [InlineData("CREATE SECRET s AS decode('YQ=a', 'base64')", "SC2206", "unexpected \"=\" while decoding base64 sequence", "'YQ=a'")]
    [InlineData("CREATE SECRET s AS decode('=', 'base64')", "SC2206", "unexpected \"=\" while decoding base64 sequence", "'='")]
    [InlineData("CREATE SECRET s AS decode('=YQ=', 'base64')", "SC2206", "invalid symbol found while decoding base64 sequence", "'=YQ='")]
    [InlineData("CREATE SECRET s AS decode('abc', 'hex')", "SC2206", "invalid hexadecimal data: odd number of digits", "'abc'")]
    [InlineData("CREATE SECRET s AS decode('zz', 'hex')", "SC2206", "invalid hexadecimal digit", "'zz'")]
    [InlineData(@"CREATE SECRET s AS decode('a\', 'escape')", "SC2206", "invalid input syntax for type bytea: ends with escape character", @"'a\'")]
    [InlineData("CREATE SECRET s AS decode('abc', 'base32')", "SC2206", "invalid encoding name", "'base32'")]
    [InlineData("CREATE SECRET s AS repeat('x', 1 / 0)::bytea", "SC2206", "division by zero", "1 / 0")]
    [InlineData("CREATE SECRET s AS repeat('x', 1 % 0)::bytea", "SC2206", "division by zero", "1 % 0")]
    [InlineData("CREATE SECRET s AS repeat('x', 2147483647 + 1)::bytea", "SC2206", "integer out of range", "2147483647 + 1")]
    [InlineData("CREATE SECRET s AS (9223372036854775807 * 2)::text::bytea", "SC2206", "bigint out of range", "9223372036854775807 * 2")]
    [InlineData("CREATE SECRET s AS repeat('x', 'abc')::bytea", "SC2206", "invalid input syntax for type integer", "'abc'")]
    [InlineData("CREATE SECRET s AS repeat('x', '99999999999')::bytea", "SC2206", "value is out of range for type integer", "'99999999999'")]
    [InlineData("CREATE SECRET s AS repeat('x', 3000000000::integer)::bytea", "SC2206", "integer out of range", "3000000000")]
    // SC2207: unknown columns, functions, types, operators and casts.
    [InlineData("CREATE SECRET s AS foo", "SC2207", "column \"foo\" does not exist", "foo")]
    [InlineData("CREATE SECRET s AS t.foo", "SC2207", "column \"t.foo\" does not exist", "t.foo")]
    [InlineData("CREATE SECRET s AS foo('x')", "SC2207", "function \"foo\" does not exist", "foo")]
    [InlineData("CREATE SECRET s AS public.decode('x', 'hex')", "SC2207", "function \"public.decode\" does not exist", "public.decode")]
    [InlineData("CREATE SECRET s AS decode(1, 'hex')", "SC2207", "function decode(integer, unknown) does not exist", "decode(1, 'hex')")]
    [InlineData("CREATE SECRET s AS repeat('x')", "SC2207", "function repeat(unknown) does not exist", "repeat('x')")]
    [InlineData("CREATE SECRET s AS repeat('x', 2::bigint)", "SC2207", "function repeat(unknown, bigint) does not exist", "repeat('x', 2::bigint)")]
    [InlineData("CREATE SECRET s AS 'x'::money", "SC2207", "type \"money\" does not exist", "money")]
    [InlineData("CREATE SECRET s AS 123::bytea", "SC2207", "AS does not support casting from integer to bytea", "123::bytea")]
    [InlineData("CREATE SECRET s AS true::bytea", "SC2207", "AS does not support casting from boolean to bytea", "true::bytea")]
    [InlineData("CREATE SECRET s AS 'a'::bytea::integer", "SC2207", "AS does not support casting from bytea to integer", "'a'::bytea::integer")]
    [InlineData("CREATE SECRET s AS X'41'", "SC2207", "hex string literals not yet supported", "X'41'")]
    [InlineData("CREATE SECRET s AS 1 || 1", "SC2207", "operator does not exist: integer || integer", "1 || 1")]
    [InlineData("CREATE SECRET s AS 'a'::bytea || 1", "SC2207", "operator does not exist: bytea || integer", "'a'::bytea || 1")]
    [InlineData("CREATE SECRET s AS 'a'::text * 2", "SC2207", "operator does not exist: text * integer", "'a'::text * 2")]
    [InlineData("CREATE SECRET s AS '3' * '2'", "SC2207", "operator is not unique: unknown * unknown", "'3' * '2'")]
    [InlineData("CREATE SECRET s AS -'3'", "SC2207", "operator is not unique: - unknown", "-'3'")]
    // SC2208: valid SQL the simulator does not evaluate.
    [InlineData("CREATE SECRET s AS (CASE WHEN true THEN 'a' END)::bytea", "SC2208", "sqlconn does not evaluate CASE expressions in secret values", "CASE WHEN true THEN 'a' END")]
    [InlineData("CREATE SECRET s AS (1 = 1)::text::bytea", "SC2208", "sqlconn does not evaluate comparisons in secret values", "1 = 1")]
    [InlineData("CREATE SECRET s AS (1.5 * 2)::text::bytea", "SC2208", "sqlconn does not evaluate numeric arithmetic in secret values", "1.5 * 2")]
    [InlineData("CREATE SECRET s AS convert_to('x', 'LATIN1')", "SC2208", "sqlconn does not evaluate convert_to() to encodings other than UTF8 in secret values", "'LATIN1'")]
    [InlineData("CREATE SECRET s AS repeat('x', 100000000)::bytea", "SC2208", "sqlconn does not evaluate values larger than 64 MiB in secret values", "repeat('x', 100000000)")]
    public void Value_fails_with_this_error_on_this_text(string sql, string code, string message, string spanText)
    {
        var (error, actualSpanText) = SecretSql.Fail(sql);

        Assert.Equal((code, message, spanText), (error.Descriptor.Code, error.Message, actualSpanText));
    }

    [Theory]
    // Unknown names are resolved before anything is planned.
    [InlineData("CREATE SECRET s AS (SELECT 'a') || foo('b')", "function \"foo\" does not exist")]
    [InlineData("CREATE SECRET s AS 1 || 'x'::money", "type \"money\" does not exist")]
    // Planning goes left to right; the bytea check comes after the whole expression is planned.
    [InlineData("CREATE SECRET s AS 'a' || (SELECT 'b')", "AS does not allow subqueries")]
    [InlineData("CREATE SECRET s AS $1 || foo", "there is no parameter $1")]
    [InlineData("CREATE SECRET s AS foo || $1", "column \"foo\" does not exist")]
    // Planning errors come before evaluation errors.
    [InlineData("CREATE SECRET s AS decode('!', 'base64') || 1", "operator does not exist: bytea || integer")]
    [InlineData("CREATE SECRET s AS decode('!', 'base64') || 'a'::text", "AS must have type bytea, not type text")]
    // Evaluation goes left to right, and an error beats a NULL elsewhere.
    [InlineData("CREATE SECRET s AS decode('!!!!', 'base64') || decode('abc', 'hex')", "invalid symbol found while decoding base64 sequence")]
    [InlineData("CREATE SECRET s AS NULL::bytea || decode('abc', 'hex')", "invalid hexadecimal data: odd number of digits")]
    [InlineData("CREATE SECRET s AS decode('abc', 'nope')", "invalid encoding name")]
    // Then NULL, size and UTF-8, in that order.
    [InlineData("CREATE SECRET s AS repeat('x', 600000)::bytea || NULL", "secret value can not be null")]
    [InlineData("CREATE SECRET s AS decode(repeat('80', 524289), 'hex')", "secrets can not be bigger than 512KiB")]
    public void Checks_run_in_the_database_order(string sql, string message)
    {
        Assert.Equal(message, SecretSql.Fail(sql).Error.Message);
    }

    [Theory]
    [InlineData("CREATE SECRET s AS md5('x')", "SqlConn evaluates the functions convert_to, decode and repeat in secret values.")]
    [InlineData("CREATE SECRET s AS 'x'::varchar", "SqlConn evaluates the types bigint, boolean, bytea, integer, numeric and text in secret values.")]
    [InlineData("CREATE SECRET s AS decode(1, 'hex')", "No function matches the given name and argument types. You might need to add explicit type casts.")]
    [InlineData("CREATE SECRET s AS '3' * '2'", "Could not choose a best candidate operator. You might need to add explicit type casts.")]
    [InlineData("CREATE SECRET s AS decode('YWJj YQ', 'base64')", "Input data is missing padding, is truncated, or is otherwise corrupted.")]
    [InlineData("CREATE SECRET s AS decode('abc', 'base32')", "The formats are base64, hex and escape.")]
    [InlineData("CREATE SECRET s AS hunter2", "A secret value cannot refer to columns. Quote text with single quotes: 'value'.")]
    [InlineData("CREATE SECRET s AS (1 = 1)::text::bytea", "Write the value as a string literal or with decode() to have it checked.")]
    public void Error_has_this_hint(string sql, string hint)
    {
        Assert.Equal(hint, SecretSql.Fail(sql).Error.Hint);
    }
}
