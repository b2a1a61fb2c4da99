/**
 * The network's memory, per middlebox, like Linux conntrack: one entry per connection with its
 * original tuple (as it reached the box) and its translated tuple (as it left), which IS the NAT
 * mapping; expectations the FTP helper created; and per-direction TCP sequence corrections.
 * Immutable: every function returns a new state.
 */
import type { SockAddr } from "../util/sock-addr";
import type { Proto } from "./packet";

export interface Tuple {
  readonly src: SockAddr;
  readonly dst: SockAddr;
}

/**
 * Linux's seqadj record for one direction: packets with seq after `pos` are shifted by `after`,
 * older ones (retransmissions of what came before the rewrite) by `before`.
 */
export interface SeqCorrection {
  readonly pos: number;
  readonly before: number;
  readonly after: number;
}

export type Direction = "orig" | "reply";

export type ConnStatus = "new" | "established" | "closed";

export interface ConnEntry {
  readonly id: number;
  readonly proto: Proto;
  /** The tuple as the first packet arrived at the box (initiator → responder). */
  readonly orig: Tuple;
  /** The same packet's tuple as it left the box: the NAT mapping. */
  readonly xlat: Tuple;
  readonly status: ConnStatus;
  /** FIN seen in each direction; both → closed. */
  readonly fin: { readonly orig: boolean; readonly reply: boolean };
  /** The FTP helper watches this connection (a control connection to port 21). */
  readonly ftpHelper: boolean;
  /** The TFTP helper (nf_conntrack_tftp) watches this UDP flow to port 69. */
  readonly tftpHelper?: boolean;
  /** Id of the control connection whose expectation this connection matched (RELATED). */
  readonly master?: number;
  readonly seqAdj: { readonly orig: SeqCorrection; readonly reply: SeqCorrection };
  /** FTP helper: sequence numbers just after a newline, per direction (where a command can start). */
  readonly nlSeq?: { readonly orig: readonly number[]; readonly reply: readonly number[] };
  readonly createdAt: number;
}

/** A data connection the helper was told about: from `srcAddr` (any port) to `dst`, sent on to `to`. */
export interface Expectation {
  readonly id: number;
  readonly master: number;
  readonly proto: Proto;
  readonly srcAddr: string;
  readonly dst: SockAddr;
  readonly to: SockAddr;
  readonly createdAt: number;
  /** Which helper created it; absent means the FTP helper. */
  readonly helper?: "tftp";
}

export interface BoxState {
  readonly conns: readonly ConnEntry[];
  readonly expectations: readonly Expectation[];
}

export interface NetState {
  readonly boxes: Readonly<Record<string, BoxState>>;
  /** Next id for connections and expectations (ids are unique across boxes). */
  readonly nextId: number;
  /** Deterministic source of replacement ports when a port cannot be preserved. */
  readonly portCounter: number;
}

/** Replacement ports come from here, like the kernel's ephemeral range, in order. */
export const NAT_PORT_MIN = 50000;
export const NAT_PORT_MAX = 60999;

/** nf_conntrack_ftp keeps an expectation for five minutes. */
export const EXPECTATION_TTL_MS = 300_000;

export const NO_CORRECTION: SeqCorrection = { pos: 0, before: 0, after: 0 };

const EMPTY_BOX: BoxState = { conns: [], expectations: [] };

/** A fresh network; `seed` shifts where replacement ports start so scenarios can vary them. */
export const emptyNetState = (seed = 0): NetState => ({
  boxes: {},
  nextId: 1,
  portCounter: NAT_PORT_MIN + (Math.abs(Math.trunc(seed)) % (NAT_PORT_MAX - NAT_PORT_MIN + 1)),
});

export const boxOf = (state: NetState, name: string): BoxState => state.boxes[name] ?? EMPTY_BOX;

export const withBox = (state: NetState, name: string, box: BoxState): NetState => ({
  ...state,
  boxes: { ...state.boxes, [name]: box },
});

export const sameAddr = (a: SockAddr, b: SockAddr): boolean => a.addr === b.addr && a.port === b.port;

export const sameTuple = (a: Tuple, b: Tuple): boolean => sameAddr(a.src, b.src) && sameAddr(a.dst, b.dst);

export const reverse = (t: Tuple): Tuple => ({ src: t.dst, dst: t.src });

/** The NAT mappings of a box, as a table to show the learner (inside endpoint ↔ outside endpoint). */
export function natMappings(
  state: NetState,
  box: string,
): readonly { conn: number; orig: Tuple; xlat: Tuple }[] {
  return boxOf(state, box)
    .conns.filter((c) => !sameTuple(c.orig, c.xlat))
    .map((c) => ({ conn: c.id, orig: c.orig, xlat: c.xlat }));
}
