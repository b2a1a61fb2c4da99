/**
 * The ftp programs a learner meets, as one table: what each sends and prints where they differ. The
 * engine asks the profile; no handler tests a program's name.
 *
 * - netkit: netkit-ftp 0.17, the classic Linux `ftp` (PASV/PORT, SYST at open).
 * - tnftp: Debian's `ftp` today (tnftp 20210827). Recorded against vsftpd 3.0.3 on loopback
 *   (test/fixtures/tnftp-20210827): EPSV/EPRT first, SYST then FEAT after each login, SIZE before and
 *   MDTM after a download, a progress bar, "Passive mode: on; fallback to active mode: on.".
 * - windows: Windows' ftp.exe. Active only (it has no passive command), OPTS UTF8 ON after the greeting,
 *   "User (host:(none)):", `ls` is NLST (`dir` is LIST), no SYST so transfers stay ASCII, statistics
 *   after listings too ("ftp: 5 bytes received in 0.00Seconds 5.00Kbytes/sec.").
 */
import type { MessageKey } from "../../i18n/core";

export const CLIENT_PROFILE_IDS = ["netkit", "tnftp", "windows"] as const;
export type ClientProfileId = (typeof CLIENT_PROFILE_IDS)[number];
export const DEFAULT_CLIENT_PROFILE: ClientProfileId = "netkit";

export const isClientProfileId = (v: unknown): v is ClientProfileId =>
  CLIENT_PROFILE_IDS.some((p) => p === v);

export type StatsStyle = "netkit" | "tnftp" | "windows";

export interface ClientProfile {
  readonly id: ClientProfileId;
  /** The program and version the profile was checked against. */
  readonly program: string;
  /** Passive unless the scenario says otherwise; null: the program has only active mode. */
  readonly passive: boolean | null;
  /** EPSV before PASV and EPRT before PORT, on IPv4 too (tnftp's epsv4). */
  readonly extendedFirst: boolean;
  /** The login prompt of `open` (autologin). */
  readonly namePrompt: (host: string, localUser: string) => string;
  /** Sent right after the greeting, before any login (its reply is printed), each with its note. */
  readonly afterGreeting: readonly { readonly line: string; readonly note: MessageKey }[];
  /**
   * When SYST is asked: at every `open` (after the Name prompt, or at once with -n), after every
   * successful login, or never. tnftp follows SYST with a quiet FEAT.
   */
  readonly syst: "open" | "login" | "never";
  readonly featAfterSyst: boolean;
  /** The verb of `ls` (`dir` is always LIST). */
  readonly lsVerb: "LIST" | "NLST";
  /** A download asks SIZE first and MDTM after (to set the local file's time). */
  readonly sizeAndMdtm: boolean;
  /** Implicit TYPE changes before a transfer are sent with verbose off (their reply is not printed). */
  readonly quietType: boolean;
  /** `pwd` prints "Remote directory: /" itself instead of showing the 257 reply. */
  readonly pwdLine: boolean;
  /** A finished download draws the final progress bar line. */
  readonly progressBar: boolean;
  /** Listings print transfer statistics too. */
  readonly listingStats: boolean;
  /** A PORT refused with 5xx: BSD's one-transfer fallback (netkit, tnftp) or give up (windows). */
  readonly portFallback: boolean;
  readonly stats: StatsStyle;
  /** Table commands this program does not have: "Invalid command." */
  readonly lacks: readonly string[];
  /**
   * Ctrl+D on an empty line at `ftp>` (end of input): the program quits as `quit` does, and its line
   * editor echoes `echo` first. Measured with tnftp 20210827 on loopback against vsftpd 3.0.3: libedit
   * echoes "^D", a newline follows, then QUIT is sent and "221 Goodbye." printed, and the program exits.
   * netkit-ftp 0.17 reads its commands with GNU readline, which echoes nothing at end of input (as
   * tftp-hpa, measured here, shows: "tftp> " and nothing more), and its command loop calls the same
   * quit on end of file, so "221 Goodbye." follows the prompt. null: Ctrl+D is not end of input for
   * this program (the Windows console ends input with Ctrl+Z then Enter).
   */
  readonly endOfInput: { readonly echo: string } | null;
  /** i18n key prefix of the lines that differ in wording: `${prefix}.passive.on`, `${prefix}.invalid`… */
  readonly words: "client" | "client.tnftp" | "client.windows";
}

export const CLIENT_PROFILES: Readonly<Record<ClientProfileId, ClientProfile>> = {
  netkit: {
    id: "netkit",
    program: "netkit-ftp 0.17",
    passive: true,
    extendedFirst: false,
    namePrompt: (host, user) => `Name (${host}:${user}): `,
    afterGreeting: [],
    syst: "open",
    featAfterSyst: false,
    lsVerb: "LIST",
    sizeAndMdtm: false,
    quietType: false,
    pwdLine: false,
    progressBar: false,
    listingStats: false,
    portFallback: true,
    stats: "netkit",
    endOfInput: { echo: "" },
    lacks: [],
    words: "client",
  },
  tnftp: {
    id: "tnftp",
    program: "tnftp 20210827",
    passive: true,
    extendedFirst: true,
    namePrompt: (host, user) => `Name (${host}:${user}): `,
    afterGreeting: [],
    syst: "login",
    featAfterSyst: true,
    lsVerb: "LIST",
    sizeAndMdtm: true,
    quietType: true,
    pwdLine: true,
    progressBar: true,
    listingStats: false,
    portFallback: true,
    stats: "tnftp",
    endOfInput: { echo: "^D" },
    lacks: [],
    words: "client.tnftp",
  },
  windows: {
    id: "windows",
    program: "Windows ftp.exe",
    passive: null,
    extendedFirst: false,
    namePrompt: (host) => `User (${host}:(none)): `,
    afterGreeting: [{ line: "OPTS UTF8 ON", note: "client.note.profile.utf8" }],
    syst: "never",
    featAfterSyst: false,
    lsVerb: "NLST",
    sizeAndMdtm: false,
    quietType: false,
    pwdLine: false,
    progressBar: false,
    listingStats: true,
    portFallback: false,
    stats: "windows",
    endOfInput: null,
    lacks: ["passive", "epsv", "nlist", "reget", "size", "modtime", "system", "cdup", "pass"],
    words: "client.windows",
  },
};

/** "00:03", "1:02:03": tnftp's elapsed time. */
const clock = (secs: number): string => {
  const s = Math.floor(secs);
  const hh = Math.floor(s / 3600);
  const mm = String(Math.floor((s % 3600) / 60)).padStart(2, "0");
  const ss = String(s % 60).padStart(2, "0");
  return hh > 0 ? `${hh}:${mm}:${ss}` : `${mm}:${ss}`;
};

const TNFTP_PREFIXES = ["", "Ki", "Mi", "Gi", "Ti", "Pi"] as const;

/**
 * The statistics line's numbers in each program's format. netkit's ptransfer: "%.2f secs (%.4f kB/s)",
 * MB/s above 1 MiB/s; tnftp's ptransfer: "MM:SS (%.2f KiB/s)", stepping up a binary prefix above
 * 1 MiB/s; ftp.exe: "%.2fSeconds %.2fKbytes/sec" with kilo = 1000. The simulated clock's resolution is
 * 1 ms: a shorter transfer counts as 1 ms.
 */
export function statsParams(style: StatsStyle, bytes: number, ms: number): Record<string, string | number> {
  const secs = Math.max(ms, 1) / 1000;
  const bs = bytes / secs;
  if (style === "windows") return { bytes, secs: (ms / 1000).toFixed(2), rate: (bs / 1000).toFixed(2) };
  if (style === "tnftp") {
    let v = bs;
    let i = 1;
    while (v > 1024 * 1024 && i < TNFTP_PREFIXES.length - 1) {
      v /= 1024;
      i++;
    }
    return { bytes, elapsed: clock(ms / 1000), rate: `${(v / 1024).toFixed(2)} ${TNFTP_PREFIXES[i]}B/s` };
  }
  const rate = bs > 1048576 ? `${(bs / 1048576).toFixed(4)} MB/s` : `${(bs / 1024).toFixed(4)} kB/s`;
  return { bytes, secs: (ms / 1000).toFixed(2), rate };
}

/** tnftp's last progress bar line at 100 % (35 stars, the size, the rate, "00:00 ETA"). */
export function progressLine(bytes: number, ms: number): string {
  const [num = "", unit = ""] = String(statsParams("tnftp", bytes, ms).rate).split(" ");
  return `100% |${"*".repeat(35)}| ${String(bytes).padStart(5)} ${num.padStart(11)} ${unit}    00:00 ETA`;
}
