/**
 * The client's shared vocabulary: its session state, the context a command runs in, and the shape
 * of a running command. A command is a generator (a "job"): it emits actions into the context and
 * yields whenever it needs the next event, so a sequence like TYPE → PASV → connect → RETR reads
 * top to bottom while the engine stays sans-I/O.
 */
import type { ClientAction, ClientInput } from "../io";
import type { SockAddr } from "../../util/sock-addr";
import type { Reply } from "../parse-reply";
import type { LocalFs } from "./local-fs";
import type { ClientProfile } from "./profiles";

export type TransferType = "ascii" | "binary";
export type DataState = "none" | "listening" | "connecting" | "open";

export interface Session {
  /** Which ftp program this is (netkit, tnftp, Windows ftp.exe): what it sends and prints. */
  readonly profile: ClientProfile;
  mode: "active" | "passive";
  epsv: boolean;
  /** Set after a server refused EPSV (500/502): later transfers go straight to PASV, like tnftp. */
  epsvRefused: boolean;
  /**
   * netkit ftp's `sendport`: "try" (its -1) sends PORT and, when the server answers 5xx, falls back for
   * that one transfer to RFC 959's default data port (no PORT, the command goes out directly; vsftpd
   * answers 425 Use PORT or PASV first); afterwards "always" (its 1): PORT every time, no fallback.
   */
  sendPort: "try" | "always";
  followPasvAddress: boolean;
  verbose: boolean;
  /** netkit's autologin (off with `ftp -n`): `open` asks "Name (host:user):" and logs in. */
  readonly autologin: boolean;
  /** The local account, the name `open` offers in its prompt. */
  readonly localUser: string;
  /** The type the user chose; `serverType` is what the server was last told (RFC 959 default: A). */
  type: TransferType;
  serverType: "A" | "I";
  host: string | null;
  connecting: boolean;
  connected: boolean;
  loggedIn: boolean;
  /** The local and remote ends of the control connection (PORT must name the local one). */
  control: { local: SockAddr; remote: SockAddr } | null;
  /** Our guess of the remote working directory (known after PWD or an absolute cd). */
  cwd: string | null;
  /** `telnet`/`nc` mode: typed lines go out verbatim, nothing is interpreted. */
  raw: boolean;
  /** We sent QUIT: the server closing the connection is expected, not a loss. */
  quitting: boolean;
  /** A footprinting tool runs: a server hang-up is an event for it, not the end of the command. */
  recon: boolean;
  /** Send AUTH TLS after every greeting (the `ssl` client option). */
  readonly ssl: boolean;
  /** The control connection speaks TLS (after 234 to AUTH TLS). */
  tls: boolean;
  data: DataState;
  /** Final replies still owed to commands the user abandoned with Ctrl+C: discard them on arrival. */
  staleReplies: number;
  readonly local: LocalFs;
  /** Unix seconds at simulated time 0 (the scenario's epoch): the tools print wall-clock stamps. */
  readonly epoch: number;
}

/** What a job is resumed with: every input except raw control bytes, which arrive parsed as replies. */
export type JobEvent =
  Exclude<ClientInput, { type: "controlBytes" }> | { readonly type: "reply"; readonly reply: Reply };

/** What a job waits for: any event, or (at a Password: / raw prompt) also a typed line. */
export type Wait = "event" | "line";

export type Job<T = void> = Generator<Wait, T, JobEvent>;

export interface Ctx {
  readonly s: Session;
  now: number;
  out: ClientAction[];
}
