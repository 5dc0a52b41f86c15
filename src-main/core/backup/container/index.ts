// Public surface of the .kimbackup / .kimcase container. Byte layout: docs/backup-format.md.
export { DEFAULT_CHUNK_SIZE, FORMAT_VERSION, type ContainerStats } from './format';
export { readHeader, type ContainerHeader, type ContainerKind, type KeySource } from './header';
export { DEFAULT_SCRYPT_N, KdfMemo, type KeyMaterial } from './kdf';
export { openContainerReader, verifyContainer, type ContainerReader, type ReadOptions } from './reader';
export { writeContainer, type ByteSource, type HeaderFields, type WriteOptions } from './writer';
