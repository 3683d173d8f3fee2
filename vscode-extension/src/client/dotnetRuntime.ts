import { execFile } from "node:child_process";
import * as path from "node:path";

/** The major version of .NET the bundled server targets (server/SqlConn.Cli, net10.0). */
const requiredMajorVersion = 10;

export const downloadUrl = `https://dotnet.microsoft.com/download/dotnet/${requiredMajorVersion}.0`;

export interface DotnetLocation {
    readonly environment: NodeJS.ProcessEnv;
    readonly platform: NodeJS.Platform;
    readonly homeDirectory: string;
    readonly isFile: (file: string) => boolean;
}

/**
 * The `dotnet` host: in DOTNET_ROOT, on PATH, then in the default install folders (VS Code started
 * from a desktop launcher often has a shorter PATH than a terminal).
 */
export function findDotnet(location: DotnetLocation): string | undefined {
    const windows = location.platform === "win32";
    const host = windows ? "dotnet.exe" : "dotnet";
    const pathApi = windows ? path.win32 : path.posix;
    const searchPath = location.environment.PATH ?? location.environment.Path ?? "";
    const folders = [
        location.environment.DOTNET_ROOT,
        ...searchPath.split(pathApi.delimiter),
        ...(windows
            ? [pathApi.join(location.environment.ProgramFiles ?? "C:\\Program Files", "dotnet")]
            : ["/usr/local/share/dotnet", "/usr/share/dotnet", "/usr/lib/dotnet", "/opt/homebrew/opt/dotnet/libexec", pathApi.join(location.homeDirectory, ".dotnet")]),
    ];
    return folders.filter((folder): folder is string => !!folder).map(folder => pathApi.join(folder, host)).find(location.isFile);
}

/** The versions of Microsoft.NETCore.App that `dotnet --list-runtimes` lists. */
export function parseRuntimes(listRuntimesOutput: string): string[] {
    return [...listRuntimesOutput.matchAll(/^Microsoft\.NETCore\.App (\d+\.\d+\.\S+) \[/gm)].map(match => match[1] ?? "");
}

/** Whether a runtime of the required major version is installed (a framework-dependent app rolls forward within it). */
export function hasRequiredRuntime(versions: readonly string[]): boolean {
    return versions.some(version => Number.parseInt(version.split(".")[0] ?? "", 10) === requiredMajorVersion);
}

/** What is wrong with the .NET installation for running the server, or undefined when nothing is. */
export async function dotnetProblem(dotnet: string | undefined): Promise<string | undefined> {
    const install = `Install the .NET ${requiredMajorVersion} runtime from ${downloadUrl}, or set sqlconn.server.path to a server you built.`;
    if (dotnet === undefined) {
        return `SqlConn's language server needs .NET, and no dotnet was found (DOTNET_ROOT, PATH and the default install folders were searched). ${install}`;
    }

    const output = await new Promise<string | undefined>(resolve =>
        execFile(dotnet, ["--list-runtimes"], { timeout: 15_000 }, (error, stdout) => resolve(error ? undefined : stdout)));
    if (output === undefined) {
        return `SqlConn could not run ${dotnet} --list-runtimes. ${install}`;
    }

    const versions = parseRuntimes(output);
    return hasRequiredRuntime(versions)
        ? undefined
        : `SqlConn's language server needs the .NET ${requiredMajorVersion} runtime; ${dotnet} has ${versions.length === 0 ? "none" : versions.join(", ")}. ${install}`;
}
