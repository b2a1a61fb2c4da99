/**
 * Password guessing as hydra does it against FTP: USER, PASS, next password; when vsftpd closes the
 * connection after max_login_fails failures, reconnect and go on. One task (hydra's -t 1) so the
 * diagram stays readable; real hydra runs 16 at once, which is why the limit per connection only slows
 * an attacker down. `brute USER [HOST]` is the same run with the built-in list and -V.
 */
import { hangUp, probe, ask, replyOrClose, closedWithin, stamp } from "./recon-net";
import { explain, say, show } from "./text";
import type { Ctx, Job } from "./types";

/** The built-in word list (a tiny "rockyou" of classroom passwords); the classroom one is 7th. */
export const WORDLIST_NAME = "rockyou-mini.txt";
export const WORDLIST: readonly string[] = [
  "123456",
  "password",
  "12345678",
  "qwerty",
  "alumno",
  "123456789",
  "alumno123",
  "letmein",
];

/** How long to wait after a 530 to see whether vsftpd hangs up (it does so right after the reply). */
const HANGUP_GRACE_MS = 100;

interface HydraArgs {
  readonly login: string;
  readonly list: string;
  readonly host: string;
  readonly port: number;
  readonly verbose: boolean;
}

function parseHydra(args: readonly string[]): HydraArgs | null {
  let login: string | null = null;
  let list: string | null = null;
  let target: string | null = null;
  let verbose = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === "-l") login = args[++i] ?? null;
    else if (a === "-P") list = args[++i] ?? null;
    else if (a === "-V") verbose = true;
    else if (a === "-t")
      i++; // tasks: this simulation always runs one
    else if (a === "ftp" && target !== null) continue;
    else if (!a.startsWith("-") && target === null) target = a;
    else return null;
  }
  const m = target ? /^(?:ftp:\/\/)?([^:/]+)(?::(\d+))?\/?$/.exec(target) : null;
  if (!login || !list || !m) return null;
  return { login, list, host: m[1]!, port: m[2] ? Number(m[2]) : 21, verbose };
}

function passwords(c: Ctx, name: string): string[] | null {
  if (name === WORDLIST_NAME) return [...WORDLIST];
  const local = c.s.local.read(name);
  if (!local) return null;
  return String.fromCharCode(...local)
    .split(/\r?\n/)
    .filter((l) => l !== "");
}

export function* hydra(c: Ctx, args: readonly string[]): Job {
  const o = parseHydra(args);
  if (!o) return say(c, "client.usage.hydra", undefined, "error");
  yield* run(c, o);
}

export function* brute(c: Ctx, args: readonly string[]): Job {
  yield* run(c, { login: args[0]!, list: WORDLIST_NAME, host: args[1] ?? "server", port: 21, verbose: true });
}

function* run(c: Ctx, o: HydraArgs): Job {
  if (c.s.connected || c.s.connecting)
    return say(c, "client.alreadyConnected", { host: c.s.host ?? "" }, "error");
  const list = passwords(c, o.list);
  if (!list) return show(c, `[ERROR] File for passwords not found: ${o.list}`, "error");
  const url = `ftp://${o.host}:${o.port}/`;
  show(
    c,
    [
      "Hydra v9.4 (c) 2022 by van Hauser/THC & David Maciejak - Please do not use in military or secret service organizations, or for illegal purposes.",
      "",
      `Hydra (https://github.com/vanhauser-thc/thc-hydra) starting at ${stamp(c)}`,
      `[DATA] max 1 task per 1 server, overall 1 task, ${list.length} login tries (l:1/p:${list.length}), ~${list.length} tries per task`,
      `[DATA] attacking ${url}`,
    ].join("\n"),
    "info",
  );
  c.s.recon = true;
  let found: string | null = null;
  let connections = 0;
  try {
    for (let i = 0; i < list.length && found === null;) {
      if (!c.s.connected) {
        const p = yield* probe(c, o.host, o.port);
        if (p.state !== "open") {
          show(c, `[ERROR] could not connect to ${url}`, "error");
          break;
        }
        if (++connections > 1) explain(c, "client.note.hydraReconnect", { n: connections });
        yield* replyOrClose(c);
      }
      const pw = list[i]!;
      if (o.verbose)
        show(
          c,
          `[ATTEMPT] target ${o.host} - login "${o.login}" - pass "${pw}" - ${i + 1} of ${list.length} [child 0] (0/0)`,
          "info",
        );
      const u = yield* ask(c, `USER ${o.login}`);
      if (u === null) continue; // the server hung up: reconnect and try this password again
      const r = u.code === 331 ? yield* ask(c, `PASS ${pw}`) : u;
      if (r === null) continue;
      i++;
      if (r.code === 230) found = pw;
      else if (!(yield* closedWithin(c, HANGUP_GRACE_MS))) continue;
      else explain(c, "client.note.hydraClosed");
    }
  } finally {
    c.s.recon = false;
  }
  if (c.s.connected) yield* hangUp(c);
  if (found !== null)
    show(c, `[${o.port}][ftp] host: ${o.host}   login: ${o.login}   password: ${found}`, "info");
  show(
    c,
    [
      found !== null
        ? "1 of 1 target successfully completed, 1 valid password found"
        : "1 of 1 target completed, 0 valid passwords found",
      `Hydra (https://github.com/vanhauser-thc/thc-hydra) finished at ${stamp(c)}`,
    ].join("\n"),
    "info",
  );
}
