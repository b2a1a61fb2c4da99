/**
 * A scenario's loss plan, deterministic: per link, either the datagrams to lose by their number on
 * that link (1 = the first datagram that crosses it, either way) or a rate drawn from a generator
 * seeded by the scenario, so the same scenario always loses the same datagrams.
 */
import type { TransmitOptions } from "../net/transmit";
import { createRng } from "../util/rng";

export type LossSpec = Readonly<Record<string, readonly number[] | { readonly rate: number }>>;

export function lossPlan(spec: LossSpec | undefined, seed: number): TransmitOptions["lose"] {
  if (!spec || Object.keys(spec).length === 0) return undefined;
  const counts = new Map<string, number>();
  // Its own generator: losing a datagram never shifts the ports the scenario's main generator picks.
  const rng = createRng((seed * 7919) ^ 0x1055);
  return (link) => {
    const rule = spec[link];
    if (rule === undefined) return undefined;
    const n = (counts.get(link) ?? 0) + 1;
    counts.set(link, n);
    const lost = Array.isArray(rule) ? rule.includes(n) : rng.next() < (rule as { rate: number }).rate;
    return lost
      ? { note: { key: "tftp.sim.lost", params: { link, n } }, rule: `loss:${link}#${n}` }
      : undefined;
  };
}
