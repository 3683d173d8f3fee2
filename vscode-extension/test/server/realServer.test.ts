import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import * as os from "node:os";
import * as path from "node:path";
import { pathToFileURL } from "node:url";
import {
    CodeLensRequest,
    CompletionRequest,
    DidChangeConfigurationNotification,
    DidChangeTextDocumentNotification,
    DidOpenTextDocumentNotification,
    ExitNotification,
    InitializedNotification,
    InitializeRequest,
    ShutdownRequest,
    type CodeLens,
    type Diagnostic,
    type CompletionItem,
    type CompletionList,
    type InitializeResult,
} from "vscode-languageserver-protocol/node";
import { serverSettings } from "../../src/client/settings";
import { previewCommand, previewMethod, type PreviewParams, type PreviewResult } from "../../src/preview/protocol";
import { renderPreview } from "../../src/preview/render";
import { keysToInstall } from "../../src/preview/sshKeys";
import { ServerProcess, eventually } from "./serverProcess";

// The real `sqlconn serve` of the solution build (or SQLCONN_SERVER_PATH's), started as the extension
// starts it, with the extension's initialization options and answers to the server's requests. What VS Code adds on top (the LanguageClient library
// turning these messages into editor features) is not tested here: VS Code cannot be downloaded.

const secretValue = "Zq9xWvKpYj-canary";
const folder = path.join(os.tmpdir(), "sqlconn-extension-test");
const uri = pathToFileURL(path.join(folder, "bastion.sql")).toString();
const script = [
    `CREATE SECRET kafka_password AS '${secretValue}';`,
    "CREATE CONNECTION bastion TO SSH TUNNEL (HOST 'bastion.example.com', USER 'ubuntu');",
    "ALTER CONNECTION bastion ROTATE KEYS;",
    "SELECT name FROM mz_connections;",
    "CREATE CONNECTION kafka TO KAFKA (BROKER 'b:9092' SECURITY PROTOCOL = 'SSL');",
    "",
].join("\n");

describe("sqlconn serve, driven as the extension drives it", () => {
    let server: ServerProcess;
    let initialized: InitializeResult;

    before(async () => {
        const settings = serverSettings({ dialect: "materialize", role: "" });
        server = await ServerProcess.start(settings);
        initialized = await server.request<InitializeResult>(InitializeRequest.method, {
            processId: process.pid,
            rootUri: pathToFileURL(folder).toString(),
            workspaceFolders: [{ uri: pathToFileURL(folder).toString(), name: "project" }],
            initializationOptions: settings,
            capabilities: {
                workspace: {
                    configuration: true, workspaceFolders: true, didChangeConfiguration: { dynamicRegistration: true },
                    didChangeWatchedFiles: { dynamicRegistration: true }, diagnostics: { refreshSupport: true }, codeLens: { refreshSupport: true },
                },
                textDocument: {
                    synchronization: { dynamicRegistration: true, didSave: true },
                    // What vscode-languageclient declares: VS Code pulls diagnostics.
                    diagnostic: { dynamicRegistration: true, relatedDocumentSupport: false },
                    publishDiagnostics: { relatedInformation: true, versionSupport: false, codeDescriptionSupport: true, dataSupport: true },
                    completion: { completionItem: { snippetSupport: true, documentationFormat: ["markdown", "plaintext"] }, contextSupport: true },
                    codeLens: { dynamicRegistration: true },
                },
                window: { workDoneProgress: true },
            },
        });
        await server.connection.sendNotification(InitializedNotification.type, {});
        await server.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: "sql", version: 1, text: script } });
    });

    after(() => server?.kill());

    test("initialize: the server names itself and offers what the extension uses", () => {
        assert.equal(initialized.serverInfo?.name, "sqlconn");
        const capabilities = initialized.capabilities;
        assert.equal(typeof capabilities.textDocumentSync === "object" ? capabilities.textDocumentSync.change : capabilities.textDocumentSync, 2, "incremental sync");
        assert.ok(capabilities.codeLensProvider, "the Preview code lens");
        assert.ok(capabilities.diagnosticProvider, "pull diagnostics");
    });

    test("diagnostics: the missing comma, at the exact token, pulled as VS Code pulls them", async () => {
        const diagnostics = await server.diagnostics(uri);
        const comma = diagnostics.find(diagnostic => diagnostic.code === "SC1002");
        assert.ok(comma, JSON.stringify(diagnostics));
        assert.equal(String(comma.message).split("\n")[0], "Expected right parenthesis, found SECURITY");
        assert.deepEqual(comma.range, { start: { line: 4, character: 50 }, end: { line: 4, character: 58 } });
        assert.ok(!JSON.stringify(diagnostics).includes(secretValue), "no secret value in diagnostics");
    });

    test("diagnostics follow edits: the comma inserted, the error is gone", async () => {
        await server.connection.sendNotification(DidChangeTextDocumentNotification.type, {
            textDocument: { uri, version: 2 },
            contentChanges: [{ range: { start: { line: 4, character: 49 }, end: { line: 4, character: 49 } }, text: "," }],
        });
        const errors = await eventually(async () => (await server.diagnostics(uri)).filter(diagnostic => diagnostic.severity === 1), found => found.length === 0);
        assert.deepEqual(errors, []);
    });

    test("completion inside an option list offers the connection type's options, as snippets", async () => {
        assert.ok(initialized.capabilities.completionProvider, "the server offers completion");
        const line = "CREATE CONNECTION pg TO POSTGRES (HOST 'db', ";
        const completionUri = pathToFileURL(path.join(folder, "completion.sql")).toString();
        await server.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: completionUri, languageId: "sql", version: 1, text: `${line}\n` } });
        const answer = await server.request<CompletionItem[] | CompletionList | null>(CompletionRequest.method, { textDocument: { uri: completionUri }, position: { line: 0, character: line.length } });
        const items: CompletionItem[] = Array.isArray(answer) ? answer : answer?.items ?? [];
        const labels = items.map(item => item.label);
        assert.ok(labels.includes("PORT") && labels.includes("SSL MODE"), labels.join(", "));
        assert.ok(!labels.includes("HOST"), "HOST is already there");
        assert.ok(!labels.includes("BROKER"), "BROKER is not a POSTGRES option");
        const port = items.find(item => item.label === "PORT");
        const edit = port?.textEdit;
        assert.equal(edit !== undefined && "newText" in edit ? edit.newText : port?.insertText, "PORT ${1:5432}");
        assert.equal(port?.insertTextFormat, 2, "a snippet");
    });

    test("the Preview code lens runs the extension's preview command with the URI and the statement index", async () => {
        const lenses = await server.request<CodeLens[] | null>(CodeLensRequest.method, { textDocument: { uri } });
        assert.equal(lenses?.length, 5);
        assert.deepEqual(lenses?.[2]?.command, { title: "Preview", command: previewCommand, arguments: [uri, 2] });
    });

    test("sqlconn/preview: the simulator's answers, the SSH keys to install, no secret value", async () => {
        const params: PreviewParams = { textDocument: { uri }, position: { line: 3, character: 3 } };
        const result = await server.request<PreviewResult>(previewMethod, params);
        assert.equal(result.uri, uri);
        assert.deepEqual(result.statements.map(s => [s.index, s.status, s.tag]), [
            [0, "ok", "CREATE SECRET"], [1, "ok", "CREATE CONNECTION"], [2, "ok", "ALTER CONNECTION"], [3, "ok", "SELECT 1"],
        ]);
        assert.equal(result.statements[0]?.sql, "CREATE SECRET kafka_password AS '********'");
        assert.deepEqual(result.statements[3]?.columns, ["name"]);
        assert.deepEqual(result.statements[3]?.rows, [["bastion"]]);
        assert.ok(!JSON.stringify(result).includes(secretValue), "no secret value in the preview");

        const keys = keysToInstall(result);
        assert.equal(keys.length, 2, "after one rotation: the second key of the tunnel and the new one");
        assert.match(keys[0] ?? "", /^ssh-ed25519 [A-Za-z0-9+/=]+ materialize$/);
        const html = renderPreview(result, { nonce: "n", title: "bastion.sql", scope: "statement" });
        assert.match(html, /SSH public keys to install/);
        assert.ok(!html.includes(secretValue));
    });

    test("a dialect set in the settings reaches the server: CockroachDB does not know CREATE SECRET", async () => {
        const cockroach = serverSettings({ dialect: "cockroachdb", role: "" });
        server.configure(cockroach);
        await server.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { sqlconn: cockroach } });
        const onFirstLine = (diagnostics: Diagnostic[]) => diagnostics.some(d => d.range.start.line === 0 && d.severity === 1);
        const diagnostics = await eventually(() => server.diagnostics(uri), onFirstLine);
        assert.ok(onFirstLine(diagnostics), JSON.stringify(diagnostics));
    });

    test("after a settings change the server asks VS Code to pull diagnostics again (workspace/diagnostic/refresh)", async () => {
        // VS Code pulls the diagnostics of open documents again on their own edits, or when the server asks.
        assert.ok(await eventually(async () => server.refreshes > 0, refreshed => refreshed), "no workspace/diagnostic/refresh request");
    });

    test("nothing was pushed to a client that pulls", () => {
        assert.equal(server.pushed, 0);
    });

    test("shutdown and exit end the process with code 0", async () => {
        await server.request<null>(ShutdownRequest.method);
        await server.connection.sendNotification(ExitNotification.type);
        assert.equal(await server.exited(), 0, server.stderr.join(""));
    });
});
