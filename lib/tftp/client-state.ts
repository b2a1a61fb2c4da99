/**
 * The client's state and its printing helpers. What the program prints is tftp-hpa's English (from
 * the catalogue, so the Spanish screen says the same) and carries its key for the UI.
 */
import type { NoteRef } from "../util/note";
import type { SockAddr } from "../util/sock-addr";
import { translate, type KeySuffix } from "../i18n";
import type { TftpClientAction } from "./io";
import type { Lockstep } from "./lockstep";
import type { Options } from "./packet";

export type TransferMode = "netascii" | "octet";

export interface ClientXfer {
  readonly kind: "get" | "put";
  readonly remote: string;
  readonly local: string;
  readonly lock: Lockstep;
  /** The options the request carried (to check the OACK against). */
  readonly asked: Options;
  readonly netascii: boolean;
  readonly startedAt: number;
}

export interface ClientState {
  host: string | undefined;
  server: SockAddr | undefined;
  mode: TransferMode;
  trace: boolean;
  verbose: boolean;
  rexmtMs: number;
  timeoutMs: number;
  /** 0: no RFC 2347 options in requests (plain RFC 1350). */
  blksize: number;
  readonly files: Map<string, Uint8Array>;
  xfer: ClientXfer | undefined;
}

export interface ClientCtx {
  readonly s: ClientState;
  readonly now: number;
  readonly resolve: (name: string) => string | undefined;
  readonly out: TftpClientAction[];
}

export const PROMPT = "tftp> ";

type Params = Readonly<Record<string, string | number>>;

/** Prints a catalogue line (key `tftp.print.<name>`). */
export function say(c: ClientCtx, name: KeySuffix<"tftp.print.">, params?: Params, style?: "error"): void {
  const key = `tftp.print.${name}` as const;
  const note: NoteRef = params ? { key, params } : { key };
  c.out.push({ type: "print", text: translate("en", key, params), note, ...(style ? { style } : {}) });
}

/** A decision worth a line on the diagram (retransmissions, ignored packets). */
export const explain = (c: ClientCtx, note: NoteRef): void => {
  c.out.push({ type: "note", note });
};

/** Back at the prompt. */
export function done(c: ClientCtx): void {
  c.out.push({ type: "prompt", text: PROMPT }, { type: "ready" });
}

export const onOff = (b: boolean): string => (b ? "on" : "off");
