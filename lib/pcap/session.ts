/**
 * What an FTP control connection says, read from its two reassembled byte streams: command lines from the
 * client (pipelined ones are separate commands), replies from the server (multi-line replies are one
 * reply), and the data connections they announce (PORT/EPRT, 227/229) for the connection tracker to match.
 */
import { parseReplies } from "../ftp/parse-reply";
import { findAnnouncement } from "../net/ftp-announce";
import { bytesLatin1 } from "../util/bytes";

export interface Expectation {
  /** "active": the server will connect to addr:port; "passive": the client will. */
  readonly mode: "active" | "passive";
  readonly addr?: string;
  readonly port: number;
  /** The line that announced it ("227 Entering Passive Mode (…)"), for explanations. */
  readonly line: string;
}

export interface Message {
  readonly kind: "CommandSent" | "ReplySent";
  readonly text: string;
  /** Offset in its stream of the message's first byte (its TCP sequence number). */
  readonly offset: number;
  readonly code?: number;
  readonly verb?: string;
  readonly announce?: { readonly kind: string; readonly addr?: string; readonly port: number };
}

const TRANSFER_VERBS = new Set(["RETR", "STOR", "APPE", "STOU", "LIST", "NLST", "MLSD"]);
export const isTransfer = (verb: string | undefined): boolean => TRANSFER_VERBS.has(verb ?? "");

/** EPRT for IPv6 (|2|addr|port|), which the IPv4 NAT helper's reader leaves alone. */
const EPRT6 = /^EPRT\s+([!-~])2\1([0-9a-fA-F:.]+)\1(\d{1,5})\1/i;

export class ControlReader {
  private cmd = "";
  private cmdAt = 0;
  private reply = "";
  private replyAt = 0;
  /** Complete lines before any reply that were not replies (a broken server). */
  junk = 0;

  commands(bytes: Uint8Array, offset: number): Message[] {
    if (!this.cmd) this.cmdAt = offset;
    this.cmd += bytesLatin1(bytes);
    const out: Message[] = [];
    for (let lf = this.cmd.indexOf("\n"); lf >= 0; lf = this.cmd.indexOf("\n")) {
      const text = this.cmd.slice(0, lf + 1);
      const verb = (text.split(/[ \r\n]/, 1)[0] ?? "").toUpperCase();
      out.push({ kind: "CommandSent", text, offset: this.cmdAt, verb, ...announced(text, "client") });
      this.cmd = this.cmd.slice(lf + 1);
      this.cmdAt += lf + 1;
    }
    return out;
  }

  replies(bytes: Uint8Array, offset: number): Message[] {
    if (!this.reply) this.replyAt = offset;
    const r = parseReplies(this.reply, bytesLatin1(bytes));
    this.junk += r.junk.length;
    const out: Message[] = [];
    for (const rep of r.replies) {
      out.push({
        kind: "ReplySent",
        text: rep.raw,
        offset: this.replyAt,
        code: rep.code,
        ...announced(rep.raw, "server"),
      });
      this.replyAt += rep.raw.length;
    }
    // Junk lines were consumed too: the offset of what is left is the end minus its length.
    this.reply = r.rest;
    this.replyAt = offset + bytes.length - r.rest.length;
    return out;
  }

  /** Command bytes without a line end, handed out once (the connection ended). */
  takeCommandRest(): string {
    const rest = this.cmd;
    this.cmd = "";
    return rest;
  }

  /** Text left without its end (a reply or command cut off by the end of the capture). */
  get leftover(): string {
    return this.cmd + this.reply;
  }
}

function announced(text: string, sender: "client" | "server"): Pick<Message, "announce"> {
  const a = findAnnouncement(text, sender);
  if (a) return { announce: { kind: a.kind, ...(a.addr ? { addr: a.addr } : {}), port: a.port } };
  const m = sender === "client" ? EPRT6.exec(text) : null;
  return m ? { announce: { kind: "EPRT", addr: m[2]!.toLowerCase(), port: Number(m[3]) } } : {};
}
