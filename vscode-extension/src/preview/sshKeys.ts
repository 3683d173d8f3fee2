import type { PreviewResult } from "./protocol";

/** An OpenSSH public key line: `ssh-ed25519 AAAA... materialize`. */
const publicKey = /^(?:ssh-(?:ed25519|rsa|dss)|ecdsa-sha2-nistp(?:256|384|521)|sk-ssh-ed25519@openssh\.com) [A-Za-z0-9+/]+={0,3}(?: [^\s]+)?$/;

/** A line of a notice's detail that names a key: `add: KEY`, `remove: KEY`, or the bare key. */
export interface KeyLine {
    readonly action: "add" | "remove";
    readonly key: string;
}

export function isPublicKey(text: string): boolean {
    return publicKey.test(text);
}

/** The key of one line of a notice's detail, or undefined when the line holds none. */
export function keyLine(line: string): KeyLine | undefined {
    const match = /^(add|remove): (.*)$/.exec(line);
    const [action, key] = match ? [match[1] as "add" | "remove", match[2] ?? ""] : ["add" as const, line];
    return isPublicKey(key) ? { action, key } : undefined;
}

/**
 * The public keys the bastions' authorized_keys must hold after the previewed statements: every key a
 * notice says to add (CREATE CONNECTION ... TO SSH TUNNEL lists both), less those a later notice says
 * to remove (ALTER CONNECTION ... ROTATE KEYS), in the order they were added.
 */
export function keysToInstall(result: PreviewResult): string[] {
    const keys = new Set<string>();
    for (const notice of result.statements.flatMap(statement => statement.notices)) {
        for (const line of (notice.detail ?? "").split("\n").map(keyLine)) {
            if (line?.action === "add") {
                keys.add(line.key);
            } else if (line?.action === "remove") {
                keys.delete(line.key);
            }
        }
    }

    return [...keys];
}
