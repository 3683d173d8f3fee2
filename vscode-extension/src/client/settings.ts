/** The dialects the server knows, as the `sqlconn.dialect` setting spells them. */
export type Dialect = "materialize" | "cockroachdb";

/** The extension's settings that concern the server's analysis, as VS Code stores them. */
export interface SqlConnSettings {
    readonly dialect: string;
    readonly role: string;
}

/**
 * The `sqlconn` settings the server reads, in initializationOptions, in `workspace/didChangeConfiguration`
 * and as the answer to `workspace/configuration`: an empty role is left out (the server's default role).
 */
export interface ServerSettings {
    readonly dialect: Dialect;
    readonly role?: string;
}

const defaultDialect: Dialect = "materialize";

/** The superuser scripts run as when no role is configured. */
const defaultRole = "materialize";

export function serverSettings(settings: SqlConnSettings): ServerSettings {
    const dialect: Dialect = settings.dialect === "cockroachdb" ? "cockroachdb" : defaultDialect;
    const role = settings.role.trim();
    return role === "" ? { dialect } : { dialect, role };
}

/** The status bar's words for the settings: `Materialize · role analyst`. */
export function settingsSummary(settings: ServerSettings): string {
    const dialect = settings.dialect === "cockroachdb" ? "CockroachDB" : "Materialize";
    return `${dialect} · role ${settings.role ?? defaultRole}`;
}
