/** A transport endpoint. `addr` is dotted IPv4 ("192.168.1.10") or IPv6 text ("::1"). */
export interface SockAddr {
  readonly addr: string;
  readonly port: number;
}

export const sockAddrText = (a: SockAddr): string =>
  a.addr.includes(":") ? `[${a.addr}]:${a.port}` : `${a.addr}:${a.port}`;
