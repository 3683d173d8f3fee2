// Publishes the SqlConn server into server/ for the .vsix: framework-dependent (the user's .NET 10
// runtime runs it as `dotnet server/sqlconn.dll serve`), without an apphost, which would tie a
// platform-neutral package to the build machine's platform, without the ReadyToRun native code the
// project publishes for CI (compiled for one platform too), and without symbols (the referenced
// projects' .pdb files are published whatever CopyOutputSymbolsToPublishDirectory says, so they are
// deleted). The folder is emptied first so that no stale file is packaged.
import { execFileSync } from "node:child_process";
import { readdirSync, rmSync } from "node:fs";
import * as path from "node:path";

rmSync("server", { recursive: true, force: true });
execFileSync("dotnet", [
    "publish", "../server/SqlConn.Cli",
    "--configuration", "Release",
    "--output", "server",
    "--nologo",
    "-p:UseAppHost=false",
    "-p:PublishReadyToRun=false",
], { stdio: "inherit" });

for (const symbols of readdirSync("server", { recursive: true, encoding: "utf8" }).filter(file => file.endsWith(".pdb"))) {
    rmSync(path.join("server", symbols));
}
