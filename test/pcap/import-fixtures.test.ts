/**
 * Real captures (test/fixtures/captures, made by record.sh on loopback: curl, Python's ftplib, lftp and tnftp
 * against Debian's vsftpd 3.0.3 and `npm run ftpd`, active and passive) imported into traces: the FTP
 * messages are those tshark reads, in order; hosts are named by role; each data connection is matched to
 * the announcement that opened it and to the command it carries.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isMessageKey } from "@/lib/i18n";
import { importCapture } from "@/lib/pcap/import";
import { parseTraceJsonl, traceToJsonl } from "@/lib/trace/serialize";
import type { TraceEntry } from "@/lib/trace/types";
import { tsharkFields, tsharkPath } from "./tshark";

const DIR = join(__dirname, "../fixtures/captures");
const FILES = readdirSync(DIR).filter((f) => /\.pcap(ng)?$/.test(f));
const PORTS = [3250, 3251];
const load = (f: string) => importCapture(new Uint8Array(readFileSync(join(DIR, f))), { ftpPorts: PORTS });
const tshark = tsharkPath();

/** One line per FTP message: "C USER anonymous" / "S 230". */
function ours(trace: readonly TraceEntry[]): string[] {
  return trace
    .filter((e) => e.kind === "CommandSent" || e.kind === "ReplySent")
    .map((e) => (e.kind === "CommandSent" ? `C ${e.text!.trimEnd()}` : `S ${e.code}`));
}

describe("capture fixtures", () => {
  it("holds the captures the README lists, each with the command that made it", () => {
    const readme = readFileSync(join(DIR, "README.md"), "utf8");
    expect(FILES.length).toBeGreaterThanOrEqual(12);
    for (const f of FILES) expect(readme, f).toContain(f);
  });

  it.each(FILES)("%s: hosts by role, the file downloaded, data connections matched", (f) => {
    const r = load(f);
    expect(r.trace.length).toBeGreaterThan(10);
    const first = r.trace.find((e) => e.kind === "ReplySent")!;
    expect(first).toMatchObject({
      code: 220,
      from: { host: "server" },
      to: { host: "client" },
      channel: "control",
    });
    for (const e of r.trace.filter((x) => x.kind === "CommandSent")) expect(e.from.host).toBe("client");
    const data = r.trace.filter((e) => e.kind === "DataSent");
    // Every fixture downloads pub/hola.txt, or lists pub/ (the SLL2 one).
    expect(data.map((e) => e.text ?? "").join("")).toMatch(
      /Hola desde vsftpd\.\r\nSegunda linea\.\r\n| hola\.txt\r\n/,
    );
    // Each data connection's SYN says which announcement it answers and which command it carries.
    const syns = r.trace.filter((e) => e.channel === "data" && e.flags === "SYN");
    expect(syns.length).toBeGreaterThan(0);
    for (const s of syns) {
      expect(s.note?.key, `${f} #${s.seq}`).toBe("pcap.dataConn");
      expect(String(s.note?.params?.command)).toMatch(/^(RETR|LIST|NLST|MLSD)\b/);
      expect(String(s.note?.params?.announce)).toMatch(/^(PORT|EPRT|227|229)/);
    }
    // In active mode the server opens the data connection: its SYN goes from "server" to "client".
    const active = ours(r.trace).some((l) => /^C (PORT|EPRT)/.test(l));
    for (const s of syns) expect(s.from.host).toBe(active ? "server" : "client");
    expect(r.problems.filter((p) => /not captured/.test(p))).toEqual([]);
    for (const e of r.trace) if (e.note) expect(isMessageKey(e.note.key), e.note.key).toBe(true);
    // The trace is one the app accepts back as JSON lines (export → import trace).
    expect(parseTraceJsonl(traceToJsonl(r.trace))).toMatchObject({ ok: true });
  });

  it.skipIf(!tshark).each(FILES)("%s: the FTP requests and replies are tshark's, in order", async (f) => {
    const rows = await tsharkFields(
      join(DIR, f),
      ["ftp.request.command", "ftp.request.arg", "ftp.response.code"],
      [...PORTS.flatMap((p) => ["-d", `tcp.port==${p},ftp`]), "-Y", "ftp"],
    );
    const theirs = rows
      .filter((r) => r["ftp.request.command"] || r["ftp.response.code"])
      .map((r) =>
        r["ftp.request.command"]
          ? `C ${r["ftp.request.command"]} ${r["ftp.request.arg"]}`.trimEnd()
          : `S ${r["ftp.response.code"]!.split("|")[0]}`,
      );
    // tshark lists a multi-line reply once per packet it spans, and a capture on two interfaces (lo and
    // any) once, while each copy is a connection of its own here: compare with repeats collapsed.
    // Telnet IP/DM bytes lftp sends before ABOR: tshark shows one "request" per packet they span.
    const collapse = (l: string[]) => l.filter((x, i) => x !== l[i - 1] && !/^C [^A-Za-z]*$/.test(x));
    expect(collapse(ours(load(f).trace))).toEqual(collapse(theirs));
  });

  it("reads the multi-line FEAT reply lftp asks for as one reply", () => {
    const r = load("lftp-vsftpd-passive.pcap");
    const feat = r.trace.find((e) => e.kind === "ReplySent" && e.code === 211)!;
    expect(feat.text).toMatch(/^211-Features:\r\n(.*\r\n)+211 End\r\n$/);
  });
});
