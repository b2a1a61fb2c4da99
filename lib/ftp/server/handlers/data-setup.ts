/**
 * PASV, EPSV, PORT and EPRT. A new request always drops the previous setup (the later one wins).
 * Without port_promiscuous, PORT/EPRT must name the control connection's peer and a port ≥ 1024;
 * otherwise vsftpd refuses with 500 Illegal PORT/EPRT command. and keeps no data address.
 */
import { ReplyCode } from "../../reply-codes";
import { fromSix } from "../../host-port";
import { asciiUpper } from "../../parse-command";
import { atoi, parseByteList } from "../numbers";
import { pasvPortRange } from "../config";
import type { ArgCheck, Session } from "../types";
import type { NoteRef } from "../../../util/note";

const isIpv6 = (addr: string): boolean => addr.includes(":");

function startListen(s: Session, epsv: boolean): void {
  s.dataCleanup();
  s.emit({ type: "listen", addr: s.local.addr, ...pasvPortRange(s.cfg) });
  s.op = { kind: "listen", epsv };
}

/**
 * The address a 227 announces (handle_pasv): pasv_address or the control connection's local address.
 * On an IPv6 control connection vsftpd 3.0.3 can only print an IPv4-mapped address's IPv4 part;
 * any other IPv6 address (and pasv_address, an IPv4 sockaddr there) comes out as 0,0,0,0.
 */
export function pasvAdvertised(
  cfg: Session["cfg"],
  local: string,
): { advertised: string; note: NoteRef | undefined } {
  if (isIpv6(local)) {
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(local)?.[1];
    if (mapped) return { advertised: mapped, note: undefined };
    return { advertised: "0.0.0.0", note: { key: "server.pasvIpv6", params: { addr: local } } };
  }
  const advertised = cfg.pasv_address ?? local;
  const note: NoteRef | undefined = cfg.pasv_address
    ? { key: "server.pasvAddress", params: { addr: advertised } }
    : undefined;
  return { advertised, note };
}

export const handlePasv = (s: Session): void => startListen(s, false);

/** EPSV takes nothing, ALL, or a network protocol this connection speaks (1, or 2 on IPv6). */
export const epsvArg: ArgCheck = {
  ok: (arg, s) => arg === "" || asciiUpper(arg) === "ALL" || protocolOk(atoi(arg), s),
  code: ReplyCode.BadNetworkProtocol,
  text: "Bad network protocol.",
};

const protocolOk = (proto: number, s: Session): boolean =>
  proto === 1 || (proto === 2 && isIpv6(s.local.addr));

export function handleEpsv(s: Session, arg: string): void {
  if (asciiUpper(arg) !== "ALL") return startListen(s, true);
  s.epsvAll = true;
  s.reply(ReplyCode.CommandOk, "EPSV ALL ok.", { key: "server.epsvAll" });
}

/** Accepts (or refuses) an active-mode target; `what` is PORT or EPRT for the reply texts. */
function setActive(s: Session, addr: string, port: number, what: "PORT" | "EPRT"): void {
  const foreign = addr !== s.remote.addr;
  if (!s.cfg.port_promiscuous && (foreign || port < 1024)) {
    const key = foreign ? "server.portForeignAddress" : "server.portPrivileged";
    s.reply(ReplyCode.BadCommand, `Illegal ${what} command.`, {
      key,
      params: { addr, port, peer: s.remote.addr },
    });
    return;
  }
  s.data = { kind: "port", to: { addr, port } };
  s.reply(
    ReplyCode.CommandOk,
    `${what} command successful. Consider using ${what === "PORT" ? "PASV" : "EPSV"}.`,
  );
}

export function handlePort(s: Session, arg: string): void {
  s.dataCleanup();
  const v = parseByteList(arg, ",", 6);
  if (!v) {
    s.reply(ReplyCode.BadCommand, "Illegal PORT command.", { key: "server.portSyntax" });
    return;
  }
  const to = fromSix(v);
  setActive(s, to.addr, to.port, "PORT");
}

export function handleEprt(s: Session, arg: string): void {
  s.dataCleanup();
  const bad = (): void => s.reply(ReplyCode.BadCommand, "Bad EPRT command.", { key: "server.eprtSyntax" });
  if (arg !== "" && !arg.startsWith("|")) return bad();
  const fields = arg.slice(1).split("|");
  const proto = atoi(fields[0] ?? "");
  if (!protocolOk(proto, s)) {
    s.reply(ReplyCode.BadCommand, "Bad EPRT protocol.", { key: "server.eprtProtocol" });
    return;
  }
  const addrText = fields[1] ?? "";
  const portText = fields.slice(2).join("|");
  const addr = proto === 1 ? ipv4(addrText) : ipv6(addrText);
  if (addr === null || portText === "") return bad();
  const port = atoi(portText.split("|")[0] ?? "");
  if (port < 0 || port > 65535) return bad();
  setActive(s, addr, port, "EPRT");
}

function ipv4(text: string): string | null {
  const v = parseByteList(text, ".", 4);
  return v ? v.join(".") : null;
}

/** A conservative IPv6 text check; the simulator names IPv6 peers in this compressed form. */
function ipv6(text: string): string | null {
  return /^[0-9a-fA-F:]+$/.test(text) && text.includes(":") ? text.toLowerCase() : null;
}
