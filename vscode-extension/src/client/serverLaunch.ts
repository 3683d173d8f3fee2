import * as path from "node:path";

/** Where the server to start was configured. */
export type ServerSource = "setting" | "environment" | "bundled";

/** How to start the server: `dotnet <dir>/sqlconn.dll serve`, or an executable with `serve`. */
export interface ServerLaunch {
    readonly command: string;
    readonly args: readonly string[];
    readonly source: ServerSource;
    /** The file that was found: a .dll run with `dotnet`, or an executable. */
    readonly server: string;
    readonly needsDotnet: boolean;
}

export interface ServerLocation {
    /** The `sqlconn.server.path` setting ("" when unset). */
    readonly settingPath: string;
    /** The `SQLCONN_SERVER_PATH` environment variable. */
    readonly environmentPath: string | undefined;
    /** The server published inside the extension (`<extension>/server`). */
    readonly bundledDirectory: string;
    readonly platform: NodeJS.Platform;
    readonly isFile: (file: string) => boolean;
    readonly isDirectory: (directory: string) => boolean;
}

export const environmentVariable = "SQLCONN_SERVER_PATH";

const sourceNames: Record<ServerSource, string> = {
    setting: "the setting sqlconn.server.path",
    environment: `the environment variable ${environmentVariable}`,
    bundled: "the server bundled with the extension",
};

/** What a failed resolution says, worded for the user. */
export class ServerNotFound extends Error {}

/**
 * The server to start: `sqlconn.server.path`, else `SQLCONN_SERVER_PATH`, else the bundled server.
 * A path may name a `sqlconn.dll`, an executable (the apphost of a local build, a wrapper script), or
 * a folder holding `sqlconn.dll` or the apphost. `dotnet` is the .NET host that runs a .dll.
 */
export function resolveServerLaunch(location: ServerLocation, dotnet: string): ServerLaunch {
    const setting = location.settingPath.trim();
    const environment = location.environmentPath?.trim() ?? "";
    const [configured, source]: [string, ServerSource] =
        setting !== "" ? [setting, "setting"]
        : environment !== "" ? [environment, "environment"]
        : [location.bundledDirectory, "bundled"];

    const server = location.isDirectory(configured) ? serverInDirectory(configured, location) : configured;
    if (server === undefined || !location.isFile(server)) {
        throw new ServerNotFound(
            `The SqlConn server was not found at ${configured} (from ${sourceNames[source]}): ` +
            "expected sqlconn.dll, the sqlconn executable, or a folder holding one of them.");
    }

    return server.toLowerCase().endsWith(".dll")
        ? { command: dotnet, args: [server, "serve"], source, server, needsDotnet: true }
        : { command: server, args: ["serve"], source, server, needsDotnet: false };
}

function serverInDirectory(directory: string, location: ServerLocation): string | undefined {
    const windows = location.platform === "win32";
    const pathApi = windows ? path.win32 : path.posix;
    return ["sqlconn.dll", windows ? "sqlconn.exe" : "sqlconn"].map(name => pathApi.join(directory, name)).find(location.isFile);
}
