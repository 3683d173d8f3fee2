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

    public BoundUnsupported? FirstUnsupported => unsupported.Count == 0 ? null : unsupported[0];

    public BoundUnsupported Unsupported(string feature, TextSpan span)
    {
        var node = new BoundUnsupported(feature, new Location(span));
        unsupported.Add(node);
        return node;
    }
}
