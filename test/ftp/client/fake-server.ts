/**
 * Test harness: the client engine joined to a scripted vsftpd-like peer. The peer reacts to each
 * client action (a command line, a connect, a listen) with client inputs (replies, data events),
 * so a test types one line and then asserts the exact protocol lines that went out.
 */
import { createClient, type ClientOptions, type FtpClient } from "@/lib/ftp/client";
import type { ClientAction, ClientInput } from "@/lib/ftp/io";
import { bytesLatin1, latin1Bytes } from "@/lib/util/bytes";

export const CLIENT_ADDR = { addr: "192.0.2.10", port: 40000 };
export const SERVER_ADDR = { addr: "192.0.2.20", port: 21 };
export const PASV_PORT = 50000; // 195,80

export interface FakeOptions {
  files?: Record<string, string>;
  listing?: string;
  /** Replace the reply to a verb (e.g. PORT: "500 Illegal PORT command."). */
  override?: Record<string, string>;
  /** Which completion signal of a download the client sees first. */
  order?: "replyFirst" | "eofFirst";
  /** Stop a download after 150 and the first bytes (to test Ctrl+C). */
  hold?: boolean;
  /** The address the 227 reply advertises. */
  pasvAddr?: string;
}

const reply = (text: string): ClientInput => ({ type: "controlBytes", bytes: latin1Bytes(text + "\r\n") });

const REPLIES: Record<string, string> = {
  USER: "331 Please specify the password.",
  PASS: "230 Login successful.",
  PORT: "200 PORT command successful. Consider using PASV.",
  EPRT: "200 EPRT command successful. Consider using EPSV.",
  EPSV: `229 Entering Extended Passive Mode (|||${PASV_PORT}|)`,
  CWD: "250 Directory successfully changed.",
  CDUP: "250 Directory successfully changed.",
  PWD: '257 "/home/alice" is the current directory',
  MKD: '257 "/home/alice/new" created',
  RMD: "250 Remove directory operation successful.",
  DELE: "250 Delete operation successful.",
  RNFR: "350 Ready for RNTO.",
  RNTO: "250 Rename successful.",
  MDTM: "213 20240102030405",
  SYST: "215 UNIX Type: L8",
  HELP: "214-The following commands are recognized.\r\n ABOR ACCT ALLO APPE CDUP CWD\r\n214 Help OK.",
  NOOP: "200 NOOP ok.",
  QUIT: "221 Goodbye.",
};

export class Harness {
  readonly client: FtpClient;
  readonly sent: string[] = [];
  readonly actions: ClientAction[] = [];
  readonly uploads: Record<string, string> = {};
  now = 0;
  private active = false;
  private rest = 0;
  private uploadName: string | null = null;
  private uploadBytes: Uint8Array[] = [];

  constructor(
    opts: ClientOptions,
    readonly fake: FakeOptions = {},
  ) {
    this.client = createClient(opts);
  }

  /** Feed one input, then let the fake peer react until nothing is left to react to. */
  feed(first: ClientInput): ClientAction[] {
    const start = this.actions.length;
    const inputs = [first];
    while (inputs.length > 0) {
      this.now += 5;
      for (const a of this.client.handle(inputs.shift()!, this.now)) {
        this.actions.push(a);
        inputs.push(...this.react(a));
      }
    }
    return this.actions.slice(start);
  }

  type(line: string): ClientAction[] {
    return this.feed({ type: "userLine", line });
  }

  /** Inputs fed by hand bypass the fake (for reorderings and interrupts). */
  raw(input: ClientInput): ClientAction[] {
    this.now += 5;
    const out = this.client.handle(input, this.now);
    this.actions.push(...out);
    for (const a of out)
      if (a.type === "sendControl") this.sent.push(bytesLatin1(a.bytes).replace(/\r\n$/, ""));
    return out;
  }

  reply(text: string): ClientAction[] {
    return this.raw(reply(text));
  }

  /** Sent lines since the last call. */
  take(): string[] {
    return this.sent.splice(0, this.sent.length);
  }

  prints(from = 0): string[] {
    return this.actions.slice(from).flatMap((a) => (a.type === "print" ? [a.text] : []));
  }

  notes(from = 0): string[] {
    return this.actions.slice(from).flatMap((a) => (a.type === "note" ? [a.note.key] : []));
  }

  get lastAction(): ClientAction | undefined {
    return this.actions[this.actions.length - 1];
  }

  /** open + user: a logged-in session; clears the record. */
  login(): this {
    this.type("open server");
    this.type("user alice secret");
    this.take();
    this.actions.length = 0;
    return this;
  }

  private react(a: ClientAction): ClientInput[] {
    switch (a.type) {
      case "connectControl":
        return [
          { type: "controlConnected", local: CLIENT_ADDR, remote: SERVER_ADDR },
          reply("220 (vsFTPd 3.0.5)"),
        ];
      case "listen":
        return [{ type: "listening", port: 40001 }];
      case "connectData":
        return [{ type: "dataConnected", local: { addr: CLIENT_ADDR.addr, port: 40002 } }];
      case "sendData":
        this.uploadBytes.push(a.bytes);
        return [];
      case "closeData": {
        if (this.uploadName === null) return [];
        this.uploads[this.uploadName] = bytesLatin1(Uint8Array.from(this.uploadBytes.flatMap((b) => [...b])));
        this.uploadName = null;
        const done = [{ type: "dataFlushed" } as const, reply("226 Transfer complete.")];
        return this.fake.order === "replyFirst" ? done.reverse() : done;
      }
      case "sendControl":
        return this.command(bytesLatin1(a.bytes).replace(/\r\n$/, ""));
      default:
        return [];
    }
  }

  private command(line: string): ClientInput[] {
    this.sent.push(line);
    const [verb = "", ...rest] = line.split(" ");
    const arg = rest.join(" ");
    const forced = this.fake.override?.[verb];
    if (forced !== undefined) return forced === "" ? [] : [reply(forced)];
    if (verb === "PORT" || verb === "EPRT") this.active = true;
    if (verb === "PASV" || verb === "EPSV") this.active = false;
    const fixed = REPLIES[verb];
    if (verb === "QUIT") return [reply(fixed!), { type: "controlClosed" }];
    if (fixed) return [reply(fixed)];
    if (verb === "TYPE")
      return [reply(arg === "I" ? "200 Switching to Binary mode." : "200 Switching to ASCII mode.")];
    if (verb === "PASV") {
      const h = (this.fake.pasvAddr ?? SERVER_ADDR.addr).replace(/\./g, ",");
      return [reply(`227 Entering Passive Mode (${h},195,80).`)];
    }
    if (verb === "REST") {
      this.rest = Number(arg);
      return [reply(`350 Restart position accepted (${arg}).`)];
    }
    if (verb === "SIZE") {
      const f = this.fake.files?.[arg];
      return [reply(f === undefined ? "550 Could not get file size." : `213 ${f.length}`)];
    }
    if (verb === "LIST" || verb === "NLST")
      return this.download(this.fake.listing ?? "", "Here comes the directory listing.");
    if (verb === "RETR") {
      const f = this.fake.files?.[arg];
      if (f === undefined) return [reply("550 Failed to open file.")];
      const from = this.rest;
      this.rest = 0;
      return this.download(
        f.slice(from),
        `Opening BINARY mode data connection for ${arg} (${f.length} bytes).`,
      );
    }
    if (verb === "STOR" || verb === "APPE") {
      this.uploadName = arg;
      this.uploadBytes = [];
      return [...(this.active ? [this.accepted()] : []), reply("150 Ok to send data.")];
    }
    return [reply("500 Unknown command.")];
  }

  private accepted(): ClientInput {
    return { type: "dataAccepted", remote: { addr: SERVER_ADDR.addr, port: 20 } };
  }

  private download(body: string, opening: string): ClientInput[] {
    const start: ClientInput[] = [...(this.active ? [this.accepted()] : []), reply(`150 ${opening}`)];
    const data: ClientInput[] = body ? [{ type: "dataBytes", bytes: latin1Bytes(body) }] : [];
    if (this.fake.hold) return [...start, ...data];
    const eof: ClientInput = { type: "dataClosed" };
    const done = reply("226 Transfer complete.");
    return [...start, ...data, ...(this.fake.order === "replyFirst" ? [done, eof] : [eof, done])];
  }
}
