import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { dotnetProblem, findDotnet } from "./dotnetRuntime";
import { environmentVariable, resolveServerLaunch, type ServerLaunch } from "./serverLaunch";

const isFile = (file: string) => fs.statSync(file, { throwIfNoEntry: false })?.isFile() ?? false;
const isDirectory = (directory: string) => fs.statSync(directory, { throwIfNoEntry: false })?.isDirectory() ?? false;

/**
 * How to start the server on this machine: the server `settingPath` (sqlconn.server.path) or
 * SQLCONN_SERVER_PATH names, else the one published into `<extensionDirectory>/server`, with the
 * `dotnet` host found here. Throws, with what to do, when the server or the .NET runtime is missing.
 */
export async function locateServer(settingPath: string, extensionDirectory: string, environment: NodeJS.ProcessEnv = process.env): Promise<ServerLaunch> {
    const dotnet = findDotnet({ environment, platform: process.platform, homeDirectory: os.homedir(), isFile });
    const launch = resolveServerLaunch({
        settingPath,
        environmentPath: environment[environmentVariable],
        bundledDirectory: path.join(extensionDirectory, "server"),
        platform: process.platform,
        isFile,
        isDirectory,
    }, dotnet ?? "dotnet");
    const problem = launch.needsDotnet ? await dotnetProblem(dotnet) : undefined;
    if (problem !== undefined) {
        throw new Error(problem);
    }

    return launch;
}
