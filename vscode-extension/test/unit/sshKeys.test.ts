import assert from "node:assert/strict";
import { test } from "node:test";
import type { PreviewResult } from "../../src/preview/protocol";
import { isPublicKey, keyLine, keysToInstall } from "../../src/preview/sshKeys";

const key = (n: number) => `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA${n} materialize`;

function notices(...details: string[]): PreviewResult {
    return {
        uri: "file:///a.sql",
        version: 1,
        statements: details.map((detail, index) => ({
            index, range: { start: { line: index, character: 0 }, end: { line: index, character: 1 } }, sql: "", line: index + 1,
            status: "ok", tag: null, columns: [], rows: [], error: null,
            notices: [{ message: "m", detail, hint: null, level: "NOTICE" }],
        })),
    };
}

test("recognises OpenSSH public key lines only", () => {
    assert.equal(isPublicKey(key(1)), true);
    assert.equal(isPublicKey("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5"), true);
    assert.equal(isPublicKey("ssh-ed25519 AAAA<script> x"), false);
    assert.equal(isPublicKey(`${key(1)} trailing words`), false);
    assert.equal(isPublicKey("-----BEGIN OPENSSH PRIVATE KEY-----"), false);
});

test("reads add and remove lines, and bare keys as keys to add", () => {
    assert.deepEqual(keyLine(`remove: ${key(1)}`), { action: "remove", key: key(1) });
    assert.deepEqual(keyLine(`add: ${key(2)}`), { action: "add", key: key(2) });
    assert.deepEqual(keyLine(key(3)), { action: "add", key: key(3) });
    assert.equal(keyLine("neither of the connection's two current keys"), undefined);
});

test("the keys to install are those added and not removed since", () => {
    assert.deepEqual(keysToInstall(notices(`${key(1)}\n${key(2)}`)), [key(1), key(2)]);
    assert.deepEqual(keysToInstall(notices(`${key(1)}\n${key(2)}`, `remove: ${key(1)}\nadd: ${key(3)}`)), [key(2), key(3)]);
    assert.deepEqual(keysToInstall(notices(`${key(1)}\n${key(2)}`, `remove: ${key(1)}\nadd: ${key(3)}`, `remove: ${key(2)}\nadd: ${key(4)}`)), [key(3), key(4)]);
    assert.deepEqual(keysToInstall(notices("no keys here")), []);
});
