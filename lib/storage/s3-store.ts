import 'server-only';
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { Readable } from 'node:stream';
import { ObjectNotFoundError, RangeNotSatisfiableError, StorageError } from './errors';
import { assertValidKey, assertValidRange, type ObjectStore, type StoredObjectInfo } from './object-store';

/**
 * S3-compatible object storage. An upload becomes visible only when it completes (a single
 * PUT or a completed multipart upload), which gives the same atomicity as the disk driver.
 */

/** The minimum S3 part size; with two parts in flight an upload buffers about 10 MiB at most. */
const PART_SIZE = 5 * 1024 * 1024;
const QUEUE_SIZE = 2;

function statusOf(error: unknown): number | undefined {
  return error instanceof S3ServiceException ? error.$metadata.httpStatusCode : undefined;
}

export interface S3Location {
  bucket: string;
  /** Empty, or ending in `/`. */
  prefix: string;
}

export function parseStorageUrl(storageUrl: string): S3Location {
  const url = new URL(storageUrl);
  if (url.protocol !== 's3:' || !url.hostname) {
    throw new StorageError(`STORAGE_URL must look like s3://bucket/prefix, not "${storageUrl}".`);
  }
  const prefix = url.pathname.replace(/^\/+|\/+$/g, '');
  return { bucket: url.hostname, prefix: prefix ? `${prefix}/` : '' };
}

/**
 * Credentials come from the SDK's default chain (AWS_ACCESS_KEY_ID and friends). A custom
 * endpoint means MinIO, Ceph or similar, which want path-style URLs and often reject the
 * SDK's default request checksums; GCM already authenticates every byte we read back.
 * Such stores also accept the us-east-1 default region when AWS_REGION is not set.
 */
export function createS3Client(endpoint: string | undefined): S3Client {
  return new S3Client({
    endpoint,
    forcePathStyle: endpoint !== undefined,
    region: process.env.AWS_REGION ?? 'us-east-1',
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
}

export class S3ObjectStore implements ObjectStore {
  readonly driver = 's3';

  constructor(
    private readonly client: S3Client,
    private readonly location: S3Location,
  ) {}

  private keyFor(key: string): string {
    assertValidKey(key);
    return this.location.prefix + key;
  }

  async put(key: string, source: AsyncIterable<Uint8Array>): Promise<{ size: number }> {
    let size = 0;
    async function* count() {
      for await (const chunk of source) {
        size += chunk.byteLength;
        yield chunk;
      }
    }
    const body = Readable.from(count());
    let sourceError: unknown;
    body.once('error', (error) => (sourceError = error));
    const upload = new Upload({
      client: this.client,
      params: { Bucket: this.location.bucket, Key: this.keyFor(key), Body: body },
      partSize: PART_SIZE,
      queueSize: QUEUE_SIZE,
    });
    try {
      await upload.done();
    } catch (error) {
      // Closes the source too when the upload itself failed, so the caller's stream is released.
      body.destroy();
      // Surface the source's own failure (say, TooLargeError) rather than the SDK's wrapper of it.
      throw sourceError ?? error;
    }
    return { size };
  }

  async getRange(key: string, start: number, endInclusive?: number): Promise<Readable> {
    assertValidRange(start, endInclusive);
    try {
      const { Body } = await this.client.send(
        new GetObjectCommand({
          Bucket: this.location.bucket,
          Key: this.keyFor(key),
          Range: `bytes=${start}-${endInclusive ?? ''}`,
        }),
      );
      if (!(Body instanceof Readable)) throw new StorageError('The S3 client returned no Node.js stream.');
      return Body;
    } catch (error) {
      if (statusOf(error) === 404) throw new ObjectNotFoundError(key);
      if (statusOf(error) === 416) throw new RangeNotSatisfiableError(await this.size(key));
      throw error;
    }
  }

  async size(key: string): Promise<number> {
    try {
      const head = await this.client.send(
        new HeadObjectCommand({ Bucket: this.location.bucket, Key: this.keyFor(key) }),
      );
      if (head.ContentLength === undefined) throw new StorageError(`S3 reported no size for "${key}".`);
      return head.ContentLength;
    } catch (error) {
      if (statusOf(error) === 404) throw new ObjectNotFoundError(key);
      throw error;
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

  /** In a versioned bucket this only adds a delete marker; crypto-shredding covers the old versions. */
  async delete(key: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.location.bucket, Key: this.keyFor(key) }));
  }

  /** One ListObjectsV2 page (up to 1,000 keys) at a time. */
  async *list(prefix: string): AsyncIterable<StoredObjectInfo> {
    let continuationToken: string | undefined;
    do {
      const page = await this.client.send(
        new ListObjectsV2Command({ Bucket: this.location.bucket, Prefix: this.location.prefix + prefix, ContinuationToken: continuationToken }),
      );
      for (const object of page.Contents ?? []) {
        if (object.Key && object.LastModified) yield { key: object.Key.slice(this.location.prefix.length), modifiedAt: object.LastModified };
      }
      continuationToken = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (continuationToken);
  }

  async healthCheck(): Promise<void> {
    await this.client.send(new HeadBucketCommand({ Bucket: this.location.bucket }));
  }
}
