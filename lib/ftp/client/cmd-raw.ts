/**
 * `telnet HOST [PORT]` / `nc HOST [PORT]`: a bare TCP session to the control port. Each typed line goes
 * out verbatim with CRLF; replies are only shown. PASV or PORT open nothing by themselves, which is the
 * point of the exercise: the learner opens the data connection by hand, as with a second `nc` in another
 * terminal. Inside the session, a line that is itself `nc HOST PORT` (or `telnet HOST PORT`) is that
 * second terminal: it connects to the port, and what arrives there is printed as nc would print it.
 * The server is the real vsftpd engine, so its accept_timeout, data_connection_timeout and
 * idle_session_timeout apply as on a real server (simulated time passes with `wait N`).
 */
import { END_OF_INPUT } from "../../util/end-of-input";
import { findEpsvPort, findHostPort } from "../host-port";
import { bytesLatin1 } from "../../util/bytes";
import { send } from "./control";
import { dropData } from "./data";
import { connect, forgetConnection, parsePort } from "./cmd-session";
import { explain, say, show } from "./text";
import type { Ctx, Job, JobEvent } from "./types";

/** A typed line that opens the second terminal's connection (nc/netcat/telnet HOST PORT, nothing else). */
const BY_HAND = /^\s*(?:nc|netcat|telnet)\s+(\S+)\s+(\d{1,5})\s*$/;
/** Commands that make vsftpd wait for (or open) the data connection before replying. */
const TRANSFERS = new Set(["LIST", "NLST", "MLSD", "RETR", "STOR", "STOU", "APPE"]);

interface RawState {
  /** The port the last 227/229 named; null after PORT/EPRT or before any passive reply. */
  passivePort: number | null;
  /** The second terminal's connection: where it goes, and a line not yet ended by LF. */
  target: { host: string; port: number } | null;
  partial: string;
}

export function* raw(c: Ctx, args: readonly string[], _rest: string, name: string): Job {
  if (c.s.connected || c.s.connecting)
    return say(c, "client.alreadyConnected", { host: c.s.host ?? "" }, "error");
  const [host, portText] = args as [string, string?];
  const port = parsePort(portText, 21);
  if (port === null) return say(c, "client.err.badPort", { port: portText ?? "" }, "error");
  if (name === "telnet") say(c, "client.raw.trying", { host });
  if (!(yield* connect(c, host, port))) return;
  c.s.raw = true;
  explain(c, "client.note.raw");
  if (name === "telnet") {
    say(c, "client.raw.connected", { host });
    say(c, "client.raw.escape");
  }
  c.out.push({ type: "ready" });
  const st: RawState = { passivePort: null, target: null, partial: "" };
  for (;;) {
    const ev = yield "line";
    if (ev.type === "userLine") {
      typed(c, st, ev.line);
      c.out.push({ type: "ready" });
      continue;
    }
    if (ev.type === "interrupt") {
      // Like nc exiting on Ctrl+C: our side closes, the server sees the connection go.
      dropData(c);
      c.out.push({ type: "closeControl" });
      say(c, "client.raw.closed");
      forgetConnection(c);
      return;
    }
    if (ev.type === "reply") {
      if (ev.reply.code === 227) st.passivePort = findHostPort(ev.reply.text)?.port ?? st.passivePort;
      if (ev.reply.code === 229) st.passivePort = findEpsvPort(ev.reply.text) ?? st.passivePort;
      // The server said goodbye: close our side too.
      if (ev.reply.code === 221) {
        dropData(c);
        c.out.push({ type: "closeControl" });
        say(c, "client.raw.closed");
        forgetConnection(c);
        return;
      }
      continue;
    }
    dataEvent(c, st, ev);
  }
}

function typed(c: Ctx, st: RawState, line: string): void {
  // Debian's nc at end of its input neither quits nor sends anything: it waits for the server to close.
  if (line === END_OF_INPUT) return explain(c, "client.note.eof.nc");
  const hand = BY_HAND.exec(line);
  if (hand) return openByHand(c, st, hand[1]!, Number(hand[2]));
  send(c, line);
  const verb = (/^\s*(\S+)/.exec(line)?.[1] ?? "").toUpperCase();
  if (verb === "PORT" || verb === "EPRT") st.passivePort = null;
  if (TRANSFERS.has(verb) && st.passivePort !== null && c.s.data === "none")
    explain(c, "client.note.rawAwaitsData", { host: c.s.host ?? "", port: st.passivePort });
}

/** The second terminal's `nc HOST PORT`: one data connection at a time, to the host the learner names. */
function openByHand(c: Ctx, st: RawState, host: string, port: number): void {
  if (port < 1 || port > 65535) return say(c, "client.err.badPort", { port }, "error");
  if (c.s.data !== "none") return say(c, "client.raw.dataBusy", undefined, "error");
  // The control connection's name reaches the address it resolved to; any other name the network resolves.
  const remote = c.s.control!.remote;
  const same = host === c.s.host || host === remote.addr;
  c.out.push(
    same
      ? { type: "connectData", to: { addr: remote.addr, port } }
      : { type: "connectData", to: { addr: host, port }, host },
  );
  c.s.data = "connecting";
  st.target = { host, port };
  st.partial = "";
  explain(c, "client.note.rawByHand", { host, port });
}

function dataEvent(c: Ctx, st: RawState, ev: JobEvent): void {
  if (ev.type === "dataConnected") c.s.data = "open";
  else if (ev.type === "dataConnectFailed") {
    c.s.data = "none";
    say(
      c,
      `client.raw.failed.${ev.reason}`,
      { host: st.target?.host ?? "", port: st.target?.port ?? 0 },
      "error",
    );
  } else if (ev.type === "dataBytes") {
    // Printed a line at a time, as a terminal shows them, however the segments cut the stream.
    const text = st.partial + bytesLatin1(ev.bytes).replace(/\r\n/g, "\n");
    const end = text.lastIndexOf("\n");
    st.partial = text.slice(end + 1);
    if (end >= 0) show(c, text.slice(0, end));
  } else if (ev.type === "dataClosed") {
    // The server is done (its 226 comes on the control connection); nc sees end of file and exits.
    if (st.partial) show(c, st.partial);
    st.partial = "";
    if (c.s.data === "open") c.out.push({ type: "closeData" });
    c.s.data = "none";
    explain(c, "client.note.rawDataClosed");
  } else if (ev.type === "dataAccepted") c.out.push({ type: "abortData" });
}
