/**
 * The shape of one vsftpd session as the handlers see it: its state and the few helpers that emit
 * actions. A leaf: the handlers, the dispatcher and the transfer code depend on this file, and only
 * session.ts implements it, so nothing in lib/ftp/server imports back up into session.ts.
 */
import type { ServerAction, ServerInput, TimerName } from "../io";
import type { ParsedCommand } from "../parse-command";
import type { ReplyCode } from "../reply-codes";
import type { NoteRef } from "../../util/note";
import type { SockAddr } from "../../util/sock-addr";
import type { FsView, Vfs } from "../../vfs/vfs";
import type { VsftpdConfig } from "./config";
import type { UserDb } from "./users";

export type DataSetup =
  | { readonly kind: "none" }
  | { readonly kind: "pasv"; readonly port: number; accepted: SockAddr | null }
  | { readonly kind: "port"; readonly to: SockAddr };

/** What blocks the command reader. */
export type Op =
  | { readonly kind: "listen"; readonly epsv: boolean }
  | { readonly kind: "delay"; readonly resume: () => void }
  | TransferOp;

export interface ServerSessionOptions {
  readonly config: VsftpdConfig;
  readonly fs: Vfs;
  readonly users: UserDb;
  readonly now: number;
  /** Files of the server host outside the FTP tree, by system path (banner_file, userlist_file…). */
  readonly hostFiles?: Readonly<Record<string, string>>;
  /** Directories of the server host a tunable names (secure_chroot_dir); given, a missing one is an OOPS. */
  readonly hostDirs?: ReadonlySet<string>;
}

/** A read-only picture of the session for the UI. */
export interface SessionView {
  readonly connected: boolean;
  readonly loggedIn: boolean;
  readonly user: string | null;
  readonly anonymous: boolean;
  readonly cwd: string | null;
  readonly type: "ascii" | "binary";
  readonly dataMode: "none" | "pasv" | "port";
  readonly busy: boolean;
}

export interface ServerSession {
  handle(input: ServerInput, now: number): ServerAction[];
  readonly state: SessionView;
}

export interface TransferOp {
  readonly kind: "transfer";
  stage: "accepting" | "connecting" | "sending" | "receiving";
  /** The 150 text. */
  readonly mark: string;
  /** Retrieval: the bytes to send. Upload: undefined. */
  readonly payload?: Uint8Array;
  /** Upload sink: called with each chunk, then with null at EOF; false when the write failed. */
  readonly sink?: (chunk: Uint8Array | null) => boolean;
  /** Why a failed write failed (the note of vsftpd's 451), asked when it happens. */
  readonly sinkFailed?: ServerNote | (() => ServerNote);
  /** Retrieval of a file the driver streams from disk (never held in memory by the engine). */
  readonly stream?: { readonly source: string; readonly offset: number; readonly ascii: boolean };
  /** The 226 text. */
  readonly doneText: string;
  /**
   * An upload that did not succeed (no data connection, 426 on a reset, 451): vsftpd's cleanup after it
   * (delete_failed_uploads). Not called on a data timeout (vsftpd exits) nor on an async ABOR (vsftpd's
   * read then sees the end of the stream, and the upload counts as a success).
   */
  readonly failed?: () => void;
}

/** A note the server attaches: a key of the catalogues (a misspelled one does not compile). */
export type ServerNote = NoteRef;

/** The session state and the helpers handlers call (implemented by session.ts). */
export interface Session {
  readonly cfg: VsftpdConfig;
  readonly vfs: Vfs;
  readonly users: UserDb;
  readonly hostFiles: Readonly<Record<string, string>>;
  /** Host files were given: a file a tunable names and that is not among them is missing (vsftpd's OOPS). */
  readonly hostKnown: boolean;
  readonly hostDirs: ReadonlySet<string> | null;
  now: number;
  local: SockAddr;
  remote: SockAddr;
  connected: boolean;
  closed: boolean;
  loggedIn: boolean;
  userStr: string;
  anonymous: boolean;
  loginFails: number;
  fsView: FsView | null;
  cwd: string[];
  home: string;
  chrooted: boolean;
  umask: number;
  isAscii: boolean;
  restartPos: number;
  rnfr: string | null;
  epsvAll: boolean;
  /** The control connection speaks TLS (after 234 to AUTH). */
  tls: boolean;
  data: DataSetup;
  op: Op | null;
  visitedDirs: Set<string>;
  emit(a: ServerAction): void;
  note(key: ServerNote["key"], params?: NoteRef["params"]): void;
  reply(code: ReplyCode, text: string, note?: ServerNote): void;
  /** A multi-line reply: `code-first`, body lines as given, `code last`. */
  replyLines(code: ReplyCode, first: string, body: readonly string[], last: string, note?: ServerNote): void;
  /** A multi-line reply whose every line carries `code-`, then `code last` (banner_file, .message). */
  replyPrefixed(code: ReplyCode, lines: readonly string[], last: string, note?: ServerNote): void;
  /** Bytes on the control connection as they are (the two halves of STAT's framed listing). */
  sendRaw(text: string, note?: NoteRef): void;
  setTimer(name: TimerName, afterMs: number): void;
  clearTimer(name: TimerName): void;
  armIdle(): void;
  /** pasv_cleanup + port_cleanup: forget the data setup, closing a pending listener. */
  dataCleanup(): void;
  /** Ends the session: vsftpd's process exits, so the control connection closes. */
  close(): void;
  nowS(): number;
}

/** What a verb does once dispatch has let it through (one per row of lib/ftp/commands.ts). */
export type Handler = (s: Session, arg: string, cmd: ParsedCommand) => void;

/** The argument check vsftpd makes before a verb does anything, and the reply that refuses it. */
export interface ArgCheck {
  readonly ok: (arg: string, s: Session) => boolean;
  readonly code: ReplyCode;
  readonly text: string;
}
