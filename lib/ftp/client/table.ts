/**
 * The one command table: it drives dispatch, argument checks, `help`, Tab completion and the
 * "did you mean" hint. Order matters only for display and for breaking suggestion ties.
 */
import * as brute from "./cmd-brute";
import * as files from "./cmd-files";
import * as recon from "./cmd-recon";
import * as tls from "./cmd-tls";
import * as session from "./cmd-session";
import { raw } from "./cmd-raw";
import * as simple from "./cmd-simple";
import type { KeySuffix, MessageKey } from "../../i18n/core";
import { say, show, english } from "./text";
import type { Ctx, Job } from "./types";

export type Handler = (c: Ctx, args: readonly string[], rest: string, name: string) => Job;

export interface CommandSpec {
  readonly name: string;
  readonly aliases: readonly string[];
  /** i18n keys of the usage line ("usage: get remote-file [local-file]") and the one-line help. */
  readonly usage: MessageKey;
  readonly help: MessageKey;
  readonly minArgs: number;
  readonly maxArgs: number;
  /** Refused with "Not connected." when there is no control connection (checked before arguments). */
  readonly needsConnection: boolean;
  readonly run: Handler;
}

const ANY = Number.POSITIVE_INFINITY;

/** A command the catalogue has a help line and a usage line for (a row without them does not compile). */
type CommandName = KeySuffix<"client.help."> & KeySuffix<"client.usage.">;

// name, aliases, min, max, needs connection, handler
type Row = readonly [CommandName, readonly string[], number, number, boolean, Handler];

const ROWS: readonly Row[] = [
  ["open", [], 1, 2, false, session.open],
  ["user", [], 1, 3, true, session.user],
  ["pass", [], 0, 1, true, session.pass],
  ["ls", [], 0, 2, true, files.ls],
  ["dir", [], 0, 2, true, files.dir],
  ["nlist", [], 0, 2, true, files.nlist],
  ["cd", ["cwd"], 1, 1, true, simple.cd],
  ["cdup", [], 0, 0, true, simple.cdup],
  ["pwd", [], 0, 0, true, simple.pwd],
  ["get", ["recv"], 1, 2, true, files.get],
  ["reget", [], 1, 2, true, files.reget],
  ["put", ["send"], 1, 2, true, files.put],
  ["append", [], 1, 2, true, files.append],
  ["mkdir", [], 1, 1, true, simple.mkdir],
  ["rmdir", [], 1, 1, true, simple.rmdir],
  ["delete", [], 1, 1, true, simple.del],
  ["rename", [], 2, 2, true, simple.rename],
  ["size", [], 1, 1, true, simple.size],
  ["modtime", [], 1, 1, true, simple.modtime],
  ["ascii", [], 0, 0, false, simple.ascii],
  ["binary", ["image"], 0, 0, false, simple.binary],
  ["type", [], 0, 1, false, simple.type],
  ["passive", [], 0, 1, false, simple.passive],
  ["epsv", ["epsv4"], 0, 1, false, simple.epsv],
  ["verbose", [], 0, 1, false, simple.verbose],
  ["status", [], 0, 0, false, simple.status],
  ["system", [], 0, 0, true, simple.system],
  ["rhelp", ["remotehelp"], 0, 1, true, simple.rhelp],
  ["quote", ["literal"], 1, ANY, true, simple.quote],
  ["close", ["disconnect"], 0, 0, true, session.close],
  ["bye", ["quit", "exit"], 0, 0, false, session.bye],
  ["lcd", [], 0, 1, false, simple.lcd],
  ["telnet", [], 1, 2, false, raw],
  ["nc", [], 1, 2, false, raw],
  ["ftp", [], 1, 2, false, recon.ftp],
  ["auth", [], 0, 0, true, tls.auth],
  ["nmap", [], 1, ANY, false, recon.nmap],
  ["hydra", [], 1, ANY, false, brute.hydra],
  ["brute", [], 1, 2, false, brute.brute],
  ["help", ["?"], 0, 1, false, help],
];

export const COMMANDS: readonly CommandSpec[] = ROWS.map(([name, aliases, minArgs, maxArgs, conn, run]) => ({
  name,
  aliases,
  usage: `client.usage.${name}` as const,
  help: `client.help.${name}` as const,
  minArgs,
  maxArgs,
  needsConnection: conn,
  run,
}));

const ALL_NAMES: readonly string[] = COMMANDS.flatMap((c) => [c.name, ...c.aliases]);

export type Lookup =
  | { readonly kind: "found"; readonly spec: CommandSpec }
  | { readonly kind: "ambiguous"; readonly candidates: readonly string[] }
  | {
      readonly kind: "unknown";
      readonly suggestion: string | null;
      /** The word names a command this ftp program does not have (its profile's `lacks`). */
      readonly lacking?: string;
    };

/**
 * Finds a command by exact name or alias, else by unique prefix ("Commands may be abbreviated").
 * `lacks`: the commands the running ftp program does not have (lib/ftp/client/profiles.ts).
 */
export function lookup(word: string, lacks: readonly string[] = []): Lookup {
  const w = word.toLowerCase();
  const table = COMMANDS.filter((c) => !lacks.includes(c.name));
  const missing = COMMANDS.find((c) => lacks.includes(c.name) && (c.name === w || c.aliases.includes(w)));
  if (missing) return { kind: "unknown", suggestion: null, lacking: missing.name };
  const exact = table.find((c) => c.name === w || c.aliases.includes(w));
  if (exact) return { kind: "found", spec: exact };
  const matches = table.filter((c) => [c.name, ...c.aliases].some((n) => n.startsWith(w)));
  if (matches.length === 1) return { kind: "found", spec: matches[0]! };
  if (matches.length > 1) return { kind: "ambiguous", candidates: matches.map((c) => c.name) };
  return { kind: "unknown", suggestion: suggest(w) };
}

/** Command names (and aliases) starting with `prefix`, sorted: the terminal's Tab candidates. */
export function completions(prefix: string): string[] {
  const p = prefix.trimStart().toLowerCase();
  if (/\s/.test(p)) return [];
  return ALL_NAMES.filter((n) => n.startsWith(p)).sort();
}

/** Edit distance with adjacent transpositions (optimal string alignment): "gte" is one step from "get". */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  return d[a.length]![b.length]!;
}

/** The closest known command within 2 edits (and closer than the word's own length), or null. */
export function suggest(word: string): string | null {
  let best: string | null = null;
  let bestD = Math.min(3, word.length);
  const w = word.toLowerCase();
  for (const n of ALL_NAMES) {
    // The distance is at least the difference in length: most names (and any long word) need no table.
    if (Math.abs(n.length - w.length) >= bestD) continue;
    const dist = editDistance(w, n);
    if (dist < bestD) [best, bestD] = [n, dist];
  }
  return best;
}

const COLUMNS = 5;
const WIDTH = 14;

/** `help`: every name in columns; `help CMD`: its one-line description. */
function* help(c: Ctx, args: readonly string[]): Job {
  const which = args[0];
  if (which === undefined) {
    say(c, "client.helpHeader");
    const names = [...ALL_NAMES].sort();
    const rows: string[] = [];
    for (let i = 0; i < names.length; i += COLUMNS)
      rows.push(
        names
          .slice(i, i + COLUMNS)
          .map((n) => n.padEnd(WIDTH))
          .join("")
          .trimEnd(),
      );
    return show(c, rows.join("\n"), "info");
  }
  const found = lookup(which);
  if (found.kind !== "found") return say(c, "client.invalidHelp", { cmd: which }, "error");
  const key = found.spec.help;
  c.out.push({
    type: "print",
    text: `${found.spec.name.padEnd(WIDTH)}${english(key)}`,
    style: "info",
    note: { key },
  });
}
