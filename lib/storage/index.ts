import 'server-only';

export {
  createVault,
  deleteObject,
  getObjectStore,
  openDecrypted,
  storageHealth,
  storeEncrypted,
  type PlaintextRange,
  type RecordingRef,
  type StorageHealth,
  type StoredRecording,
  type Vault,
} from './vault';
export {
  chunkSpan,
  ciphertextSize,
  plaintextSizeFromCiphertextSize,
  DEFAULT_CHUNK_SIZE,
  type ChunkSpan,
} from './cipher-format';
export type { ObjectStore } from './object-store';
export { DiskObjectStore } from './disk-store';
export { S3ObjectStore, createS3Client, parseStorageUrl } from './s3-store';
export {
  IntegrityError,
  InvalidStorageKeyError,
  ObjectNotFoundError,
  RangeNotSatisfiableError,
  StorageError,
  TooLargeError,
} from './errors';
