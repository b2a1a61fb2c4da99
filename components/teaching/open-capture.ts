/**
 * Opens a capture file as a trace. Parsing is behind this one async function so it can move into the
 * simulation worker (issue 13) without touching its callers; until then it runs here, bounded by
 * importCapture's size, packet and time limits.
 */
import { importCapture, IMPORT_LIMITS, type ImportResult } from "@/lib/pcap/import";

export async function openCapture(file: File): Promise<ImportResult> {
  if (file.size > IMPORT_LIMITS.maxBytes)
    return {
      trace: [],
      problems: [
        `the file is ${(file.size / 1048576).toFixed(1)} MiB, more than the ${IMPORT_LIMITS.maxBytes / 1048576} MiB allowed`,
      ],
      packets: 0,
    };
  const bytes = new Uint8Array(await file.arrayBuffer());
  return importCapture(bytes, { clock: () => performance.now() });
}
