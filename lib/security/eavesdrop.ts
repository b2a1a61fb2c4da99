/**
 * What a machine on the path sees: for each link of the topology, every payload that crossed it in
 * the order it crossed — control lines (USER and PASS flagged), file and listing bytes on data
 * connections, or, after AUTH TLS, only opaque records of some size. Beside it, what the learner typed,
 * with passwords masked as the terminal masks them: the contrast is the lesson. Pure: trace in.
 */
import type { Topology } from "../net/topology";
import type { TraceEntry } from "../trace/types";

export type Credential = "user" | "pass";

export interface Sniffed {
  readonly seq: number;
  readonly t: number;
  readonly from: string;
  readonly to: string;
  readonly channel: "control" | "data";
  /** What the sniffer reads: the plain text, or null when it is TLS ciphertext or binary data. */
  readonly text: string | null;
  readonly bytes: number;
  /** TLS record names when the payload is encrypted (the sniffer sees only these and the size). */
  readonly tls: readonly string[] | null;
  /** A USER or PASS command readable on this link. */
  readonly credential: Credential | null;
}

export interface LinkView {
  readonly link: string;
  readonly items: readonly Sniffed[];
}

export interface Typed {
  readonly seq: number;
  /** The line as the learner's screen shows it (passwords masked). */
  readonly text: string;
  readonly masked: boolean;
}

export interface Leak {
  readonly link: string;
  readonly credential: Credential;
  readonly value: string;
  readonly seq: number;
}

export interface Eavesdrop {
  readonly links: readonly LinkView[];
  readonly typed: readonly Typed[];
  /** Credentials a sniffer on that link could copy. */
  readonly leaks: readonly Leak[];
}

const PAYLOAD_KINDS: ReadonlySet<string> = new Set(["CommandSent", "ReplySent", "DataSent"]);
const CREDENTIAL_VERBS: Readonly<Record<string, Credential>> = { USER: "user", PASS: "pass" };

/** Typed lines whose last word is a password: `user NAME PASS`, `pass PASS`, `ftp`-less shortcuts. */
const SECRET_ARGS: readonly RegExp[] = [/^(\s*user\s+\S+\s+)(\S+)(.*)$/i, /^(\s*pass\s+)(\S+)(.*)$/i];
const MASK = "********";

/** The link both ends of a hop sit on (the first one they share), or a "from–to" label. */
function linkOf(topo: Topology | undefined, from: string, to: string): string {
  const links = (h: string) => topo?.hosts.find((x) => x.name === h)?.ifaces.map((i) => i.link) ?? [];
  const shared = links(from).find((l) => links(to).includes(l));
  return shared ?? `${from}–${to}`;
}

function sniffed(e: TraceEntry): Sniffed {
  const channel = e.channel === "data" ? "data" : "control";
  const opaque = e.tls !== undefined;
  const text = opaque ? null : (e.text ?? null);
  const verb = opaque ? undefined : e.verb;
  return {
    seq: e.seq,
    t: e.t,
    from: e.from.host,
    to: e.to.host,
    channel,
    text,
    bytes: e.tls?.bytes ?? e.bytes ?? (e.text ?? "").length,
    tls: e.tls?.records ?? null,
    credential: (e.kind === "CommandSent" && verb && CREDENTIAL_VERBS[verb]) || null,
  };
}

function maskTyped(e: TraceEntry): Typed {
  if (e.note?.key === "sim.secretTyped") return { seq: e.seq, text: MASK, masked: true };
  const line = e.text ?? "";
  for (const re of SECRET_ARGS) {
    const m = re.exec(line);
    if (m) return { seq: e.seq, text: `${m[1]}${MASK}${m[3]}`, masked: true };
  }
  return { seq: e.seq, text: line, masked: false };
}

/** The sniffer's view of `trace` up to `upTo` (inclusive), per link of `topology`. */
export function eavesdrop(
  trace: readonly TraceEntry[],
  topology?: Topology,
  upTo = trace.length - 1,
): Eavesdrop {
  const byLink = new Map<string, Sniffed[]>();
  const typed: Typed[] = [];
  const leaks: Leak[] = [];
  for (const e of trace.slice(0, upTo + 1)) {
    if (e.kind === "CommandTyped") typed.push(maskTyped(e));
    if (!PAYLOAD_KINDS.has(e.kind) || e.from.host === e.to.host) continue;
    const link = linkOf(topology, e.from.host, e.to.host);
    const s = sniffed(e);
    byLink.set(link, [...(byLink.get(link) ?? []), s]);
    if (s.credential && s.text !== null) {
      const value = s.text.replace(/^\S+\s?/, "").replace(/\r?\n$/, "");
      leaks.push({ link, credential: s.credential, value, seq: s.seq });
    }
  }
  const order = topology?.links.map((l) => l.name) ?? [];
  const links = [...byLink.entries()]
    .sort(([a], [b]) => rank(order, a) - rank(order, b))
    .map(([link, items]) => ({ link, items }));
  return { links, typed, leaks };
}

const rank = (order: readonly string[], link: string): number => {
  const i = order.indexOf(link);
  return i < 0 ? order.length : i;
};
