import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import * as path from "node:path";
import {
    ConfigurationRequest,
    createProtocolConnection,
    PublishDiagnosticsNotification,
    RegistrationRequest,
    WorkDoneProgressCreateRequest,
    type ProtocolConnection,
    type PublishDiagnosticsParams,
} from "vscode-languageserver-protocol/node";
import { locateServer } from "../../src/client/locateServer";
import type { ServerSettings } from "../../src/client/settings";

/** The extension's folder, where `npm run package` published the server (out/test/server -> vscode-extension). */
const extensionDirectory = path.join(__dirname, "..", "..", "..");

/**
 * A running `sqlconn serve` and a JSON-RPC connection to it, answering the server's requests to the
 * client as the extension does: `workspace/configuration` with the extension's server settings,
 * capability registrations and progress tokens with success.
 */
export class ServerProcess {
    public readonly diagnostics: PublishDiagnosticsParams[] = [];
    public readonly stderr: string[] = [];
    private readonly waiters: Array<() => void> = [];

    private constructor(
        public readonly connection: ProtocolConnection,
        private readonly child: ChildProcessWithoutNullStreams,
        private settings: ServerSettings) {
        connection.onRequest(ConfigurationRequest.type, params => params.items.map(item => item.section === "sqlconn" ? this.settings : null));
        connection.onRequest(RegistrationRequest.type, () => undefined);
        connection.onRequest(WorkDoneProgressCreateRequest.type, () => undefined);
        connection.onNotification(PublishDiagnosticsNotification.type, params => {
            this.diagnostics.push(params);
            this.waiters.splice(0).forEach(wake => wake());
        });
        child.stderr.on("data", (chunk: Buffer) => this.stderr.push(chunk.toString("utf8")));
        connection.listen();
    }

    public static async start(settings: ServerSettings): Promise<ServerProcess> {
        // The server the extension would start, found as the extension finds it (no setting here).
        const launch = await locateServer("", extensionDirectory);
        const child = spawn(launch.command, [...launch.args], { stdio: "pipe" });
        return new ServerProcess(createProtocolConnection(child.stdout, child.stdin), child, settings);
    }

    /** A request's answer; an error, with the server's stderr, when the process ends first. */
    public request<R>(method: string, params: unknown): Promise<R> {
        const ended = this.exited().then(code => {
            throw new Error(`sqlconn serve exited with code ${code} before answering ${method}: ${this.stderr.join("")}`);
        });
        return Promise.race([this.connection.sendRequest<R>(method, params), ended]);
    }

    /** The settings the client answers from now on (as after a change in VS Code). */
    public configure(settings: ServerSettings): void {
        this.settings = settings;
    }

    /** The first diagnostics published for `uri` that satisfy `accept`, within `timeout` milliseconds. */
    public async diagnosticsFor(uri: string, accept: (params: PublishDiagnosticsParams) => boolean, timeout = 20_000): Promise<PublishDiagnosticsParams> {
        const deadline = Date.now() + timeout;
        for (;;) {
            const found = this.diagnostics.find(params => params.uri === uri && accept(params));
            if (found !== undefined) {
                return found;
            }

            const remaining = deadline - Date.now();
            if (remaining <= 0) {
                throw new Error(`no matching diagnostics for ${uri} within ${timeout} ms; published: ${JSON.stringify(this.diagnostics)}`);
            }

            await new Promise<void>(resolve => {
                const timer = setTimeout(resolve, remaining);
                this.waiters.push(() => {
                    clearTimeout(timer);
                    resolve();
                });
            });
        }
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
