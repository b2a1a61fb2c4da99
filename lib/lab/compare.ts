/**
 * Simulated vs real, aligned by command: for each line the client sent, the replies it got, the
 * PORT/EPRT as the server received it (after any ALG rewrite), the 227/229 as the client received it,
 * and the data connection (opened or not, and from where the client saw it come). Differences are
 * named, so a test or the workbench can mark them. Addresses are compared in the lab's address space.
 */
import type { Trace, TraceEntry } from "../trace/types";
import { labAddr, mapAddressesInText } from "./addr";

/** What the real client reported (lib/node/lab/player's events, as plain data). */
export type RealEvent =
  | { kind: "sent"; line: string }
  | { kind: "reply"; code: number; text: string }
  | { kind: "data-open"; how: string; remote: string }
  | { kind: "data-failed"; how: string; error: string }
  | { kind: "data-closed"; bytes: number }
  | { kind: string };

export interface DataView {
  readonly opened: boolean;
  /** The far end of the data connection as the client saw it (addr:port). */
  readonly remote?: string;
}

export interface SideView {
  readonly codes: readonly number[];
  /** The 227/229 text the client got, if any. */
  readonly passive?: string;
  /** The PORT/EPRT line as the server got it. */
  readonly serverGot?: string;
  readonly data?: DataView;
}

export type DiffKind = "codes" | "serverGot" | "passiveAddress" | "dataOpened" | "dataSource" | "missing";

export interface AlignedStep {
  readonly line: string;
  readonly verb: string;
  readonly sim: SideView;
  readonly real?: SideView;
  readonly diffs: readonly DiffKind[];
}

const TRANSFER = new Set(["LIST", "NLST", "RETR", "STOR", "APPE", "STOU", "MLSD"]);
const SETUP = new Set(["PORT", "EPRT", "PASV", "EPSV"]);
const verbOf = (line: string): string => (line.split(/[ \r\n]/)[0] ?? "").toUpperCase();
const firstLine = (t: string): string => t.split("\r\n")[0] ?? t;

/** The simulated side, per client command. */
export function simSteps(trace: Trace): { line: string; view: SideView }[] {
  const isCmd = (e: TraceEntry) =>
    e.kind === "CommandSent" && e.from.host === "client" && e.channel === "control";
  const idx = trace.map((e, i) => (isCmd(e) ? i : -1)).filter((i) => i >= 0);
  return idx.map((start, k) => {
    const end = idx[k + 1] ?? trace.length;
    const win = trace.slice(start, end);
    const replies = win.filter((e) => e.kind === "ReplySent" && e.to.host === "client");
    const passive = replies.find((r) => r.code === 227 || r.code === 229);
    const got = win.find((e) => e.kind === "CommandSent" && e.to.host === "server");
    const line = mapAddressesInText(trace[start]?.text ?? "", labAddr);
    return {
      line,
      view: {
        codes: replies.map((r) => r.code ?? 0),
        ...(passive?.text ? { passive: mapAddressesInText(firstLine(passive.text), labAddr) } : {}),
        ...(got?.text && SETUP.has(verbOf(got.text))
          ? { serverGot: mapAddressesInText(firstLine(got.text), labAddr) }
          : {}),
        ...dataOfSim(win),
      },
    };
  });
}

function dataOfSim(win: readonly TraceEntry[]): { data?: DataView } {
  const data = win.filter(
    (e) => e.channel === "data" && (e.kind === "SegmentSent" || e.kind === "SegmentDropped"),
  );
  const syn = data.find((e) => e.flags === "SYN" && (e.to.host === "client" || e.from.host === "client"));
  if (!syn) return {};
  const toClient = syn.to.host === "client";
  const far = toClient ? syn.from : syn.to;
  const synAck = data.some(
    (e) =>
      e.kind === "SegmentSent" &&
      e.flags === "SYN,ACK" &&
      (toClient ? e.from.host === "client" : e.to.host === "client"),
  );
  return {
    data: { opened: synAck, ...(far.addr ? { remote: `${labAddr(far.addr)}:${far.port ?? "?"}` } : {}) },
  };
}

/** The real side, per line the player sent. `received` is vsftpd's log of commands, in order. */
export function realSteps(
  events: readonly RealEvent[],
  received: readonly string[],
): { line: string; view: SideView }[] {
  const out: { line: string; view: SideView }[] = [];
  let got = 0;
  for (const e of events) {
    if (e.kind === "sent" && "line" in e) {
      const line = e.line;
      const serverLine = received[got++];
      out.push({
        line,
        view: {
          codes: [],
          ...(serverLine !== undefined && SETUP.has(verbOf(line)) && SETUP.has(verbOf(serverLine))
            ? { serverGot: serverLine }
            : {}),
        },
      });
      continue;
    }
    const cur = out[out.length - 1];
    if (!cur) continue;
    const v = cur.view as { codes: number[]; passive?: string; data?: DataView };
    if (e.kind === "reply" && "code" in e) {
      v.codes = [...v.codes, e.code];
      if (e.code === 227 || e.code === 229) v.passive = firstLine(e.text);
    } else if (e.kind === "data-open" && "remote" in e) v.data = { opened: true, remote: e.remote };
    else if (e.kind === "data-failed") v.data = { opened: false };
  }
  return out;
}

/** A transfer's data connection may have been opened while its PORT/PASV step ran: look there too. */
function dataFor(steps: readonly { line: string; view: SideView }[], k: number): DataView | undefined {
  const here = steps[k]?.view.data;
  if (here) return here;
  const prev = steps[k - 1];
  return prev && SETUP.has(verbOf(prev.line)) ? prev.view.data : undefined;
}

const passiveAddress = (t: string | undefined): string | undefined => {
  const m = t ? /\((\d+,\d+,\d+,\d+),\d+,\d+\)/.exec(t) : null;
  return m?.[1] ?? (t && /\(\|\|\|\d+\|\)/.test(t) ? "epsv" : undefined);
};
const portOf = (remote: string | undefined): string | undefined => remote?.split(":").pop();

export function alignRuns(
  simTrace: Trace,
  events: readonly RealEvent[],
  received: readonly string[],
): AlignedStep[] {
  const sim = simSteps(simTrace);
  const real = realSteps(events, received);
  // Pair steps in order by verb: a command the real run did not send (a record made from an older
  // script) is "missing" there and does not shift every later row.
  let j = 0;
  return sim.map((s, k): AlignedStep => {
    const verb = verbOf(s.line);
    const next = real[j];
    const r = next && verbOf(next.line) === verb ? next : undefined;
    if (!r) return { line: s.line, verb, sim: s.view, diffs: ["missing"] };
    const rk = j++;
    const diffs: DiffKind[] = [];
    if (s.view.codes.join(",") !== r.view.codes.join(",")) diffs.push("codes");
    if (s.view.serverGot !== r.view.serverGot) diffs.push("serverGot");
    if (passiveAddress(s.view.passive) !== passiveAddress(r.view.passive)) diffs.push("passiveAddress");
    const carries = TRANSFER.has(verb) || verb === "PASV" || verb === "EPSV";
    const sd = carries ? dataFor(sim, k) : undefined;
    const rd = carries ? dataFor(real, rk) : undefined;
    if (carries) {
      if ((sd?.opened ?? false) !== (rd?.opened ?? false)) diffs.push("dataOpened");
      // Active mode: the source port the client sees (20 with connect_from_port_20, else ephemeral).
      else if (sd?.opened && (verb === "LIST" || verb === "RETR" || verb === "NLST") && isActive(sim, k)) {
        const sp = portOf(sd.remote);
        const rp = portOf(rd?.remote);
        if ((sp === "20") !== (rp === "20")) diffs.push("dataSource");
      }
    }
    return {
      line: s.line,
      verb,
      sim: { ...s.view, ...(sd ? { data: sd } : {}) },
      real: { ...r.view, ...(rd ? { data: rd } : {}) },
      diffs,
    };
  });
}

const isActive = (steps: readonly { line: string }[], k: number): boolean => {
  for (let i = k - 1; i >= 0; i--) {
    const v = verbOf(steps[i]?.line ?? "");
    if (v === "PORT" || v === "EPRT") return true;
    if (v === "PASV" || v === "EPSV") return false;
  }
  return false;
};
