import assert from "node:assert/strict";
import { test } from "node:test";
import { serverSettings, settingsSummary } from "../../src/client/settings";

test("server settings: a known dialect, and no role when the setting is blank", () => {
    assert.deepEqual(serverSettings({ dialect: "cockroachdb", role: " analyst " }), { dialect: "cockroachdb", role: "analyst" });
    assert.deepEqual(serverSettings({ dialect: "materialize", role: "" }), { dialect: "materialize" });
    assert.deepEqual(serverSettings({ dialect: "oracle", role: "  " }), { dialect: "materialize" });
});

test("the status bar names the dialect and the role, the superuser by default", () => {
    assert.equal(settingsSummary({ dialect: "materialize" }), "Materialize · role materialize");
    assert.equal(settingsSummary({ dialect: "cockroachdb", role: "ops" }), "CockroachDB · role ops");
});
