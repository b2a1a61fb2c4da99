/**
 * A ceiling on the bytes that uploaded files hold in memory, shared by every session of one server.
 * vsftpd writes to disk and learns that the disk is full from write(2); an in-memory tree learns it
 * here, and the engine then answers as vsftpd does (451 Failure writing to local file.).
 */
export class ByteBudget {
  private used = 0;
  private readonly held = new WeakMap<object, number>();
  /** Files deleted (or replaced) from the tree: an upload still writing into one may grow it no more. */
  private readonly gone = new WeakSet<object>();

  /** `limit`: all files together; `perFile`: one file (both in bytes). */
  constructor(
    readonly limit: number,
    readonly perFile: number = limit,
  ) {}

  get inUse(): number {
    return this.used;
  }

  /** Sets what `owner` holds to `bytes`; false, changing nothing, when that would pass a limit. */
  hold(owner: object, bytes: number): boolean {
    const before = this.held.get(owner) ?? 0;
    if (bytes > before && this.gone.has(owner)) return false;
    const next = this.used - before + bytes;
    if (bytes > before && (bytes > this.perFile || next > this.limit)) return false;
    this.used = next;
    if (bytes === 0) this.held.delete(owner);
    else this.held.set(owner, bytes);
    return true;
  }

  /** What `owner` holds goes back, as when a file is emptied by an overwrite. */
  release(owner: object): void {
    this.hold(owner, 0);
  }

  /** The file left the tree: its bytes go back, and it may not grow again. */
  drop(owner: object): void {
    this.hold(owner, 0);
    this.gone.add(owner);
  }
}
