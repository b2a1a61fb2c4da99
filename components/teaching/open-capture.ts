/**
 * Opens a capture file as a trace. Parsing is behind this one async function so it can move into the
 * simulation worker (issue 13) without touching its callers; until then it runs here, bounded by
 * importCapture's size, packet and time limits.
 */
import { importCapture, IMPORT_LIMITS, type ImportResult } from "@/lib/pcap/import";
import { problem, problemText } from "@/lib/pcap/problems";

const mib = (n: number) => `${(n / 1048576).toFixed(1)} MiB`;

export async function openCapture(file: File): Promise<ImportResult> {
  // Refused before reading: a huge file must not fill the tab's memory just to be rejected.
  if (file.size > IMPORT_LIMITS.maxBytes) {
    const big = problem("p.tooBig", { size: mib(file.size), max: mib(IMPORT_LIMITS.maxBytes) });
    return { trace: [], problems: [problemText(big)], issues: [big], packets: 0 };
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  return importCapture(bytes, { clock: () => performance.now() });
}
