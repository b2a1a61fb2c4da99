/**
 * Round trips simulate → pcapng → tshark: for every topology preset × active/passive/EPSV × ls/get, Wireshark's
 * dissectors read the exported file as the trace's conversation — the FTP requests and responses of each
 * link in the trace's order, FTP-DATA with the trace's bytes, no malformed frame, good IP/TCP checksums, and
 * no TCP analysis flag except the SYN retransmissions the scenario causes (a data connection a NAT drops).
 *
 * Wireshark 4.0 tells TCP conversations apart by addresses and ports only, so where a router forwards
 * without translating (client-firewall) the same segment on its two links looks like a retransmission:
 * there each link is also exported alone (ExportOptions.links) and checked by itself.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { linkKey } from "@/lib/pcap/export";
import { scenarioPcapng } from "@/lib/pcap/session-export";
import { PRESET_NAMES } from "@/lib/net/presets";
import { simulate } from "@/lib/sim/session";
import type { Scenario } from "@/lib/sim/scenario";
import type { TraceEntry } from "@/lib/trace/types";
import { base64Bytes, latin1Bytes } from "@/lib/util/bytes";
import { tsharkFields, tsharkPath, type Row } from "./tshark";

const tshark = tsharkPath();
const dir = mkdtempSync(join(tmpdir(), "pcap-rt-"));

const MODES = {
  active: { mode: "active" },
  passive: { mode: "passive" },
  epsv: { mode: "passive", epsv: true },
} as const;
const OPS = { ls: "ls", get: "get readme.txt" } as const;

const FIELDS = [
  "frame.interface_id",
  "frame.comment",
  "_ws.malformed",
  "_ws.expert.severity",
  "ip.checksum.status",
  "tcp.checksum.status",
  "tcp.flags.syn",
  "tcp.analysis.flags",
  "tcp.analysis.retransmission",
  "ftp.request.command",
  "ftp.request.arg",
  "ftp.response.code",
  "ftp-data",
  "tcp.payload",
] as const;
const CHECKSUMS = ["-o", "ip.check_checksum:TRUE", "-o", "tcp.check_checksum:TRUE"];

const seqOf = (r: Row) => Number(/trace #(\d+)/.exec(r["frame.comment"] ?? "")?.[1] ?? -1);
const onLink = (e: TraceEntry, link: string) => linkKey(e.from.host, e.to.host) === link;

/** The FTP messages tshark found, in frame order, as the trace's seq and "VERB arg" / reply code. */
function ftpSeen(rows: Row[]): string[] {
  return rows
    .filter((r) => r["ftp.request.command"] || r["ftp.response.code"])
    .map((r) =>
      r["ftp.request.command"]
        ? `#${seqOf(r)} ${r["ftp.request.command"]} ${r["ftp.request.arg"]}`.trimEnd()
        : `#${seqOf(r)} ${r["ftp.response.code"]}`,
    );
}

function ftpExpected(trace: readonly TraceEntry[], link: string): string[] {
  return trace
    .filter((e) => (e.kind === "CommandSent" || e.kind === "ReplySent") && onLink(e, link))
    .map((e) => (e.kind === "CommandSent" ? `#${e.seq} ${e.text!.trimEnd()}` : `#${e.seq} ${e.code}`));
}

const hex = (b: Uint8Array) => Buffer.from(b).toString("hex");

function dataExpected(trace: readonly TraceEntry[], link: string): string {
  return trace
    .filter((e) => e.kind === "DataSent" && onLink(e, link))
    .map((e) => hex(e.b64 !== undefined ? base64Bytes(e.b64) : latin1Bytes(e.text ?? "")))
    .join("");
}

/** Links on which some 4-tuple also appears on another link (a router that does not translate). */
function repeatedTuples(trace: readonly TraceEntry[]): boolean {
  const seen = new Map<string, string>();
  for (const e of trace) {
    if (!e.from.addr || e.conn === undefined) continue;
    const tuple = `${e.from.addr}:${e.from.port}>${e.to.addr}:${e.to.port}`;
    const link = linkKey(e.from.host, e.to.host);
    if ((seen.get(tuple) ?? link) !== link) return true;
    seen.set(tuple, link);
  }
  return false;
}

/** Checks one file; `whole` is false where repeated 4-tuples make tshark skip the copies' payloads. */
async function check(
  file: string,
  rows: Row[],
  trace: readonly TraceEntry[],
  links: readonly string[],
  whole: boolean,
) {
  for (const r of rows) {
    expect(r["_ws.malformed"], `${file}: malformed ${r["frame.comment"]}`).toBe("");
    expect(r["ip.checksum.status"], `${file}: IP checksum ${r["frame.comment"]}`).toBe("1");
    expect(r["tcp.checksum.status"] || "1", `${file}: TCP checksum ${r["frame.comment"]}`).toBe("1");
    if (whole && r["tcp.analysis.flags"])
      expect(
        r["tcp.flags.syn"] === "1" && r["tcp.analysis.retransmission"] !== "",
        `${file}: TCP analysis flag on ${r["frame.comment"]} (only SYN retransmissions are deliberate)`,
      ).toBe(true);
  }
  if (!whole) return;
  const kinds = new Map(trace.map((e) => [e.seq, e.kind]));
  links.forEach((link, i) => {
    const mine = rows.filter((r) => r["frame.interface_id"] === String(i));
    expect(ftpSeen(mine), `${file}: FTP on ${link}`).toEqual(ftpExpected(trace, link));
    const data = mine.filter((r) => kinds.get(seqOf(r)) === "DataSent" && r["tcp.payload"]);
    const bytes = data.map((r) => r["tcp.payload"]!.replaceAll(":", "")).join("");
    expect(bytes, `${file}: data bytes on ${link}`).toBe(dataExpected(trace, link));
  });
  // Wireshark follows the data connection from the PORT/227/EPRT/229 it read (where the announced address is
  // the packets' own: behind a translating router the inside link may disagree, as on a real capture).
  const data = rows.filter((r) => kinds.get(seqOf(r)) === "DataSent");
  if (data.length)
    expect(
      data.some((r) => r["ftp-data"] !== ""),
      `${file}: no FTP-DATA`,
    ).toBe(true);
}

describe.skipIf(!tshark)("pcapng export read back by tshark", () => {
  const cases = PRESET_NAMES.flatMap((topology) =>
    Object.entries(MODES).flatMap(([mode, client]) =>
      Object.entries(OPS).map(([op, line]) => ({ topology, mode, op, client, line })),
    ),
  );
  it.concurrent.each(cases)(
    "$topology $mode $op",
    async ({ topology, mode, op, client, line }) => {
      const scenario: Scenario = {
        topology,
        client,
        commands: ["open server", "user anonymous", "guest@example.org", line, "bye"],
      };
      const { trace } = simulate(scenario);
      const out = scenarioPcapng(scenario);
      expect(out.problems).toEqual([]);
      const file = join(dir, `${topology}-${mode}-${op}.pcapng`);
      writeFileSync(file, out.bytes);
      const repeated = repeatedTuples(trace);
      const rows = await tsharkFields(file, FIELDS, CHECKSUMS);
      expect(rows.length).toBe(out.packets);
      expect(ftpExpected(trace, out.interfaces[0]!).length + rows.length).toBeGreaterThan(0);
      await check(file, rows, trace, out.interfaces, !repeated);
      if (!repeated) return;
      for (const link of out.interfaces) {
        const one = scenarioPcapng(scenario, undefined, [link]);
        const f = join(dir, `${topology}-${mode}-${op}-${link.replace("|", "_")}.pcapng`);
        writeFileSync(f, one.bytes);
        await check(f, await tsharkFields(f, FIELDS, CHECKSUMS), trace, [link], true);
      }
    },
    120_000,
  );
});
