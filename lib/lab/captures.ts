/**
 * The lab captures each link apart (one tcpdump per bridge); one pcapng with an interface per link,
 * frames in time order, is what Wireshark and the importer read as the whole run, hop by hop.
 */
import { importCapture, type ImportResult } from "../pcap/import";
import { PcapngWriter } from "../pcap/pcapng-writer";
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
      problems.push(`${c.link}: ${r.problem}`);
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

/** The real run as a trace: the merged capture through the one importer real traffic has. */
export function labTrace(caps: readonly LinkCapture[]): ImportResult & { merged: Uint8Array } {
  const merged = mergeLinkCaptures(caps);
  const imported = importCapture(merged.bytes);
  return { ...imported, problems: [...merged.problems, ...imported.problems], merged: merged.bytes };
}
