/**
 * Datagrams as trace entries: one DatagramSent arrow per link with the TFTP summary as its text
 * (`DATA block 3 (512 bytes)`), a NatTranslated entry where a box gave a flow its mapping, a Decision
 * where the TFTP helper created an expectation, and a SegmentDropped where the datagram died.
 */
import type { PortHop } from "../net/port";
import type { Outcome } from "../net/transmit";
import { sockAddrText } from "../util/sock-addr";
import type { Packet } from "../net/packet";
import { toBase64 } from "../sim/hop-entries";
import type { Draft } from "../sim/kernel/recorder";
import type { Layer } from "../trace/types";
import { describeBytes } from "./packet";

/** Datagrams keep their exact bytes (the inspector's hex view) up to this size. */
const KEEP_BYTES = 4096;

const tuple = (p: Packet) => ({ src: sockAddrText(p.src), dst: sockAddrText(p.dst) });

export function datagramEntries(hops: readonly PortHop[]): Draft[] {
  const out: Draft[] = [];
  for (const hop of hops) {
    const p = hop.packet;
    out.push({
      t: hop.departAt,
      kind: "DatagramSent",
      layer: "tftp",
      from: { host: hop.from, addr: p.src.addr, port: p.src.port },
      to: { host: hop.to, addr: p.dst.addr, port: p.dst.port },
      text: describeBytes(p.payload),
      bytes: p.payload.length,
      ...(p.payload.length <= KEEP_BYTES ? { b64: toBase64(p.payload) } : {}),
    });
    for (const rw of hop.rewrites)
      if (rw.stage !== "mapped")
        out.push({
          t: hop.arriveAt,
          kind: "NatTranslated",
          layer: "nat",
          from: { host: rw.at },
          to: { host: rw.at },
          before: tuple(rw.before),
          after: tuple(rw.after),
          note: rw.note,
          ...(rw.rule ? { rule: rw.rule } : {}),
        });
    for (const ev of hop.events)
      if (ev.type === "ExpectationCreated")
        out.push({
          t: hop.arriveAt,
          kind: "Decision",
          layer: "nat",
          from: { host: ev.at },
          to: { host: ev.at },
          note: ev.note,
        });
  }
  return out;
}

/** Which layer a drop belongs to, by the prefix of the rule that decided. */
const DROP_LAYER: readonly (readonly [prefix: string, layer: Layer])[] = [
  ["fw:", "firewall"],
  ["nat:", "nat"],
  ["alg:", "nat"],
];

export function datagramDrop(outcome: Extract<Outcome, { kind: "dropped" }>, t: number): Draft {
  const p = outcome.packet;
  return {
    t,
    kind: "SegmentDropped",
    layer: DROP_LAYER.find(([prefix]) => outcome.rule.startsWith(prefix))?.[1] ?? "udp",
    from: { host: outcome.at, addr: p.src.addr, port: p.src.port },
    to: { host: outcome.at, addr: p.dst.addr, port: p.dst.port },
    text: describeBytes(p.payload),
    bytes: p.payload.length,
    note: outcome.note,
    rule: outcome.rule,
  };
}
