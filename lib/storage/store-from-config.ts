import 'server-only';
import path from 'node:path';
import { getConfig } from '@/lib/config';
import { DiskObjectStore } from './disk-store';
import type { ObjectStore } from './object-store';
import { createS3Client, parseStorageUrl, S3ObjectStore } from './s3-store';

let cached: ObjectStore | undefined;

/**
 * S3 when STORAGE_URL is set, otherwise the local disk under DATA_DIR. One instance per
 * process, so the S3 client's connection pool is shared.
 */
export function getObjectStore(): ObjectStore {
  if (!cached) {
    const config = getConfig();
    cached = config.storageUrl
      ? new S3ObjectStore(createS3Client(config.s3Endpoint), parseStorageUrl(config.storageUrl))
      : new DiskObjectStore(path.join(config.dataDir, 'recordings'));
  }
  return cached;
}
