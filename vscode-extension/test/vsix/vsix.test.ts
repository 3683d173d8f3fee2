import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import Module from "node:module";
import * as os from "node:os";
import * as path from "node:path";
import { describe, test } from "node:test";
import { ExitNotification, InitializeRequest, ShutdownRequest, type InitializeResult } from "vscode-languageserver-protocol/node";
import { serverSettings } from "../../src/client/settings";
import { ServerProcess } from "../server/serverProcess";
import { zipEntries } from "./zipEntries";

// The .vsix that `npm run package` made: out/test/vsix -> the extension's folder.
const extensionDirectory = path.join(__dirname, "..", "..", "..");
const manifest = JSON.parse(readFileSync(path.join(extensionDirectory, "package.json"), "utf8"));
const vsixPath = path.join(extensionDirectory, `${manifest.name}-${manifest.version}.vsix`);

describe(`the packaged ${path.basename(vsixPath)}`, () => {
    assert.ok(existsSync(vsixPath), `${vsixPath} is missing: run npm run package first`);
    const entries = zipEntries(readFileSync(vsixPath));
    const files = entries.map(entry => entry.name).filter(name => name.startsWith("extension/")).map(name => name.slice("extension/".length));
    const packaged = (file: string) => JSON.parse(entries.find(entry => entry.name === `extension/${file}`)?.read().toString("utf8") ?? "null");

    test("holds exactly the client bundle, the grammar, the schema, the language configuration and the server", () => {
        const published = path.join(extensionDirectory, "server");
        const server = readdirSync(published, { recursive: true, encoding: "utf8" })
            .filter(file => statSync(path.join(published, file)).isFile())
            .map(file => `server/${file.split(path.sep).join("/")}`);
        const expected = ["package.json", "readme.md", "language-configuration.json", "dist/extension.js", "syntaxes/sqlconn.tmLanguage.json", "schemas/sqlconn.schema.json", ...server];
        assert.deepEqual([...files].sort(), expected.sort());
    });

    test("the server is a framework-dependent .NET 10 publish of sqlconn, without symbols or an apphost", () => {
        for (const file of ["server/sqlconn.dll", "server/sqlconn.deps.json", "server/sqlconn.runtimeconfig.json", "server/SqlConn.Ide.dll", "server/SqlConn.Engine.dll", "server/SqlConn.Syntax.dll"]) {
            assert.ok(files.includes(file), file);
        }
        assert.deepEqual(files.filter(file => /\.pdb$|^server\/sqlconn(\.exe)?$/.test(file)), []);
        const runtime = packaged("server/sqlconn.runtimeconfig.json");
        assert.equal(runtime.runtimeOptions.tfm, "net10.0");
        assert.equal(runtime.runtimeOptions.framework?.name ?? runtime.runtimeOptions.frameworks?.[0]?.name, "Microsoft.NETCore.App");
    });

    // The packaged server, unpacked where nothing of the build is: a file missing from the package fails to load.
    const unpacked = mkdtempSync(path.join(os.tmpdir(), "sqlconn-vsix-server-"));
    for (const entry of entries.filter(entry => entry.name.startsWith("extension/server/"))) {
        const file = path.join(unpacked, ...entry.name.slice("extension/".length).split("/"));
        mkdirSync(path.dirname(file), { recursive: true });
        writeFileSync(file, entry.read());
    }

    test("the packaged server runs on its own with the .NET runtime: it lints a script", () => {
        const script = path.join(unpacked, "script.sql");
        writeFileSync(script, "CREATE CONNECTION kafka TO KAFKA (BROKER 'b:9092', SECURITY PROTOCOL = 'SSL');\n");
        const output = execFileSync("dotnet", [path.join(unpacked, "server", "sqlconn.dll"), "lint", script], { encoding: "utf8" });
        assert.match(output, /1 file checked: 0 errors/);
    });

    test("the packaged server, started as the extension starts it, answers initialize and exits cleanly", async () => {
        const server = await ServerProcess.start(serverSettings({ dialect: "materialize", role: "" }), path.join(unpacked, "server"));
        try {
            const initialized = await server.request<InitializeResult>(InitializeRequest.method, { processId: process.pid, rootUri: null, capabilities: {} });
            assert.equal(initialized.serverInfo?.name, "sqlconn");
            await server.request<null>(ShutdownRequest.method);
            await server.connection.sendNotification(ExitNotification.type);
            assert.equal(await server.exited(), 0, server.stderr.join(""));
        } finally {
            server.kill();
        }
    });

    test("no source, test, map or dependency folder is packaged", () => {
        assert.deepEqual(files.filter(file => /^(src|test|out|node_modules|scripts)\/|\.ts$|\.map$|\.vsix$/.test(file)), []);
    });

    test("every file the packaged manifest names is in the package", () => {
        const packagedManifest = packaged("package.json");
        const named = [
            packagedManifest.main,
            ...packagedManifest.contributes.grammars.map((grammar: { path: string }) => grammar.path),
            ...packagedManifest.contributes.languages.map((language: { configuration: string }) => language.configuration),
            ...packagedManifest.contributes.jsonValidation.map((validation: { url: string }) => validation.url),
        ].map((file: string) => path.posix.normalize(file));
        assert.deepEqual(named.filter(file => !files.includes(file)), []);
        assert.equal(packagedManifest.main, "./dist/extension.js");
    });

    test("the bundled client loads vscode from the editor and carries the language client", () => {
        const bundle = entries.find(entry => entry.name === "extension/dist/extension.js")?.read().toString("utf8") ?? "";
        assert.match(bundle, /require\("vscode"\)/);
        assert.doesNotMatch(bundle, /require\("vscode-languageclient/);
        assert.match(bundle, /sqlconn\/preview/);
    });

    test("the bundle loads on its own, outside the repository, with only vscode from the editor", () => {
        // Written where no node_modules can be found: a require of anything but `vscode` would fail.
        const bundle = path.join(mkdtempSync(path.join(os.tmpdir(), "sqlconn-vsix-")), "extension.js");
        writeFileSync(bundle, entries.find(entry => entry.name === "extension/dist/extension.js")?.read() ?? "");
        const requested: string[] = [];
        // A stand-in for the editor's API: any property, call or construction gives another stand-in.
        const editor = (): unknown => new Proxy(function () {}, { get: () => editor(), apply: () => editor(), construct: () => editor() as object });
        const loader = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
        const load = loader._load;
        loader._load = function (request: string, ...rest: unknown[]) {
            requested.push(request);
            return request === "vscode" ? editor() : load.call(this, request, ...rest);
        };
        try {
            const extension = require(bundle);
            assert.equal(typeof extension.activate, "function");
            assert.equal(typeof extension.deactivate, "function");
        } finally {
            loader._load = load;
        }
        assert.deepEqual(requested.filter(request => request !== bundle && request !== "vscode" && !Module.isBuiltin(request)), []);
    });

    test("the grammar and the schema are the committed ones", () => {
        assert.deepEqual(packaged("syntaxes/sqlconn.tmLanguage.json"), JSON.parse(readFileSync(path.join(extensionDirectory, "syntaxes", "sqlconn.tmLanguage.json"), "utf8")));
        assert.deepEqual(packaged("schemas/sqlconn.schema.json"), JSON.parse(readFileSync(path.join(extensionDirectory, "..", "schemas", "sqlconn.schema.json"), "utf8")));
    });
});
