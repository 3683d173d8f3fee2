using System.Collections.Immutable;
using SqlConn.Ide.Analysis;

namespace SqlConn.Ide.Features.Hover;

/// <summary>One privilege a statement needs, on what, and whether the configured role holds it.</summary>
public sealed record PrivilegeRequirement(string Privilege, string Object, bool Held);

/// <summary>
/// The seam for the privilege part of statement hover: the privileges the statement at
/// <paramref name="statementIndex"/> needs. The privilege API provides it; without it, statement hover
/// says nothing about privileges.
/// </summary>
public delegate ImmutableArray<PrivilegeRequirement> PrivilegeHints(DocumentAnalysis document, int statementIndex);
