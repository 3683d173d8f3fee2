using System.Collections.Frozen;

namespace SqlConn.Engine.Queries.Binding;

/// <summary>
/// Functions and types that exist in Materialize or PostgreSQL but that the simulator does not
/// evaluate. A query using one is reported as not evaluated; a name in neither this list nor the
/// evaluated ones is an error (<c>function foo(integer) does not exist</c>).
/// </summary>
internal static class KnownNames
{
    private static readonly string[] FunctionPrefixes = ["mz_", "pg_", "has_", "json_", "jsonb_", "array_", "regexp_", "list_", "map_", "to_", "date_", "make_", "justify_", "txid_"];

    private static readonly FrozenSet<string> Functions = FrozenSet.ToFrozenSet(
    [
        "now", "clock_timestamp", "statement_timestamp", "transaction_timestamp", "timeofday", "age", "extract", "timezone",
        "isfinite", "avg", "stddev", "stddev_pop", "stddev_samp", "variance", "var_pop", "var_samp", "bit_and", "bit_or",
        "row_number", "rank", "dense_rank", "lag", "lead", "first_value", "last_value", "nth_value", "ntile", "percent_rank",
        "cume_dist", "generate_series", "unnest", "string_to_array", "trunc", "round", "ceil", "ceiling", "floor", "sqrt",
        "cbrt", "exp", "ln", "log", "log10", "power", "pow", "mod", "sign", "pi", "random", "div", "gcd", "lcm",
        "width_bucket", "sin", "cos", "tan", "asin", "acos", "atan", "atan2", "degrees", "radians", "lpad", "rpad",
        "repeat", "reverse", "translate", "initcap", "ascii", "chr", "format", "quote_ident", "quote_literal",
        "quote_nullable", "md5", "sha224", "sha256", "sha384", "sha512", "digest", "hmac", "encode", "decode",
        "convert_from", "convert_to", "bit_length", "overlay", "position", "normalize", "parse_ident", "row_to_json",
        "obj_description", "col_description", "format_type", "version", "inet_client_addr", "inet_server_addr",
        "gen_random_uuid", "uuid_generate_v5", "csv_extract", "date", "current_setting", "set_config", "seahash",
        "kafka_murmur2", "crc32",
    ]);

    private static readonly FrozenSet<string> Types = FrozenSet.ToFrozenSet(
    [
        "numeric", "decimal", "real", "float", "float4", "float8", "double", "date", "time", "timetz", "timestamp",
        "timestamptz", "interval", "bytea", "uuid", "json", "regclass", "regproc", "regtype", "regnamespace", "regrole",
        "char", "character", "bpchar", "bit", "varbit", "inet", "cidr", "macaddr", "mz_timestamp", "uint2", "uint4", "uint8",
        "mz_aclitem", "aclitem", "record", "list", "map", "int2vector", "anyarray", "anyelement", "oidvector",
    ]);

    public static bool IsFunction(string name) =>
        Functions.Contains(name) || FunctionPrefixes.Any(p => name.StartsWith(p, StringComparison.Ordinal));

    public static bool IsType(string name) => Types.Contains(name);
}
