/**
 * What a router's NAT tells the trace when it rewrites a packet: the NatTranslated event, the rule that
 * decided (the conntrack entry, the FTP expectation, the port forward, the masquerade) and the note that
 * says why, most specific reason first. The middlebox (middlebox.ts) decides; this names its decision.
 */
import type { NoteRef } from "../util/note";
import type { SockAddr } from "../util/sock-addr";
import { note, type NatStage, type NetEvent, type NetNoteKey } from "./events";
import type { Packet } from "./packet";
import type { Expectation } from "./state";
import { tftpRelatedNote } from "./tftp-helper";

/** "10.0.0.2:40000" */
export const addrPort = (a: SockAddr): string => `${a.addr}:${a.port}`;
/** "10.0.0.2:40000 → 192.0.2.20:21" */
export const arrow = (p: Packet): string => `${addrPort(p.src)} → ${addrPort(p.dst)}`;

export const natEvent = (
  stage: NatStage,
  at: string,
  before: Packet,
  after: Packet,
  rule: string,
  n: NoteRef,
): NetEvent => ({
  type: "NatTranslated",
  stage,
  at,
  before,
  after,
  rule,
  note: n,
});

/** The rule a new connection's rewrite is filed under: the expectation, the forward, the masquerade. */
export const natRule = (
  box: string,
  exp: Expectation | undefined,
  fwd: string | undefined,
  snat: string | undefined,
): string =>
  exp
    ? `alg:${box}:expectation-${exp.id}`
    : fwd
      ? `nat:${box}:${fwd}`
      : snat
        ? `nat:${box}:masquerade`
        : `nat:${box}`;

/** Why the first packet of a connection was rewritten: the first reason that applies, most specific first. */
const NEW_CONN_NOTES: readonly ((c: {
  exp?: Expectation;
  fwd?: string;
  preserved: boolean;
}) => NetNoteKey | undefined)[] = [
  (c) => (c.exp ? "natRelated" : undefined),
  (c) => (c.fwd ? "natForwarded" : undefined),
  (c) => (c.preserved ? "natMasqueraded" : "natMasqueradedNewPort"),
];

export function newConnNote(
  box: string,
  before: Packet,
  after: Packet,
  exp: Expectation | undefined,
  fwd: string | undefined,
  preserved: boolean,
): NoteRef {
  const why = { ...(exp ? { exp } : {}), ...(fwd ? { fwd } : {}), preserved };
  const key = NEW_CONN_NOTES.map((f) => f(why)).find((k) => k !== undefined) ?? "natMapped";
  const params = {
    router: box,
    before: arrow(before),
    after: arrow(after),
    port: before.src.port,
    rule: fwd ?? "",
  };
  return exp?.helper === "tftp" ? tftpRelatedNote("nat", params) : note(key, params);
}
