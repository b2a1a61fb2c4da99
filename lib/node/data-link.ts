/**
 * Opening a data connection on real sockets: a passive listener somewhere in pasv_min_port..pasv_max_port,
 * or an active connect back to the address the engine accepted (the engine already applied
 * port_promiscuous; this file only obeys). No FTP logic here: results go back as callbacks.
 */
import net from "node:net";
import type { DataFailure } from "../ftp/io";

/** vsftpd picks random ports in the range until one binds; after this many tries it gives up. */
const BIND_TRIES = 50;

export interface PassiveCallbacks {
  onListening(server: net.Server, port: number): void;
  onFailed(): void;
  onConnection(sock: net.Socket, server: net.Server): void;
}

export function openPassive(
  addr: string,
  min: number,
  max: number,
  cb: PassiveCallbacks,
  tries = 0,
): net.Server {
  const lo = min > 0 ? min : 0;
  const hi = max > 0 ? Math.max(max, lo) : lo;
  const port = lo === 0 ? 0 : lo + Math.floor(Math.random() * (hi - lo + 1));
  const l = net.createServer({ pauseOnConnect: true }, (sock) => cb.onConnection(sock, l));
  // vsftpd takes one data connection per listen; a second one while the first is open is refused.
  l.maxConnections = 1;
  l.once("error", () => {
    l.close();
    if (lo !== 0 && tries + 1 < BIND_TRIES) openPassive(addr, min, max, cb, tries + 1);
    else cb.onFailed();
  });
  l.listen({ port, host: addr, exclusive: true }, () =>
    cb.onListening(l, (l.address() as net.AddressInfo).port),
  );
  return l;
}

export interface ActiveCallbacks {
  onConnected(sock: net.Socket): void;
  onFailed(reason: DataFailure): void;
  /** The source port could not be bound (port 20 needs privileges, or it is busy): we go on without it. */
  onPortUnavailable(port: number, code: string): void;
  /** A new socket replaced the previous attempt (so the owner can track and destroy it). */
  onAttempt(sock: net.Socket): void;
}

export function connectActive(
  to: { addr: string; port: number },
  localAddress: string | undefined,
  fromPort: number | undefined,
  cb: ActiveCallbacks,
): void {
  const sock = net.connect({
    host: to.addr,
    port: to.port,
    ...(localAddress ? { localAddress } : {}),
    ...(fromPort ? { localPort: fromPort } : {}),
  });
  // Read nothing until the engine has said 150: vsftpd does not read the data socket before that either.
  sock.pause();
  cb.onAttempt(sock);
  sock.once("connect", () => {
    sock.removeAllListeners("error");
    cb.onConnected(sock);
  });
  sock.once("error", (err: NodeJS.ErrnoException) => {
    sock.destroy();
    const code = err.code ?? "";
    if (fromPort && (code === "EACCES" || code === "EADDRINUSE" || code === "EPERM")) {
      cb.onPortUnavailable(fromPort, code);
      return connectActive(to, localAddress, undefined, cb);
    }
    cb.onFailed(failure(code));
  });
}

function failure(code: string): DataFailure {
  if (code === "ECONNREFUSED") return "refused";
  if (code === "ETIMEDOUT") return "timeout";
  if (code === "ECONNRESET") return "reset";
  return "unreachable";
}
