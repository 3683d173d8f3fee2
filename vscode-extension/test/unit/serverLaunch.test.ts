import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { ServerNotFound, resolveServerLaunch, type ServerLocation } from "../../src/client/serverLaunch";

function location(files: string[], directories: string[], overrides: Partial<ServerLocation> = {}): ServerLocation {
    return {
        settingPath: "",
        environmentPath: undefined,
        bundledDirectory: "/ext/server",
        platform: "linux",
        isFile: file => files.includes(file),
        isDirectory: directory => directories.includes(directory),
        ...overrides,
    };
}

describe("resolveServerLaunch", () => {
    test("starts the bundled sqlconn.dll with dotnet by default", () => {
        const launch = resolveServerLaunch(location(["/ext/server/sqlconn.dll"], ["/ext/server"]), "/usr/bin/dotnet");
        assert.deepEqual(launch, { command: "/usr/bin/dotnet", args: ["/ext/server/sqlconn.dll", "serve"], source: "bundled", server: "/ext/server/sqlconn.dll", needsDotnet: true });
    });

    test("the setting wins over the environment variable, which wins over the bundled server", () => {
        const files = ["/ext/server/sqlconn.dll", "/env/sqlconn.dll", "/setting/sqlconn.dll"];
        const both = location(files, ["/ext/server"], { settingPath: "/setting/sqlconn.dll", environmentPath: "/env/sqlconn.dll" });
        assert.equal(resolveServerLaunch(both, "dotnet").source, "setting");
        const environment = location(files, ["/ext/server"], { settingPath: "  ", environmentPath: "/env/sqlconn.dll" });
        assert.equal(resolveServerLaunch(environment, "dotnet").server, "/env/sqlconn.dll");
        const blank = location(files, ["/ext/server"], { environmentPath: "" });
        assert.equal(resolveServerLaunch(blank, "dotnet").source, "bundled");
    });

    test("an executable runs itself with serve, without dotnet", () => {
        const launch = resolveServerLaunch(location(["/build/sqlconn"], [], { settingPath: "/build/sqlconn" }), "dotnet");
        assert.deepEqual(launch, { command: "/build/sqlconn", args: ["serve"], source: "setting", server: "/build/sqlconn", needsDotnet: false });
    });

    test("a folder is searched for sqlconn.dll, then for the apphost of the platform", () => {
        const both = location(["/bin/sqlconn.dll", "/bin/sqlconn"], ["/bin"], { environmentPath: "/bin" });
        assert.equal(resolveServerLaunch(both, "dotnet").server, "/bin/sqlconn.dll");
        const apphost = location(["/bin/sqlconn"], ["/bin"], { environmentPath: "/bin" });
        assert.deepEqual(resolveServerLaunch(apphost, "dotnet").args, ["serve"]);
        const windows = location(["C:\\bin\\sqlconn.exe"], ["C:\\bin"], { environmentPath: "C:\\bin", platform: "win32" });
        assert.match(resolveServerLaunch(windows, "dotnet").server, /sqlconn\.exe$/);
    });

    test("a missing server says where it looked and which setting chose it", () => {
        assert.throws(() => resolveServerLaunch(location([], []), "dotnet"), (error: unknown) =>
            error instanceof ServerNotFound && /at \/ext\/server \(from the server bundled with the extension\)/.test(error.message));
        assert.throws(() => resolveServerLaunch(location([], ["/empty"], { settingPath: "/empty" }), "dotnet"), (error: unknown) =>
            error instanceof ServerNotFound && error.message.includes("the setting sqlconn.server.path"));
        assert.throws(() => resolveServerLaunch(location([], [], { environmentPath: "/nope.dll" }), "dotnet"), (error: unknown) =>
            error instanceof ServerNotFound && error.message.includes("SQLCONN_SERVER_PATH"));
    });
});
