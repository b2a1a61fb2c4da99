/**
 * How much of a capture an import reads: the size refused before reading, the packets read, and the time
 * it may take (see the limits table in README.md). Apart from the importer so the page can refuse a huge
 * file without loading the importer itself.
 */
export const IMPORT_LIMITS = { maxBytes: 512 << 20, maxPackets: 500_000, maxMs: 30_000 } as const;
