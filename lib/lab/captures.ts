/**
 * The lab captures each link apart (one tcpdump per bridge); one pcapng with an interface per link,
 * frames in time order, is what Wireshark and the importer read as the whole run, hop by hop.
 */
import { importCapture, type ImportResult } from "../pcap/import";
import type { LabPlan } from "./plan";
import { PcapngWriter } from "../pcap/pcapng-writer";
import { problemText } from "../pcap/problems";
import { readCapture, type Frame } from "../pcap/read";

const LIMITS = { maxBytes: 256 << 20, maxFrames: 200_000 } as const;

export interface LinkCapture {
  readonly link: string;
  readonly bytes: Uint8Array;
}

export function mergeLinkCaptures(caps: readonly LinkCapture[]): { bytes: Uint8Array; problems: string[] } {
  const w = new PcapngWriter("FTP Visualizer lab");
  const problems: string[] = [];
  const frames: { iface: number; f: Frame }[] = [];
  caps.forEach((c, iface) => {
    const r = readCapture(c.bytes, LIMITS);
    if (!r.ok) {
      problems.push(`${c.link}: ${problemText(r.problem)}`);
      w.addInterface({ linkType: 1, name: c.link });
      return;
    }
    w.addInterface({ linkType: r.frames[0]?.linkType ?? 1, name: c.link, description: `lab link ${c.link}` });
    for (const f of r.frames) frames.push({ iface, f });
  });
  frames.sort((a, b) => a.f.timeNs - b.f.timeNs || a.iface - b.iface);
  for (const { iface, f } of frames)
    w.addPacket({ iface, timeUs: BigInt(Math.round(f.timeNs / 1000)), data: f.data, origLen: f.origLen });
  return { bytes: w.bytes(), problems };
}

/** The routers on the way from the client to the server, in order (links joined by shared hosts). */
export function pathRouters(plan: LabPlan): string[] {
  const client = plan.hosts.find((h) => h.role === "client")?.name;
  const server = plan.hosts.find((h) => h.role === "server")?.name;
  if (!client || !server) return [];
  const neighbours = (host: string) =>
    plan.links
      .filter((l) => l.members.some((m) => m.host === host))
      .flatMap((l) => l.members.map((m) => m.host))
      .filter((h) => h !== host);
  const via = new Map<string, string>([[client, client]]);
  for (let queue = [client]; queue.length > 0 && !via.has(server);) {
    const next: string[] = [];
    for (const h of queue)
      for (const n of neighbours(h))
        if (!via.has(n)) {
          via.set(n, h);
          next.push(n);
        }
    queue = next;
  }
  if (!via.has(server)) return [];
  const path: string[] = [];
  for (let h = via.get(server)!; h !== client; h = via.get(h)!) path.unshift(h);
  return path;
}

/**
 * The real run as a trace: the merged capture through the one importer real traffic has, its routers
 * named as the topology names them (so the real run's lifelines are the simulation's).
 */
export function labTrace(
  caps: readonly LinkCapture[],
  plan?: LabPlan,
): ImportResult & { merged: Uint8Array } {
  const merged = mergeLinkCaptures(caps);
  const imported = importCapture(merged.bytes, plan ? { routerNames: pathRouters(plan) } : {});
  return { ...imported, problems: [...merged.problems, ...imported.problems], merged: merged.bytes };
}
