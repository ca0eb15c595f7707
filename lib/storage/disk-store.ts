import 'server-only';
import { randomUUID } from 'node:crypto';
import { constants, createWriteStream } from 'node:fs';
import { access, mkdir, open, opendir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { InvalidStorageKeyError, ObjectNotFoundError, RangeNotSatisfiableError } from './errors';
import { assertValidKey, assertValidRange, type ObjectStore, type StoredObjectInfo } from './object-store';

/** Beside the objects, so the final rename never crosses a filesystem and stays atomic. */
const TEMP_DIR = '.incoming';

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT';
}

export class DiskObjectStore implements ObjectStore {
  readonly driver = 'disk';
  readonly root: string;

  constructor(root: string) {
    this.root = path.resolve(root);
  }

  private pathFor(key: string): string {
    assertValidKey(key);
    const resolved = path.resolve(this.root, key);
    // Defence in depth: the key syntax already excludes traversal.
    if (!resolved.startsWith(this.root + path.sep)) {
      throw new InvalidStorageKeyError(`"${key}" resolves outside the storage root.`);
    }
    return resolved;
  }

  /**
   * Written to a temporary file, flushed to disk, then renamed over the final name, so a
   * crash or a failing source leaves either the old object or the complete new one.
   */
  async put(key: string, source: AsyncIterable<Uint8Array>): Promise<{ size: number }> {
    const target = this.pathFor(key);
    const tempDir = path.join(this.root, TEMP_DIR);
    await mkdir(tempDir, { recursive: true });
    const temp = path.join(tempDir, randomUUID());
    let size = 0;
    try {
      await pipeline(
        source,
        async function* count(chunks: AsyncIterable<Uint8Array>) {
          for await (const chunk of chunks) {
            size += chunk.byteLength;
            yield chunk;
          }
        },
        // `flush` fsyncs before closing, so the rename cannot land before the data does.
        createWriteStream(temp, { flags: 'wx', mode: 0o600, flush: true }),
      );
      await mkdir(path.dirname(target), { recursive: true });
      await rename(temp, target);
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
    return { size };
  }

  async getRange(key: string, start: number, endInclusive?: number): Promise<Readable> {
    assertValidRange(start, endInclusive);
    const file = this.pathFor(key);
    // Reading through an open handle keeps serving the object even if it is replaced or deleted meanwhile.
    const handle = await open(file, 'r').catch((error: unknown) => {
      throw isMissing(error) ? new ObjectNotFoundError(key) : error;
    });
    try {
      const { size } = await handle.stat();
      if (start >= size) throw new RangeNotSatisfiableError(size);
      return handle.createReadStream({ start, end: Math.min(endInclusive ?? size - 1, size - 1) });
    } catch (error) {
      await handle.close();
      throw error;
    }
  }

  async size(key: string): Promise<number> {
    try {
      return (await stat(this.pathFor(key))).size;
    } catch (error) {
      throw isMissing(error) ? new ObjectNotFoundError(key) : error;
    }
  }

  async exists(key: string): Promise<boolean> {
    try {
      await this.size(key);
      return true;
    } catch (error) {
      if (error instanceof ObjectNotFoundError) return false;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathFor(key), { force: true });
  }

  /** Walks the folders one directory handle at a time; dot-names (the driver's temporary files) are not objects. */
  async *list(prefix: string): AsyncIterable<StoredObjectInfo> {
    yield* this.walk(prefix.replace(/\/+$/, ''));
  }

  private async *walk(folderKey: string): AsyncIterable<StoredObjectInfo> {
    const folder = folderKey ? this.pathFor(folderKey) : this.root;
    const entries = await opendir(folder).catch((error: unknown) => {
      if (isMissing(error)) return undefined;
      throw error;
    });
    if (!entries) return;
    for await (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const key = folderKey ? `${folderKey}/${entry.name}` : entry.name;
      if (entry.isDirectory()) yield* this.walk(key);
      else if (entry.isFile()) {
        const info = await stat(path.join(folder, entry.name)).catch((error: unknown) => (isMissing(error) ? undefined : Promise.reject(error)));
        if (info) yield { key, modifiedAt: info.mtime };
      }
    }
  }

  async discardIncomplete(olderThan: Date): Promise<number> {
    const tempDir = path.join(this.root, TEMP_DIR);
    const entries = await opendir(tempDir).catch((error: unknown) => {
      if (isMissing(error)) return undefined;
      throw error;
    });
    let discarded = 0;
    for await (const entry of entries ?? []) {
      const file = path.join(tempDir, entry.name);
      const info = await stat(file).catch(() => undefined);
      if (!info || info.mtime >= olderThan) continue;
      await rm(file, { force: true });
      discarded += 1;
    }
    return discarded;
  }

  async healthCheck(): Promise<void> {
    await mkdir(this.root, { recursive: true });
    await access(this.root, constants.R_OK | constants.W_OK);
  }
}
