using SqlConn.Engine.Catalog;

namespace SqlConn.Engine.Execution;

/// <summary>
/// Why a role cannot be dropped (spec §5.1): the objects it owns and the privileges granted to or by
/// it, one DETAIL line each, as Materialize words them.
/// </summary>
internal static class RoleDependencies
{
    public static List<string> Describe(Catalog.Catalog catalog, Role role)
    {
        var lines = new List<string>();
        foreach (var item in catalog.Items.Values.OrderBy(i => catalog.FullName(i), StringComparer.Ordinal))
        {
            var what = $"{item.KindName.ToUpperInvariant()} \"{catalog.FullName(item)}\"";
            if (item.OwnerId == role.Id)
            {
                lines.Add($"{role.Name}: owner of {what}");
            }

            if (item.Privileges.Any(a => a.GrantorId == role.Id && a.GranteeId != role.Id))
            {
                lines.Add($"{role.Name}: privileges on {what} granted by {role.Name}");
            }

            if (item.OwnerId != role.Id && item.Privileges.Any(a => a.GranteeId == role.Id))
            {
                lines.Add($"{role.Name}: privileges granted on {what} to {role.Name}");
            }
        }

        foreach (var cluster in catalog.Clusters.Values.Where(c => c.OwnerId == role.Id))
        {
            lines.Add($"{role.Name}: owner of CLUSTER \"{cluster.Name}\"");
        }

        return lines;
    }
}
