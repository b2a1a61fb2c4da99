/**
 * The lab's address map. The presets' private LANs become halves of 192.0.2.0/24 (TEST-NET-1), so the
 * real network built by the lab carries documentation addresses only; public (documentation)
 * addresses are kept. The map is one-to-one, so a simulated trace can be compared with a real one.
 */
const MAPS: readonly {
  readonly from: readonly [number, number, number];
  readonly to: readonly [number, number, number];
  readonly offset: number;
}[] = [
  { from: [192, 168, 1], to: [192, 0, 2], offset: 0 },
  { from: [10, 0, 0], to: [192, 0, 2], offset: 128 },
];

const octets = (a: string): number[] | undefined => {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(a);
  if (!m) return undefined;
  const o = m.slice(1).map(Number);
  return o.every((n) => n <= 255) ? o : undefined;
};

const same3 = (a: readonly number[], b: readonly number[]): boolean =>
  a[0] === b[0] && a[1] === b[1] && a[2] === b[2];

/** Simulated address → lab address (unchanged when it is not in a mapped LAN or not an address). */
export function labAddr(addr: string): string {
  const o = octets(addr);
  if (!o) return addr;
  for (const m of MAPS)
    if (same3(o, m.from) && (o[3] ?? 0) < 128) return `${m.to.join(".")}.${m.offset + (o[3] ?? 0)}`;
  return addr;
}

/** Lab address → simulated address (the inverse of labAddr). */
export function simAddr(addr: string): string {
  const o = octets(addr);
  if (!o) return addr;
  for (const m of MAPS) {
    const last = (o[3] ?? 0) - m.offset;
    if (same3(o, m.to) && last >= 0 && last < 128) return `${m.from.join(".")}.${last}`;
  }
  return addr;
}

/** A mapped LAN prefix: 192.168.1.0/24 → 192.0.2.0/25, 10.0.0.0/24 → 192.0.2.128/25. */
export function labCidr(cidr: string): string {
  const [net, len] = cidr.split("/");
  const mapped = labAddr(net ?? "");
  return mapped !== net && Number(len) <= 25 ? `${mapped}/25` : cidr;
}

/**
 * Rewrites every address of a protocol line, in its dotted form (EPRT, 229-less replies, text) and its
 * comma form (PORT, 227): `PORT 192,168,1,10,236,49` → `PORT 192,0,2,10,236,49`.
 */
export function mapAddressesInText(text: string, map: (a: string) => string): string {
  return text
    .replace(/\b(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\b/g, (s) => map(s))
    .replace(/\b(\d{1,3}),(\d{1,3}),(\d{1,3}),(\d{1,3})(?=,\d{1,3},\d{1,3}\b)/g, (s) =>
      map(s.replace(/,/g, ".")).replace(/\./g, ","),
    );
}
