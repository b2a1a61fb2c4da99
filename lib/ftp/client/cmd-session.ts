/** Commands that open, authenticate and close sessions (the raw `telnet`/`nc` mode is cmd-raw.ts). */
import { command, finalReply, readLine } from "./control";
import { failureKey } from "./data";
import { startTls } from "./cmd-tls";
import { END_OF_INPUT } from "../../util/end-of-input";
import { explain, say, wordKey } from "./text";
import type { Ctx, Job } from "./types";

/** Resets everything that belongs to a control connection (the connection itself is already gone). */
export function forgetConnection(c: Ctx): void {
  const { s } = c;
  Object.assign(s, {
    host: null,
    connecting: false,
    connected: false,
    loggedIn: false,
    control: null,
    cwd: null,
    raw: false,
    quitting: false,
    tls: false,
    epsvRefused: false,
    sendPort: "try",
    serverType: "A",
    staleReplies: 0,
  });
}

export const parsePort = (text: string | undefined, fallback: number): number | null => {
  if (text === undefined) return fallback;
  const n = Number(text);
  return /^\d+$/.test(text) && n >= 1 && n <= 65535 ? n : null;
};

/** Opens the control connection; true once connected (the greeting is left to the caller). */
export function* connect(c: Ctx, host: string, port: number): Job<boolean> {
  c.s.connecting = true;
  c.s.host = host;
  // A blocking connect() as in netkit 0.17's hookup: the kernel's SYN give-up (ETIMEDOUT) is the only limit.
  c.out.push({ type: "connectControl", host, port });
  for (;;) {
    const ev = yield "event";
    if (ev.type === "controlConnected") {
      Object.assign(c.s, {
        connecting: false,
        connected: true,
        control: { local: ev.local, remote: ev.remote },
      });
      return true;
    }
    if (ev.type === "controlConnectFailed") {
      say(c, failureKey(ev.reason), undefined, "error");
    } else if (ev.type === "interrupt") {
      c.out.push({ type: "closeControl" });
    } else continue;
    forgetConnection(c);
    return false;
  }
}

export function* open(c: Ctx, args: readonly string[]): Job {
  if (c.s.connected || c.s.connecting)
    return say(c, "client.alreadyConnected", { host: c.s.host ?? "" }, "error");
  const [host, portText] = args as [string, string?];
  const port = parsePort(portText, 21);
  if (port === null) return say(c, "client.err.badPort", { port: portText ?? "" }, "error");
  if (!(yield* connect(c, host, port))) return;
  say(c, "client.connected", { host });
  const greeting = yield* finalReply(c);
  // 421 instead of 220: the server turned us away (too many users, banned address) and will close.
  if (greeting && greeting.code !== 220) {
    c.out.push({ type: "closeControl" });
    forgetConnection(c);
    return;
  }
  if (!greeting) return;
  if (c.s.ssl) yield* startTls(c);
  const { profile } = c.s;
  for (const { line, note } of profile.afterGreeting) {
    if (!c.s.connected) return;
    explain(c, note);
    yield* command(c, line);
  }
  // netkit's setpeer: the type goes back to ASCII, then login (unless -n), then SYST.
  c.s.type = "ascii";
  if (c.s.autologin && c.s.connected) {
    const name = yield* readLine(c, profile.namePrompt(host, c.s.localUser));
    if (name === null) return;
    // End of input at Name (measured with tnftp): no USER, the connection stays open at ftp>. netkit
    // 0.17's login() inherits BSD's fgets that ignores end of file (its buffer is then undefined), so
    // the measured tnftp behaviour stands for every profile here.
    if (name === END_OF_INPUT) {
      say(c, "client.eof.loginAborted", undefined, "error");
      explain(c, "client.note.eof.name");
    } else yield* login(c, name.trim() === "" ? c.s.localUser : name.trim());
  }
  if (c.s.connected && profile.syst === "open") yield* systemType(c);
}

/**
 * netkit asks SYST after every `open` (after the login, or at once with -n), without printing the
 * reply unless debugging. "215 UNIX Type: L8" makes binary the default type ("Remote system type is
 * UNIX." / "Using binary mode to transfer files."); anything else, such as vsftpd's 530 before login,
 * leaves ASCII.
 */
function* systemType(c: Ctx): Job {
  explain(c, "client.note.autoSyst");
  const r = yield* command(c, "SYST");
  if (!r) return;
  if (r.code === 215 && c.s.verbose) {
    const word = /^\S+/.exec(r.text)?.[0] ?? "";
    say(c, "client.remoteSystem", { system: word.replace(/\.$/, "") });
  }
  if (r.code === 215 && r.text.startsWith("UNIX Type: L8")) {
    c.s.type = "binary";
    if (c.s.verbose) say(c, "client.usingType", { type: "binary" });
  }
  if (!c.s.profile.featAfterSyst || !c.s.connected) return;
  // tnftp reads the feature list with verbose off: the 211 reply is on the wire, not on the screen.
  explain(c, "client.note.profile.feat");
  yield* command(c, "FEAT");
}

/** A login succeeded: tnftp asks SYST (and FEAT) now, after every login, not at `open`. */
function* loggedIn(c: Ctx): Job {
  c.s.loggedIn = true;
  if (c.s.profile.syst === "login" && c.s.connected) yield* systemType(c);
}

/** Logs in: USER, then PASS (prompting with echo off when the password was not typed), then ACCT. */
function* login(c: Ctx, name: string, pass?: string, acct?: string): Job {
  const r = yield* command(c, `USER ${name}`);
  if (!r) return;
  if (r.code === 230) return yield* loggedIn(c);
  if (r.code === 331) yield* password(c, pass, acct);
  else say(c, wordKey(c.s.profile, "loginFailed"), undefined, "error");
}

/**
 * A line read with getpass(3) (Password:, Account:). At end of input glibc's getpass returns what was
 * read so far, nothing here: the program sends the empty string (measured: "PASS \r\n" on the wire).
 */
function* readSecret(c: Ctx, prompt: string): Job<string | null> {
  const line = yield* readLine(c, prompt, prompt === "Password:");
  if (line !== END_OF_INPUT) return line;
  explain(c, "client.note.eof.password");
  return "";
}

function* password(c: Ctx, pass?: string, acct?: string): Job {
  const secret = pass ?? (yield* readSecret(c, "Password:"));
  if (secret === null) return;
  const r = yield* command(c, `PASS ${secret}`);
  if (!r) return;
  if (r.code === 332) {
    const account = acct ?? (yield* readSecret(c, "Account:"));
    if (account === null) return;
    const a = yield* command(c, `ACCT ${account}`);
    if (a?.code === 230 || a?.code === 202) yield* loggedIn(c);
    else if (a) say(c, wordKey(c.s.profile, "loginFailed"), undefined, "error");
    return;
  }
  if (r.code === 230 || r.code === 202) yield* loggedIn(c);
  else say(c, wordKey(c.s.profile, "loginFailed"), undefined, "error");
}

export function* user(c: Ctx, args: readonly string[]): Job {
  yield* login(c, args[0]!, args[1], args[2]);
}

export function* pass(c: Ctx, args: readonly string[]): Job {
  yield* password(c, args[0]);
}

/** QUIT, wait for 221, close our side: `close` and `bye` alike. */
function* quit(c: Ctx): Job {
  c.s.quitting = true;
  yield* command(c, "QUIT");
  c.out.push({ type: "closeControl" });
  forgetConnection(c);
}

export function* close(c: Ctx): Job {
  yield* quit(c);
}

export function* bye(c: Ctx): Job {
  if (c.s.connected) yield* quit(c);
  explain(c, "client.note.bye");
}

/** Ctrl+D on an empty line at ftp> (lib/ftp/client/profiles.ts, endOfInput): the program quits. */
export function* endOfInput(c: Ctx): Job {
  const { profile } = c.s;
  if (!profile.endOfInput) return explain(c, "client.note.eof.ignored", { program: profile.program });
  explain(c, "client.note.eof.quit", { program: profile.program });
  yield* bye(c);
}
