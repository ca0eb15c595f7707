import { describe, expect, it } from 'vitest';
import { startS3rver } from '@/test/s3rver';
import { StorageError } from './errors';
import { describeObjectStoreContract, piecesOf } from './object-store-contract';
import { createS3Client, parseStorageUrl, S3ObjectStore } from './s3-store';

describeObjectStoreContract('s3', async () => {
  const { endpoint, stop } = await startS3rver();
  const client = createS3Client(endpoint);
  const store = new S3ObjectStore(client, parseStorageUrl('s3://recordings/tenant-a/audio'));
  return {
    store,
    teardown: async () => {
      client.destroy();
      await stop();
    },
  };
});

describe('S3ObjectStore', () => {
  it('parses STORAGE_URL into bucket and prefix', () => {
    expect(parseStorageUrl('s3://bucket')).toEqual({ bucket: 'bucket', prefix: '' });
    expect(parseStorageUrl('s3://bucket/')).toEqual({ bucket: 'bucket', prefix: '' });
    expect(parseStorageUrl('s3://bucket/a/b/')).toEqual({ bucket: 'bucket', prefix: 'a/b/' });
    expect(() => parseStorageUrl('https://bucket/a')).toThrow(StorageError);
  });

  it('keeps objects under the prefix, out of reach of a store without it', async () => {
    const { endpoint, stop } = await startS3rver();
    const client = createS3Client(endpoint);
    try {
      const prefixed = new S3ObjectStore(client, parseStorageUrl('s3://recordings/p'));
      const bare = new S3ObjectStore(client, parseStorageUrl('s3://recordings'));
      await prefixed.put('call.bin', piecesOf(Buffer.from('audio')));
      expect(await bare.exists('call.bin')).toBe(false);
      expect(await bare.size('p/call.bin')).toBe(5);
    } finally {
      client.destroy();
      await stop();
    }
  });

  it('reports a missing bucket as unhealthy', async () => {
    const { endpoint, stop } = await startS3rver();
    const client = createS3Client(endpoint);
    try {
      await expect(new S3ObjectStore(client, parseStorageUrl('s3://no-such-bucket')).healthCheck()).rejects.toThrow();
    } finally {
      client.destroy();
      await stop();
    }
  });
});
