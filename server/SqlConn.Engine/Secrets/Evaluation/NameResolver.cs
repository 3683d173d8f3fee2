using SqlConn.Syntax.Tree;

namespace SqlConn.Engine.Secrets.Evaluation;

/// <summary>
/// Materialize resolves the function and type names of a statement before it plans anything, so
/// an unknown name is reported before a type error or a subquery elsewhere in the expression.
/// Subqueries are not entered: AS rejects them whatever they contain.
/// </summary>
internal static class NameResolver
{
    public static void Check(Expression expression)
    {
        switch (expression)
        {
            case FunctionCall call when FunctionCatalog.Resolve(call.Name) is null:
                throw SecretErrors.At(call.Name.Span, SecretDiagnostics.Unresolved, $"function \"{call.Name}\" does not exist",
                    hint: $"SqlConn evaluates the functions {FunctionCatalog.Supported} in secret values.");
            case CastExpression cast when TypeNames.Resolve(cast.Type) is null:
                throw SecretErrors.At(cast.Type.Span, SecretDiagnostics.Unresolved, $"type \"{cast.Type.Name}\" does not exist",
                    hint: $"SqlConn evaluates the types {TypeNames.Supported} in secret values.");
        }

        foreach (var child in ExpressionChildren.Of(expression))
        {
            Check(child);
        }
    }
}
