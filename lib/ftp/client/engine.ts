/**
 * The `ftp>` program as a sans-I/O engine: typed lines and network events go in, protocol bytes,
 * socket requests and printed lines come out. One command runs at a time as a job (see types.ts);
 * the engine parses replies, routes events to the job and says `ready` when the job is done.
 */
import type { ClientAction, ClientInput } from "../io";
import { bytesLatin1 } from "../../util/bytes";
import { END_OF_INPUT } from "../../util/end-of-input";
import { parseReplies, type Reply } from "../parse-reply";
import { splitWords } from "./argv";
import { shell } from "./cmd-simple";
import { endOfInput, forgetConnection } from "./cmd-session";
import { dropData } from "./data";
import { LocalFs } from "./local-fs";
import { lookup } from "./table";
import { CLIENT_PROFILES, DEFAULT_CLIENT_PROFILE, type ClientProfileId } from "./profiles";
import { explain, say, wordKey } from "./text";
import type { Ctx, Job, JobEvent, Session, TransferType, Wait } from "./types";

export interface ClientOptions {
  readonly mode: "active" | "passive";
  /** Use EPSV (RFC 2428) instead of PASV in passive mode. */
  readonly epsv?: boolean;
  /** Default true: connect where 227 says; false: reuse the control peer's address (libcurl ≥ 7.74). */
  readonly followPasvAddress?: boolean;
  readonly localFiles?: Readonly<Record<string, Uint8Array>>;
  /** Default true: print "local: … remote: …" and transfer statistics. */
  readonly verbose?: boolean;
  /** Send AUTH TLS right after the greeting (FTPS). */
  readonly ssl?: boolean;
  /**
   * Default false, as `ftp -n` (a script names the user itself); true: `open` prompts
   * "Name (host:user):" and logs in, as the interactive program does.
   */
  readonly autologin?: boolean;
  /** The local account offered at the Name prompt (default "alumno"). */
  readonly localUser?: string;
  /** Unix seconds at simulated time 0; default 0. */
  readonly epoch?: number;
  /** Which ftp program (lib/ftp/client/profiles.ts); default netkit. */
  readonly profile?: ClientProfileId;
}

/** A read-only view for the UI (status bar, "what can I type now"). */
export interface ClientState {
  readonly connected: boolean;
  readonly connecting: boolean;
  readonly loggedIn: boolean;
  readonly host: string | null;
  readonly mode: "active" | "passive";
  readonly epsv: boolean;
  readonly followPasvAddress: boolean;
  readonly type: TransferType;
  readonly verbose: boolean;
  /** The client's guess of the remote directory (null until PWD or an absolute cd). */
  readonly cwd: string | null;
  readonly localCwd: string;
  readonly localFiles: Readonly<Record<string, Uint8Array>>;
  /** A command is running (the next typed line is refused unless `awaitingLine`). */
  readonly busy: boolean;
  /** A prompt like Password: is showing inside a running command, or raw mode takes lines. */
  readonly awaitingLine: boolean;
  readonly raw: boolean;
}

export interface FtpClient {
  handle(input: ClientInput, now: number): ClientAction[];
  readonly state: ClientState;
  /** What the terminal shows for a Ctrl+D typed now (lib/util/end-of-input.ts). */
  endOfInputEcho(): string;
}

export const PROMPT = "ftp> ";

class Client implements FtpClient {
  private readonly c: Ctx;
  private job: { gen: Job; waiting: Wait } | null = null;
  /** Control bytes that do not yet form a whole reply. */
  private pending = "";

  constructor(opts: ClientOptions) {
    const profile = CLIENT_PROFILES[opts.profile ?? DEFAULT_CLIENT_PROFILE];
    const s: Session = {
      profile,
      // ftp.exe has no passive mode at all.
      mode: profile.passive === null ? "active" : opts.mode,
      epsv: opts.epsv ?? false,
      epsvRefused: false,
      sendPort: "try",
      followPasvAddress: opts.followPasvAddress ?? true,
      verbose: opts.verbose ?? true,
      autologin: opts.autologin ?? false,
      localUser: opts.localUser ?? "alumno",
      // Each `open` starts in ASCII (netkit's setpeer) and goes binary if SYST says "UNIX Type: L8".
      type: "ascii",
      serverType: "A",
      host: null,
      connecting: false,
      connected: false,
      loggedIn: false,
      control: null,
      cwd: null,
      raw: false,
      quitting: false,
      recon: false,
      ssl: opts.ssl ?? false,
      tls: false,
      data: "none",
      staleReplies: 0,
      local: new LocalFs(opts.localFiles),
      epoch: opts.epoch ?? 0,
    };
    this.c = { s, now: 0, out: [] };
  }

  get state(): ClientState {
    const { s } = this.c;
    return {
      connected: s.connected,
      connecting: s.connecting,
      loggedIn: s.loggedIn,
      host: s.host,
      mode: s.mode,
      epsv: s.epsv,
      followPasvAddress: s.followPasvAddress,
      type: s.type,
      verbose: s.verbose,
      cwd: s.cwd,
      localCwd: s.local.cwdText,
      localFiles: s.local.snapshot(),
      busy: this.job !== null,
      awaitingLine: this.job?.waiting === "line",
      raw: s.raw,
    };
  }

  endOfInputEcho(): string {
    // At ftp> the program's line editor echoes it; a question (Name, Password:) is read with fgets or
    // getpass from the terminal's own line discipline, which echoes nothing for it.
    return this.job ? "" : (this.c.s.profile.endOfInput?.echo ?? "");
  }

  handle(input: ClientInput, now: number): ClientAction[] {
    this.c.now = now;
    this.c.out = [];
    if (input.type === "userLine") this.typed(input.line);
    else if (input.type === "controlBytes") this.bytes(input.bytes);
    else if (input.type === "controlClosed") this.closed();
    else if (this.job) this.resume(input);
    else this.idle(input);
    return this.c.out;
  }

  private typed(line: string): void {
    if (!this.job) return line === END_OF_INPUT ? this.run(endOfInput(this.c)) : this.start(line);
    if (this.job.waiting === "line") return this.resume({ type: "userLine", line });
    say(this.c, "client.busy", undefined, "error");
  }

  private start(line: string): void {
    const text = line.trim();
    if (text.startsWith("!")) return this.run(shell(this.c, text.slice(1)));
    const { argv, rest } = splitWords(text);
    const word = argv[0];
    if (word === undefined) return this.finish();
    const { profile } = this.c.s;
    const found = lookup(word, profile.lacks);
    if (found.kind === "ambiguous") say(this.c, "client.ambiguous", undefined, "error");
    if (found.kind === "unknown") {
      say(this.c, wordKey(profile, "invalid"), undefined, "error");
      if (found.lacking)
        explain(this.c, "client.note.profile.lacks", { program: profile.program, cmd: found.lacking });
      else if (found.suggestion) say(this.c, "client.didYouMean", { cmd: found.suggestion });
    }
    if (found.kind !== "found") return this.finish();
    const { spec } = found;
    const args = argv.slice(1);
    if (spec.needsConnection && !this.c.s.connected) {
      say(this.c, "client.notConnected", undefined, "error");
      return this.finish();
    }
    if (args.length < spec.minArgs || args.length > spec.maxArgs) {
      say(this.c, spec.usage, undefined, "error");
      return this.finish();
    }
    this.run(spec.run(this.c, args, rest, spec.name));
  }

  private run(gen: Job): void {
    this.job = { gen, waiting: "event" };
    this.step(gen.next());
  }

  private resume(ev: JobEvent): void {
    if (this.job) this.step(this.job.gen.next(ev));
  }

  private step(r: IteratorResult<Wait, void>): void {
    if (!this.job) return;
    if (r.done) {
      this.job = null;
      return this.finish();
    }
    this.job.waiting = r.value;
  }

  /** The command is over: show the prompt and let the next line in. */
  private finish(): void {
    this.c.out.push({ type: "prompt", text: PROMPT }, { type: "ready" });
  }

  private bytes(bytes: Uint8Array): void {
    const { s } = this.c;
    if (!s.connected) return; // bytes after we closed our side: nobody reads them
    const parsed = parseReplies(this.pending, bytesLatin1(bytes));
    this.pending = parsed.rest;
    for (const line of parsed.junk) explain(this.c, "client.note.junk", { line });
    for (const reply of parsed.replies) this.reply(reply);
  }

  private reply(reply: Reply): void {
    const { s } = this.c;
    if (!s.raw && s.staleReplies > 0) {
      if (reply.code >= 200) s.staleReplies -= 1;
      return explain(this.c, "client.note.stale", { code: reply.code });
    }
    if (this.job) return this.resume({ type: "reply", reply });
    explain(this.c, "client.note.unsolicited", { code: reply.code });
  }

  /** The server closed the control connection (or it broke). */
  private closed(): void {
    const { s } = this.c;
    if (!s.connected) return; // we closed it ourselves (close, bye, a refused greeting)
    const wasRaw = s.raw;
    const expected = s.quitting;
    const recon = s.recon;
    dropData(this.c);
    this.pending = "";
    this.c.out.push({ type: "closeControl" });
    forgetConnection(this.c);
    // A scanner or password guesser expects hang-ups: it decides what to do next.
    if (recon && this.job) return this.resume({ type: "controlClosed" });
    // netkit prints a 421 of its own making here; it is the client talking, not the server.
    if (wasRaw) say(this.c, "client.raw.closed");
    else if (!expected) say(this.c, "client.lostConnection", undefined, "error");
    if (this.job) {
      this.job = null;
      this.finish();
    }
  }

  private idle(input: Exclude<ClientInput, { type: "userLine" | "controlBytes" | "controlClosed" }>): void {
    // Ctrl+C at the prompt: a fresh prompt, as a shell does.
    if (input.type === "interrupt") return this.finish();
    // A data connection nobody asked for (a late server connect after an abandoned command).
    if (input.type === "dataAccepted") this.c.out.push({ type: "abortData" });
  }
}

export function createClient(opts: ClientOptions): FtpClient {
  return new Client(opts);
}
