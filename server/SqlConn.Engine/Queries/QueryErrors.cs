using Microsoft.CodeAnalysis.Text;
using SqlConn.Syntax.Diagnostics;
using static SqlConn.Engine.Queries.QueryDiagnostics;

namespace SqlConn.Engine.Queries;

/// <summary>Every error of the query evaluator, in the database's wording, ready to throw.</summary>
internal static class QueryErrors
{
    public static StatementFailedException UnknownRelationError(string name, TextSpan span) =>
        Fail(UnknownRelation, $"unknown catalog item '{name}'", span);

    public static StatementFailedException OverqualifiedName(string name, TextSpan span) =>
        Fail(InvalidName, $"qualified name did not have between 1 and 3 components: {name}", span);

    public static StatementFailedException UnknownColumnError(string display, TextSpan span, string? hint = null) =>
        Fail(UnknownColumn, $"column \"{display}\" does not exist", span, hint: hint);

    public static StatementFailedException AmbiguousColumn(string name, TextSpan span) =>
        Fail(AmbiguousReference, $"column reference \"{name}\" is ambiguous", span);

    public static StatementFailedException AmbiguousTable(string name, TextSpan span) =>
        Fail(AmbiguousReference, $"table reference \"{name}\" is ambiguous", span);

    public static StatementFailedException AmbiguousOrderBy(string name, TextSpan span) =>
        Fail(AmbiguousReference, $"ORDER BY \"{name}\" is ambiguous", span);

    public static StatementFailedException DuplicateTable(string name, TextSpan span) =>
        Fail(DuplicateTableName, $"table name \"{name}\" specified more than once", span);

    public static StatementFailedException InvalidTableReferenceError(string table, string alias, TextSpan span) =>
        Fail(InvalidTableReference, $"invalid reference to FROM-clause entry for table \"{table}\"", span,
            hint: $"Perhaps you meant to reference the table alias \"{alias}\".");

    public static StatementFailedException NoTableInScope(string name, TextSpan span) =>
        Fail(InvalidWildcard, $"no table named '{name}' in scope", span);

    public static StatementFailedException StarWithoutTables(TextSpan span) =>
        Fail(InvalidWildcard, "SELECT * with no tables specified is not valid", span);

    public static StatementFailedException UsingColumnMissing(string name, string side, TextSpan span) =>
        Fail(InvalidUsingColumn, $"column \"{name}\" specified in USING clause does not exist in {side} table", span);

    public static StatementFailedException UsingColumnAmbiguous(string name, string side, TextSpan span) =>
        Fail(InvalidUsingColumn, $"common column name \"{name}\" appears more than once in {side} table", span);

    public static StatementFailedException UsingColumnRepeated(string name, TextSpan span) =>
        Fail(InvalidUsingColumn, $"column name \"{name}\" appears more than once in USING clause", span);

    public static StatementFailedException UnknownOperatorError(string operands, TextSpan span) =>
        Fail(UnknownOperator, $"operator does not exist: {operands}", span,
            hint: "No operator matches the given name and argument types. You might need to add explicit type casts.");

    public static StatementFailedException AmbiguousOperator(string operands, TextSpan span) =>
        Fail(UnknownOperator, $"operator is not unique: {operands}", span,
            hint: "Could not choose a best candidate operator. You might need to add explicit type casts.");

    public static StatementFailedException UnknownFunctionError(string name, IEnumerable<string> argumentTypes, TextSpan span) =>
        Fail(UnknownFunction, $"function {name}({string.Join(", ", argumentTypes)}) does not exist", span,
            hint: "No function matches the given name and argument types. You might need to add explicit type casts.");

    public static StatementFailedException NotAnAggregate(string syntax, string name, TextSpan span) =>
        Fail(MisplacedAggregate, $"{syntax} specified, but {name} is not an aggregate function", span);

    public static StatementFailedException AggregateNotAllowed(string clause, TextSpan span) =>
        Fail(MisplacedAggregate, $"aggregate functions are not allowed in {clause}", span);

    public static StatementFailedException NestedAggregate(TextSpan span) =>
        Fail(MisplacedAggregate, "aggregate function calls cannot be nested", span);

    public static StatementFailedException WrongTypeError(string clause, string expected, string actual, TextSpan span) =>
        Fail(WrongType, $"{clause} must have type {expected}, not type {actual}", span);

    public static StatementFailedException TypesCannotBeMatched(string context, string first, string second, TextSpan span) =>
        Fail(TypeMismatch, $"{context} types {first} and {second} cannot be matched", span);

    public static StatementFailedException UnknownTypeError(string name, TextSpan span) =>
        Fail(UnknownType, $"type \"{name}\" does not exist", span);

    public static StatementFailedException InvalidCastError(string from, string to, TextSpan span) =>
        Fail(InvalidCast, $"CAST does not support casting from {from} to {to}", span);

    public static StatementFailedException InvalidInputError(string type, string? detail, string input, TextSpan span) =>
        Fail(InvalidInput, $"invalid input syntax for type {type}: {(detail is null ? string.Empty : detail + ": ")}\"{input}\"", span);

    public static StatementFailedException DivisionByZeroError(TextSpan span) =>
        Fail(DivisionByZero, "division by zero", span);

    public static StatementFailedException OutOfRangeError(string type, TextSpan span) =>
        Fail(OutOfRange, $"{type} out of range", span);

    public static StatementFailedException InvalidArgumentError(string message, TextSpan span, string? hint = null) =>
        Fail(InvalidArgument, message, span, hint: hint);

    public static StatementFailedException UngroupedColumnError(string display, TextSpan span) =>
        Fail(UngroupedColumn, $"column \"{display}\" must appear in the GROUP BY clause or be used in an aggregate function", span);

    public static StatementFailedException NegativeLimit(string clause, TextSpan span) =>
        Fail(InvalidLimit, $"{clause} must not be negative", span);

    public static StatementFailedException PositionNotInSelectList(string clause, string position, TextSpan span) =>
        Fail(InvalidPosition, $"{clause} position {position} is not in select list", span);

    public static StatementFailedException DistinctOrderBy(TextSpan span) =>
        Fail(InvalidOrderBy, "for SELECT DISTINCT, ORDER BY expressions must appear in select list", span);

    public static StatementFailedException SetOperationOrderBy(TextSpan span) =>
        Fail(InvalidOrderBy, "invalid UNION/INTERSECT/EXCEPT ORDER BY clause", span,
            "Only result column names can be used, not expressions or functions.",
            "Add the expression/function to every SELECT, or move the UNION into a FROM clause.");

    public static StatementFailedException DuplicateClauseError(string clause, TextSpan span) =>
        Fail(DuplicateClause, $"multiple {clause} clauses not allowed", span);

    public static StatementFailedException SetOperationColumnCount(string operation, TextSpan span) =>
        Fail(SetOperationMismatch, $"each {operation} query must have the same number of columns", span);

    public static StatementFailedException SubqueryColumns(int count, TextSpan span) =>
        Fail(InvalidSubquery, $"Expected subselect to return 1 column, got {count} columns", span);

    public static StatementFailedException SubqueryRows(TextSpan span) =>
        Fail(InvalidSubquery, "more than one record produced in subquery", span);

    public static StatementFailedException UnknownParameterError(string parameter, TextSpan span) =>
        Fail(UnknownParameter, $"there is no parameter {parameter}", span);

    public static StatementFailedException CannotSubscriptError(string type, TextSpan span) =>
        Fail(CannotSubscript, $"cannot subscript type {type}", span);

    private static StatementFailedException Fail(
        DiagnosticDescriptor descriptor, string message, TextSpan span, string? detail = null, string? hint = null) =>
        new(new EngineError(descriptor, message, span, detail, hint));
}
