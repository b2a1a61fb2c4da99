/**
 * Setting up the data connection the way classic clients do before LIST/RETR/STOR:
 * passive: EPSV (or PASV) then connect, and only then send the transfer command;
 * active: listen on the control connection's local address, then PORT (EPRT for IPv6).
 */
import { findEpsvPort, findHostPort, formatEprt, formatHostPort } from "../host-port";
import type { MessageKey } from "../../i18n/core";
import type { SockAddr } from "../../util/sock-addr";
import { command, ok } from "./control";
import { explain, say } from "./text";
import type { Ctx, Job } from "./types";

const FAILURE_KEYS = {
  refused: "client.err.connectRefused",
  timeout: "client.err.connectTimeout",
  unreachable: "client.err.connectUnreachable",
  reset: "client.err.connectReset",
} as const;

export const failureKey = (reason: keyof typeof FAILURE_KEYS): MessageKey => FAILURE_KEYS[reason];

/** Tears down whatever data connection or listener exists (error paths, ABOR, lost control). */
export function dropData(c: Ctx): void {
  const { s } = c;
  if (s.data === "open" || s.data === "connecting") c.out.push({ type: "abortData" });
  if (s.data === "listening") c.out.push({ type: "stopListening" });
  if (s.data !== "none") c.out.push({ type: "clearTimer", name: "data" });
  s.data = "none";
}

/** Makes the server's representation type `want` (TYPE A / TYPE I) unless it already is. */
export function* ensureType(c: Ctx, want: "A" | "I"): Job<boolean> {
  if (c.s.serverType === want) return true;
  if (c.s.profile.quietType) explain(c, "client.note.profile.type");
  const r = yield* command(c, `TYPE ${want}`);
  if (!ok(r)) return false;
  c.s.serverType = want;
  return true;
}

/** Asks for a passive address: EPSV first when enabled (falling back to PASV if refused). */
function* passiveAddress(c: Ctx): Job<SockAddr | null> {
  const { s } = c;
  const peer = s.control!.remote;
  // PASV cannot name an IPv6 address (RFC 2428), so over IPv6 EPSV is the only way.
  if ((s.epsv || s.profile.extendedFirst || peer.addr.includes(":")) && !s.epsvRefused) {
    if (!s.epsv && s.profile.extendedFirst && !peer.addr.includes(":"))
      explain(c, "client.note.profile.extended");
    const r = yield* command(c, "EPSV");
    if (!r) return null;
    if (r.code === 229) {
      const port = findEpsvPort(r.text);
      if (port === null) say(c, "client.err.epsvScan", undefined, "error");
      return port === null ? null : { addr: peer.addr, port };
    }
    if (r.code !== 500 && r.code !== 502) return null;
    s.epsvRefused = true;
    explain(c, "client.note.epsvFallback", { code: r.code });
  }
  const r = yield* command(c, "PASV");
  if (!r) return null;
  if (r.code !== 227) {
    say(c, "client.err.passiveRefused", undefined, "error");
    return null;
  }
  const at = findHostPort(r.text);
  if (!at) {
    say(c, "client.err.pasvScan", undefined, "error");
    return null;
  }
  if (at.addr === peer.addr) return at;
  // A server behind NAT often advertises its private address; clients differ in whether they obey.
  if (s.followPasvAddress) {
    explain(c, "client.note.pasvFollow", { addr: at.addr, peer: peer.addr });
    return at;
  }
  explain(c, "client.note.pasvIgnore", { addr: at.addr, peer: peer.addr });
  return { addr: peer.addr, port: at.port };
}

function* connectPassive(c: Ctx): Job<boolean> {
  const to = yield* passiveAddress(c);
  if (!to) return false;
  // netkit's connect() blocks with no timer of its own: only the kernel's SYN give-up (ETIMEDOUT) ends it.
  c.out.push({ type: "connectData", to });
  c.s.data = "connecting";
  for (;;) {
    const ev = yield "event";
    if (ev.type === "dataConnected") {
      c.s.data = "open";
      return true;
    }
    if (ev.type === "dataConnectFailed") {
      dropData(c);
      say(c, failureKey(ev.reason), undefined, "error");
      return false;
    }
    if (ev.type === "interrupt") {
      dropData(c);
      return false;
    }
  }
}

function* listenActive(c: Ctx): Job<boolean> {
  const local = c.s.control!.local.addr;
  c.out.push({ type: "listen", addr: local });
  c.s.data = "listening";
  for (;;) {
    const ev = yield "event";
    if (ev.type === "listenFailed") {
      c.s.data = "none";
      say(c, "client.err.listen", undefined, "error");
      return false;
    }
    if (ev.type === "interrupt") {
      dropData(c);
      return false;
    }
    if (ev.type !== "listening") continue;
    // PORT can only carry IPv4; EPRT (RFC 2428) carries either family (tnftp tries it first on IPv4 too).
    const extended = local.includes(":") || (c.s.profile.extendedFirst && !c.s.epsvRefused);
    if (extended && !local.includes(":")) explain(c, "client.note.profile.extended");
    let r = yield* command(
      c,
      extended ? `EPRT ${formatEprt(local, ev.port)}` : `PORT ${formatHostPort(local, ev.port)}`,
    );
    if (extended && !local.includes(":") && r && (r.code === 500 || r.code === 502)) {
      // tnftp's epsv4bad: one refusal of EPRT or EPSV and it speaks only PORT and PASV from then on.
      c.s.epsvRefused = true;
      explain(c, "client.note.epsvFallback", { code: r.code });
      r = yield* command(c, `PORT ${formatHostPort(local, ev.port)}`);
    }
    if (ok(r)) return true;
    dropData(c);
    if (r && r.code >= 500 && !c.s.profile.portFallback) {
      explain(c, "client.note.profile.noFallback");
      return false;
    }
    if (r && r.code >= 500 && c.s.sendPort === "try") {
      // netkit's initconn: a refused PORT falls back to RFC 959's default port for this transfer only
      // (no PORT, the command goes out anyway), then `if (tmpno) sendport = 1;` sends PORT again next
      // time, with no second fallback.
      c.s.sendPort = "always";
      explain(c, "client.note.portFallback", { code: r.code });
      return true;
    }
    return false;
  }
}

/** Prepares the data connection for the next transfer command; false (already reported) on failure. */
export function* openData(c: Ctx): Job<boolean> {
  return c.s.mode === "passive" ? yield* connectPassive(c) : yield* listenActive(c);
}
