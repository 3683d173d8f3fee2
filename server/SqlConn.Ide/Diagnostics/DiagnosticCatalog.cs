using System.Collections.Frozen;
using System.Collections.Immutable;
using SqlConn.Engine.Diagnostics;
using SqlConn.Ide.Lint;
using SqlConn.Syntax;
using SqlConn.Syntax.Diagnostics;

namespace SqlConn.Ide.Diagnostics;

/// <summary>
/// Every diagnostic code SqlConn can report, from every layer: syntax, engine and lint. sqlconn.json's
/// rules, suppression comments, <c>sqlconn explain</c>, the SARIF rules and docs/diagnostics.md all
/// know codes through it.
/// </summary>
public static class DiagnosticCatalog
{
    public static ImmutableArray<DiagnosticDescriptor> All { get; } =
        [.. SyntaxDiagnostics.All.Concat(EngineDiagnostics.All).Concat(LintDiagnostics.All).OrderBy(d => d.Code, StringComparer.Ordinal)];

    private static readonly FrozenDictionary<string, DiagnosticDescriptor> ByCode =
        All.ToFrozenDictionary(d => d.Code, StringComparer.OrdinalIgnoreCase);

    /// <summary>The descriptor of <paramref name="code"/> (in any letter case), or null.</summary>
    public static DiagnosticDescriptor? Find(string code) => ByCode.GetValueOrDefault(code);

    /// <summary>
    /// The known code an unknown one is a typo of: the same characters with two swapped (SC4050 for
    /// SC4005). A code that differs by a digit is another code, not a typo, so none is suggested.
    /// </summary>
    public static string? Suggest(string code)
    {
        var upper = code.ToUpperInvariant();
        return All.FirstOrDefault(d => EditDistance.Between(d.Code, upper) == 1 && d.Code.Order().SequenceEqual(upper.Order()))?.Code;
    }
}
