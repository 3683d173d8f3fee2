using System.Collections.Immutable;
using SqlConn.Syntax.Tree;

namespace SqlConn.Syntax.Printing;

/// <summary>GRANT, REVOKE and ALTER DEFAULT PRIVILEGES (both dialects).</summary>
internal sealed partial class Printer
{
    private void GrantPrivileges(GrantPrivilegesStatement s)
    {
        Write("GRANT ");
        PrivilegesOn(s.Privileges, s.Target);
        Write(" TO ");
        List(s.Grantees, RoleSpec);
        WriteIf(s.WithGrantOption, " WITH GRANT OPTION");
    }

    private void RevokePrivileges(RevokePrivilegesStatement s)
    {
        Write("REVOKE ");
        WriteIf(s.GrantOptionFor, "GRANT OPTION FOR ");
        PrivilegesOn(s.Privileges, s.Target);
        Write(" FROM ");
        List(s.Grantees, RoleSpec);
    }

    private void GrantSystemPrivileges(GrantSystemPrivilegesStatement s)
    {
        Write("GRANT SYSTEM ");
        List(s.Privileges, Word);
        Write(" TO ");
        List(s.Grantees, RoleSpec);
        WriteIf(s.WithGrantOption, " WITH GRANT OPTION");
    }

    private void RevokeSystemPrivileges(RevokeSystemPrivilegesStatement s)
    {
        Write("REVOKE ");
        WriteIf(s.GrantOptionFor, "GRANT OPTION FOR ");
        Write("SYSTEM ");
        List(s.Privileges, Word);
        Write(" FROM ");
        List(s.Grantees, RoleSpec);
    }

    private void GrantRole(GrantRoleStatement s)
    {
        Write("GRANT ");
        Identifiers(s.Roles);
        Write(" TO ");
        Identifiers(s.Members);
        if (s.WithAdminOption)
        {
            Write(" WITH ADMIN OPTION");
        }
    }

    private void RevokeRole(RevokeRoleStatement s)
    {
        Write("REVOKE ");
        Identifiers(s.Roles);
        Write(" FROM ");
        Identifiers(s.Members);
    }

    private void AlterDefaultPrivileges(AlterDefaultPrivilegesStatement s)
    {
        Write("ALTER DEFAULT PRIVILEGES FOR ");
        if (s.TargetRoles.IsEmpty)
        {
            Write("ALL ROLES");
        }
        else
        {
            Write(s.TargetWrittenAsUser ? "USER " : "ROLE ");
            Identifiers(s.TargetRoles);
        }

        Containers(s.ContainerKind, s.Containers);
        Write(s.IsGrant ? " GRANT " : " REVOKE ");
        PrivilegeSpec(s.Privileges);
        Write(" ON ");
        Write(KindKeywords.Of(s.ObjectKind));
        Write(s.IsGrant ? " TO " : " FROM ");
        List(s.Grantees, RoleSpec);
    }

    private void PrivilegesOn(PrivilegeSpec privileges, GrantTarget target)
    {
        PrivilegeSpec(privileges);
        Write(" ON ");
        switch (target)
        {
            case SystemGrantTarget:
                Write("SYSTEM");
                break;
            case AllObjectsGrantTarget all:
                Write("ALL ");
                Write(KindKeywords.Of(all.Kind));
                Containers(all.ContainerKind, all.Containers);
                break;
            case ExternalConnectionGrantTarget external:
                Write("EXTERNAL CONNECTION ");
                Identifiers(external.Names);
                break;
            case ObjectGrantTarget objects:
                if (objects.Kind is { } kind)
                {
                    Write(KindKeywords.Of(kind));
                    Write(' ');
                }

                Names(objects.Names);
                break;
        }
    }

    private void PrivilegeSpec(PrivilegeSpec privileges)
    {
        if (privileges.All)
        {
            Write("ALL");
        }
        else
        {
            List(privileges.Privileges, Word);
        }
    }

    private void Word(Word word) => Write(word.Text);

    /// <summary><c> IN SCHEMA a, b</c> or <c> IN DATABASE d</c>; nothing without a container.</summary>
    private void Containers(ContainerKind? kind, ImmutableArray<ObjectName> containers)
    {
        if (kind is { } k)
        {
            Write(k == ContainerKind.Schema ? " IN SCHEMA " : " IN DATABASE ");
            Names(containers);
        }
    }

    private void RoleSpec(RoleSpec role)
    {
        WriteIf(role.Group, "GROUP ");
        Identifier(role.Role);
    }
}
