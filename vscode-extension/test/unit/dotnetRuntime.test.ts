import assert from "node:assert/strict";
import { chmodSync, mkdtempSync, writeFileSync } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { describe, test } from "node:test";
import { dotnetProblem, findDotnet, hasRequiredRuntime, parseRuntimes } from "../../src/client/dotnetRuntime";

const listRuntimes = `Microsoft.AspNetCore.App 8.0.11 [/usr/share/dotnet/shared/Microsoft.AspNetCore.App]
Microsoft.NETCore.App 8.0.11 [/usr/share/dotnet/shared/Microsoft.NETCore.App]
Microsoft.NETCore.App 10.0.0-rc.2.25502.107 [/usr/share/dotnet/shared/Microsoft.NETCore.App]
`;

describe(".NET runtime", () => {
    test("parses the Microsoft.NETCore.App versions of dotnet --list-runtimes", () => {
        assert.deepEqual(parseRuntimes(listRuntimes), ["8.0.11", "10.0.0-rc.2.25502.107"]);
        assert.deepEqual(parseRuntimes("Microsoft.AspNetCore.App 10.0.1 [/x]\n"), []);
    });

    test("requires a runtime of the server's major version", () => {
        assert.equal(hasRequiredRuntime(["8.0.11", "10.0.2"]), true);
        assert.equal(hasRequiredRuntime(["8.0.11", "9.0.1"]), false);
        assert.equal(hasRequiredRuntime(["11.0.0"]), false);
        assert.equal(hasRequiredRuntime([]), false);
    });

    test("finds dotnet in DOTNET_ROOT, then on PATH, then in the default folders", () => {
        const find = (files: string[], environment: NodeJS.ProcessEnv) =>
            findDotnet({ environment, platform: "linux", homeDirectory: "/home/u", isFile: file => files.includes(file) });
        assert.equal(find(["/root/dotnet", "/bin/dotnet"], { DOTNET_ROOT: "/root", PATH: "/bin" }), "/root/dotnet");
        assert.equal(find(["/bin/dotnet"], { DOTNET_ROOT: "/root", PATH: "/usr/bin:/bin" }), "/bin/dotnet");
        assert.equal(find(["/home/u/.dotnet/dotnet"], { PATH: "/usr/bin" }), "/home/u/.dotnet/dotnet");
        assert.equal(find([], { PATH: "/usr/bin" }), undefined);
        const windows = findDotnet({ environment: { Path: "C:\\tools;C:\\dotnet" }, platform: "win32", homeDirectory: "C:\\Users\\u", isFile: file => file === "C:\\dotnet\\dotnet.exe" });
        assert.equal(windows, "C:\\dotnet\\dotnet.exe");
    });

    test("no dotnet at all: the message links to the download", async () => {
        const problem = await dotnetProblem(undefined);
        assert.match(problem ?? "", /no dotnet was found/);
        assert.match(problem ?? "", /https:\/\/dotnet\.microsoft\.com\/download\/dotnet\/10\.0/);
        assert.match(problem ?? "", /sqlconn\.server\.path/);
    });

    test("a dotnet without a .NET 10 runtime names the runtimes it has; one with it is fine", { skip: process.platform === "win32" && "a shell script stands in for dotnet" }, async () => {
        const fake = (output: string) => {
            const file = path.join(mkdtempSync(path.join(os.tmpdir(), "sqlconn-dotnet-")), "dotnet");
            writeFileSync(file, `#!/bin/sh\n[ "$1" = --list-runtimes ] && printf '%s' '${output}'\n`);
            chmodSync(file, 0o755);
            return file;
        };
        const old = fake("Microsoft.NETCore.App 8.0.11 [/usr/share/dotnet/shared/Microsoft.NETCore.App]\n");
        assert.match(await dotnetProblem(old) ?? "", /needs the \.NET 10 runtime; .*dotnet has 8\.0\.11\. Install the \.NET 10 runtime from https:/);
        assert.equal(await dotnetProblem(fake(listRuntimes)), undefined);
    });

    test("a dotnet that cannot run is reported, not thrown", async () => {
        const problem = await dotnetProblem("/nonexistent/dotnet");
        assert.match(problem ?? "", /could not run \/nonexistent\/dotnet --list-runtimes/);
    });
});
