// Bundles the extension's client into dist/extension.js (vscode-languageclient included, `vscode`
// left to the editor) and copies the sqlconn.json schema next to it, where package.json's
// jsonValidation points (the schema is generated at the top level, schemas/). The server is
// published separately (npm run publish-server).
import { build } from "esbuild";
import { copyFileSync, mkdirSync } from "node:fs";

await build({
    entryPoints: ["src/extension.ts"],
    bundle: true,
    outfile: "dist/extension.js",
    external: ["vscode"],
    format: "cjs",
    platform: "node",
    target: "node20",
    sourcemap: false,
    minify: true,
    logLevel: "warning",
});

mkdirSync("schemas", { recursive: true });
copyFileSync("../schemas/sqlconn.schema.json", "schemas/sqlconn.schema.json");
