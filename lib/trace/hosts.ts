/**
 * The lifelines of a trace that did not come from the page's topology (an imported capture or trace):
 * each host with the addresses it sends from in the trace. A router forwarding a NATed reply sends
 * from the server's address on the LAN side; that address is the server's, so a router keeps only
 * the addresses no end host sends from.
 */
import type { TraceEntry } from "./types";

export interface TraceHost {
  readonly name: string;
  readonly addrs: readonly string[];
}

const ENDS = new Set(["client", "server"]);

export function traceHosts(trace: readonly TraceEntry[]): TraceHost[] {
  const sent = new Map<string, Set<string>>();
  const add = (host: string, addr: string | undefined) => {
    if (!sent.has(host)) sent.set(host, new Set());
    if (addr !== undefined) sent.get(host)!.add(addr);
  };
  for (const e of trace) {
    add(e.from.host, e.from.addr);
    add(e.to.host, undefined);
  }
  const endAddrs = new Set([...sent].filter(([h]) => ENDS.has(h)).flatMap(([, a]) => [...a]));
  return [...sent].map(([name, addrs]) => ({
    name,
    addrs: [...addrs].filter((a) => ENDS.has(name) || !endAddrs.has(a)),
  }));
}
