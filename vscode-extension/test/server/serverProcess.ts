import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import * as path from "node:path";
import {
    CodeLensRefreshRequest,
    ConfigurationRequest,
    createProtocolConnection,
    DiagnosticRefreshRequest,
    DocumentDiagnosticRequest,
    PublishDiagnosticsNotification,
    RegistrationRequest,
    WorkDoneProgressCreateRequest,
    type Diagnostic,
    type DocumentDiagnosticReport,
    type ProtocolConnection,
} from "vscode-languageserver-protocol/node";
import { locateServer } from "../../src/client/locateServer";
import { environmentVariable } from "../../src/client/serverLaunch";
import type { ServerSettings } from "../../src/client/settings";

/** The extension's folder (out/test/server -> vscode-extension). */
const extensionDirectory = path.join(__dirname, "..", "..", "..");
const repositoryRoot = path.join(extensionDirectory, "..");

/** Where the solution build (`dotnet build LangServer.sln`, as test.sh runs it) puts `sqlconn`. */
const solutionBuild = path.join(repositoryRoot, "server", "SqlConn.Cli", "bin", "Debug", "net10.0");

/**
 * The server under test: the one SQLCONN_SERVER_PATH names, else the solution build's. Both are
 * started through the extension's own resolution (the environment variable's path).
 */
function serverPath(environment: NodeJS.ProcessEnv): string {
    return environment[environmentVariable]?.trim() || solutionBuild;
}

/**
 * A running `sqlconn serve` and a JSON-RPC connection to it, answering the server's requests to the
 * client as the extension does: `workspace/configuration` with the extension's server settings,
 * capability registrations, progress tokens and refresh requests with success. Like VS Code, the
 * client pulls diagnostics: the server pushes none to it (`pushed` says if it does).
 */
export class ServerProcess {
    public readonly stderr: string[] = [];
    public pushed = 0;
    public refreshes = 0;

    private constructor(
        public readonly connection: ProtocolConnection,
        private readonly child: ChildProcessWithoutNullStreams,
        private settings: ServerSettings) {
        connection.onRequest(ConfigurationRequest.type, params => params.items.map(item => item.section === "sqlconn" ? this.settings : null));
        connection.onRequest(RegistrationRequest.type, () => undefined);
        connection.onRequest(WorkDoneProgressCreateRequest.type, () => undefined);
        connection.onRequest(DiagnosticRefreshRequest.type, () => {
            this.refreshes++;
        });
        connection.onRequest(CodeLensRefreshRequest.type, () => undefined);
        connection.onNotification(PublishDiagnosticsNotification.type, () => {
            this.pushed++;
        });
        child.stderr.on("data", (chunk: Buffer) => this.stderr.push(chunk.toString("utf8")));
        connection.listen();
    }

    /** Starts `server` (by default the one under test), found as the extension finds the server SQLCONN_SERVER_PATH names. */
    public static async start(settings: ServerSettings, server = serverPath(process.env)): Promise<ServerProcess> {
        const launch = await locateServer("", extensionDirectory, { ...process.env, [environmentVariable]: server });
        const child = spawn(launch.command, [...launch.args], { stdio: "pipe" });
        return new ServerProcess(createProtocolConnection(child.stdout, child.stdin), child, settings);
    }

    /** A request's answer; an error, with the server's stderr, when the process ends first. No `params`: none sent (as for shutdown). */
    public request<R>(method: string, params?: unknown): Promise<R> {
        const ended = this.exited().then(code => {
            throw new Error(`sqlconn serve exited with code ${code} before answering ${method}: ${this.stderr.join("")}`);
        });
        const answer = params === undefined ? this.connection.sendRequest<R>(method) : this.connection.sendRequest<R>(method, params);
        return Promise.race([answer, ended]);
    }

    /** The settings the client answers from now on (as after a change in VS Code). */
    public configure(settings: ServerSettings): void {
        this.settings = settings;
    }

    /** The diagnostics of `uri` in the analysis of its current version, pulled as VS Code pulls them. */
    public async diagnostics(uri: string): Promise<Diagnostic[]> {
        const report = await this.request<DocumentDiagnosticReport>(DocumentDiagnosticRequest.method, { textDocument: { uri } });
        if (report.kind !== "full") {
            throw new Error(`a ${report.kind} report for a request without a previous result id`);
        }

        return report.items;
    }

    /** The exit code once the process has ended. */
    public exited(): Promise<number | null> {
        return this.child.exitCode !== null ? Promise.resolve(this.child.exitCode) : new Promise(resolve => this.child.once("exit", code => resolve(code)));
    }

    public kill(): void {
        this.connection.dispose();
        if (this.child.exitCode === null) {
            this.child.kill();
        }
    }
}

/**
 * The first value of `probe` that `accept` takes, probing again until `timeout` milliseconds have
 * passed: for what the server does after a notification, which it handles in its own time.
 */
export async function eventually<T>(probe: () => Promise<T>, accept: (value: T) => boolean, timeout = 20_000): Promise<T> {
    const deadline = Date.now() + timeout;
    for (;;) {
        const value = await probe();
        if (accept(value) || Date.now() > deadline) {
            return value;
        }

        await new Promise(resolve => setTimeout(resolve, 50));
    }
}
