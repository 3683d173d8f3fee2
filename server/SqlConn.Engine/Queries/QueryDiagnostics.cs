using System.Collections.Immutable;
using SqlConn.Syntax.Diagnostics;

namespace SqlConn.Engine.Queries;

/// <summary>
/// What the query evaluator reports for SELECT statements and SHOW ... LIKE / WHERE filters
/// (category <c>semantic</c>, codes SC2301..). Messages follow Materialize's wording, and
/// PostgreSQL's where Materialize has none of its own.
/// </summary>
public static class QueryDiagnostics
{
    public const string Category = "semantic";

    public static readonly DiagnosticDescriptor UnknownRelation = Error(
        "SC2301", "unknown catalog item",
        "The FROM clause names a table or view that does not exist in the simulated catalog. System "
        + "tables live in mz_catalog (found without a schema) and mz_internal (which must be named).",
        "SELECT * FROM mz_aws_connections;",
        "SELECT * FROM mz_internal.mz_aws_connections;");

    public static readonly DiagnosticDescriptor InvalidName = Error(
        "SC2302", "invalid qualified name",
        "An item name has more parts than [database.]schema.item allows.",
        "SELECT * FROM materialize.mz_catalog.mz_connections.name;",
        "SELECT name FROM mz_catalog.mz_connections;");

    public static readonly DiagnosticDescriptor UnknownColumn = Error(
        "SC2303", "column does not exist",
        "No table of the FROM clause (or of an enclosing query) has a column of that name. Unquoted "
        + "names are folded to lower case: quote a name that has capitals.",
        "SELECT connection_name FROM mz_connections;",
        "SELECT name FROM mz_connections;");

    public static readonly DiagnosticDescriptor AmbiguousReference = Error(
        "SC2304", "ambiguous reference",
        "Several tables of the FROM clause have a column of that name, or several output columns match "
        + "an ORDER BY name. Qualify the column with its table name or alias.",
        "SELECT id FROM mz_connections, mz_ssh_tunnel_connections;",
        "SELECT mz_connections.id FROM mz_connections, mz_ssh_tunnel_connections;");

    public static readonly DiagnosticDescriptor DuplicateTableName = Error(
        "SC2305", "table name specified more than once",
        "Two FROM items have the same name. Give one of them (or both) an alias.",
        "SELECT 1 FROM mz_connections, mz_connections;",
        "SELECT 1 FROM mz_connections a, mz_connections b;");

    public static readonly DiagnosticDescriptor InvalidTableReference = Error(
        "SC2306", "invalid reference to FROM-clause entry",
        "A column is qualified with the name of a table that has an alias in the FROM clause. Once a "
        + "table has an alias, only the alias can qualify its columns.",
        "SELECT mz_connections.name FROM mz_connections c;",
        "SELECT c.name FROM mz_connections c;");

    public static readonly DiagnosticDescriptor InvalidWildcard = Error(
        "SC2307", "invalid wildcard",
        "A t.* names no table of the FROM clause, or a * has no FROM clause to expand.",
        "SELECT x.* FROM mz_connections c;",
        "SELECT c.* FROM mz_connections c;");

    public static readonly DiagnosticDescriptor InvalidUsingColumn = Error(
        "SC2308", "invalid USING column",
        "A column of JOIN ... USING (...) must exist exactly once on each side of the join, and appear "
        + "once in the list.",
        "SELECT * FROM mz_connections JOIN mz_secrets USING (public_key_1);",
        "SELECT * FROM mz_connections JOIN mz_ssh_tunnel_connections USING (id);");

    public static readonly DiagnosticDescriptor UnknownOperator = Error(
        "SC2309", "operator does not exist",
        "No operator takes operands of these types; SQL does not convert between text and numbers "
        + "implicitly. A quoted literal takes the type of the other operand, so compare with '5' or cast.",
        "SELECT * FROM mz_connections WHERE name = 1;",
        "SELECT * FROM mz_connections WHERE name = '1';");

    public static readonly DiagnosticDescriptor UnknownFunction = Error(
        "SC2310", "function does not exist",
        "No function of that name takes arguments of these types. Check the name and cast the "
        + "arguments where needed.",
        "SELECT lower(oid) FROM mz_connections;",
        "SELECT lower(oid::text) FROM mz_connections;");

    public static readonly DiagnosticDescriptor WrongType = Error(
        "SC2311", "expression has the wrong type",
        "A clause needs a value of a given type, e.g. WHERE and ON need a boolean condition.",
        "SELECT name FROM mz_connections WHERE 1;",
        "SELECT name FROM mz_connections WHERE true;");

    public static readonly DiagnosticDescriptor TypeMismatch = Error(
        "SC2312", "types cannot be matched",
        "The branches of CASE, the arguments of COALESCE, the columns of a UNION or the columns of a "
        + "USING join must share one type.",
        "SELECT CASE WHEN true THEN name ELSE 1 END FROM mz_connections;",
        "SELECT CASE WHEN true THEN name ELSE '1' END FROM mz_connections;");

    public static readonly DiagnosticDescriptor UnknownType = Error(
        "SC2313", "type does not exist",
        "A cast names a type that does not exist.",
        "SELECT oid::integr FROM mz_connections;",
        "SELECT oid::integer FROM mz_connections;");

    public static readonly DiagnosticDescriptor InvalidCast = Error(
        "SC2314", "invalid cast",
        "There is no conversion between these two types.",
        "SELECT true::oid;",
        "SELECT true::integer;");

    public static readonly DiagnosticDescriptor InvalidInput = Error(
        "SC2315", "invalid input syntax",
        "A string cannot be read as a value of the type it is cast or compared to.",
        "SELECT 'abc'::integer;",
        "SELECT '42'::integer;");

    public static readonly DiagnosticDescriptor DivisionByZero = Error(
        "SC2316", "division by zero",
        "An integer division or modulo has a zero divisor for some row.",
        "SELECT length(name) / 0 FROM mz_connections;",
        "SELECT length(name) / NULLIF(0, 0) FROM mz_connections;");

    public static readonly DiagnosticDescriptor OutOfRange = Error(
        "SC2317", "value out of range",
        "An integer computation overflows.",
        "SELECT 9223372036854775807 + 1;",
        "SELECT 9223372036854775806 + 1;");

    public static readonly DiagnosticDescriptor InvalidArgument = Error(
        "SC2318", "invalid function argument",
        "A function or operator received an argument it does not accept: a negative substring length, "
        + "a zero field position, an ESCAPE of more than one character.",
        "SELECT name LIKE 'a%' ESCAPE '\\\\' FROM mz_connections;",
        "SELECT name LIKE 'a%' ESCAPE '\\' FROM mz_connections;");

    public static readonly DiagnosticDescriptor UngroupedColumn = Error(
        "SC2319", "column must appear in the GROUP BY clause",
        "A query with GROUP BY or an aggregate yields one row per group; a column that is neither "
        + "grouped nor inside an aggregate has no single value for the group.",
        "SELECT type, name, count(*) FROM mz_connections GROUP BY type;",
        "SELECT type, count(*) FROM mz_connections GROUP BY type;");

    public static readonly DiagnosticDescriptor MisplacedAggregate = Error(
        "SC2320", "invalid use of an aggregate",
        "Aggregates belong in the select list, HAVING and ORDER BY; they cannot be nested, and DISTINCT "
        + "or * arguments are only for aggregates. Filter groups with HAVING rather than WHERE.",
        "SELECT type FROM mz_connections WHERE count(*) > 1 GROUP BY type;",
        "SELECT type FROM mz_connections GROUP BY type HAVING count(*) > 1;");

    public static readonly DiagnosticDescriptor InvalidLimit = Error(
        "SC2321", "invalid LIMIT or OFFSET",
        "LIMIT and OFFSET take a non-negative integer.",
        "SELECT name FROM mz_connections LIMIT -1;",
        "SELECT name FROM mz_connections LIMIT 1;");

    public static readonly DiagnosticDescriptor InvalidPosition = Error(
        "SC2322", "position is not in select list",
        "ORDER BY and GROUP BY accept a number as the position of an output column, counting from 1.",
        "SELECT name FROM mz_connections ORDER BY 2;",
        "SELECT name FROM mz_connections ORDER BY 1;");

    public static readonly DiagnosticDescriptor InvalidOrderBy = Error(
        "SC2323", "invalid ORDER BY",
        "With SELECT DISTINCT, ORDER BY can only use output columns; after UNION, INTERSECT or EXCEPT "
        + "it can only name output columns (or their positions).",
        "SELECT DISTINCT type FROM mz_connections ORDER BY name;",
        "SELECT DISTINCT type FROM mz_connections ORDER BY type;");

    public static readonly DiagnosticDescriptor DuplicateClause = Error(
        "SC2324", "clause given twice",
        "A parenthesised query with its own ORDER BY, LIMIT or OFFSET is followed by another one.",
        "(SELECT name FROM mz_connections ORDER BY name) ORDER BY id;",
        "SELECT name FROM mz_connections ORDER BY name, id;");

    public static readonly DiagnosticDescriptor SetOperationMismatch = Error(
        "SC2325", "set operation column count mismatch",
        "Both sides of UNION, INTERSECT and EXCEPT must have the same number of columns.",
        "SELECT id, name FROM mz_connections UNION SELECT id FROM mz_secrets;",
        "SELECT id, name FROM mz_connections UNION SELECT id, name FROM mz_secrets;");

    public static readonly DiagnosticDescriptor InvalidSubquery = Error(
        "SC2326", "invalid subquery result",
        "A subquery used as a value must return one column and at most one row.",
        "SELECT (SELECT name FROM mz_connections);",
        "SELECT (SELECT name FROM mz_connections LIMIT 1);");

    public static readonly DiagnosticDescriptor UnknownParameter = Error(
        "SC2327", "no such parameter",
        "A $n placeholder needs a prepared statement that binds it; a script has none.",
        "SELECT name FROM mz_connections WHERE id = $1;",
        "SELECT name FROM mz_connections WHERE id = 'u1';");

    public static readonly DiagnosticDescriptor CannotSubscript = Error(
        "SC2328", "cannot subscript type",
        "Only arrays can be subscripted with [n].",
        "SELECT name[1] FROM mz_connections;",
        "SELECT brokers[1] FROM mz_kafka_connections;");

    public static readonly DiagnosticDescriptor NotEvaluated = new(
        "SC2329", "query not evaluated", DiagnosticSeverity.Info, Category,
        "The query is valid, but it uses SQL that the catalog simulator does not evaluate (for example "
        + "numeric or timestamp values, or functions beyond the common text and array ones). No result "
        + "is shown; this is not an error in the query.",
        "SELECT now();",
        "SELECT now();  -- unchanged: this is only information");

    public static ImmutableArray<DiagnosticDescriptor> All { get; } =
    [
        UnknownRelation, InvalidName, UnknownColumn, AmbiguousReference, DuplicateTableName, InvalidTableReference,
        InvalidWildcard, InvalidUsingColumn, UnknownOperator, UnknownFunction, WrongType, TypeMismatch, UnknownType,
        InvalidCast, InvalidInput, DivisionByZero, OutOfRange, InvalidArgument, UngroupedColumn, MisplacedAggregate,
        InvalidLimit, InvalidPosition, InvalidOrderBy, DuplicateClause, SetOperationMismatch, InvalidSubquery,
        UnknownParameter, CannotSubscript, NotEvaluated,
    ];

    private static DiagnosticDescriptor Error(string code, string title, string explanation, string bad, string good) =>
        new(code, title, DiagnosticSeverity.Error, Category, explanation, bad, good);
}
