using Microsoft.CodeAnalysis.Text;
using SqlConn.Engine.Queries.Expressions;
using SqlConn.Engine.Relations;

namespace SqlConn.Engine.Queries.Binding;

/// <summary>
/// What the binders of all levels of one query share: the environment, and the features met that the
/// simulator does not evaluate (the first one is reported once binding found no error).
/// </summary>
internal sealed class BindingSession(IQueryEnvironment environment)
{
    private readonly List<BoundUnsupported> unsupported = [];

    public IQueryEnvironment Environment { get; } = environment;

    public BoundUnsupported Unsupported(string feature, TextSpan span)
    {
        var node = new BoundUnsupported(feature, new Location(span));
        unsupported.Add(node);
        return node;
    }

    /// <summary>Ends a binding that found no error: the first feature met that is not evaluated, if any, is reported.</summary>
    public void ThrowIfNotEvaluated()
    {
        if (unsupported.Count > 0)
        {
            throw new QueryNotEvaluatedException(unsupported[0].Feature, unsupported[0].Location.Span);
        }
    }
}
