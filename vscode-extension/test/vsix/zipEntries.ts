import { inflateRawSync } from "node:zlib";

/** One file of a zip archive (a .vsix is one). */
export interface ZipEntry {
    readonly name: string;
    readonly read: () => Buffer;
}

/** The entries of a zip archive, read from its central directory (no zip64: a .vsix stays far below 4 GB). */
export function zipEntries(zip: Buffer): ZipEntry[] {
    const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    if (end < 0) {
        throw new Error("not a zip archive: no end of central directory");
    }

    const count = zip.readUInt16LE(end + 10);
    let offset = zip.readUInt32LE(end + 16);
    const entries: ZipEntry[] = [];
    for (let i = 0; i < count; i++) {
        if (zip.readUInt32LE(offset) !== 0x02014b50) {
            throw new Error(`corrupt central directory at ${offset}`);
        }

        const method = zip.readUInt16LE(offset + 10);
        const compressedSize = zip.readUInt32LE(offset + 20);
        const nameLength = zip.readUInt16LE(offset + 28);
        const extraLength = zip.readUInt16LE(offset + 30);
        const commentLength = zip.readUInt16LE(offset + 32);
        const local = zip.readUInt32LE(offset + 42);
        const name = zip.toString("utf8", offset + 46, offset + 46 + nameLength);
        entries.push({
            name,
            read: () => {
                const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
                const data = zip.subarray(start, start + compressedSize);
                return method === 0 ? Buffer.from(data) : inflateRawSync(data);
            },
        });
        offset += 46 + nameLength + extraLength + commentLength;
    }

    return entries;
}
