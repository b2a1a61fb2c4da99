"use client";
/**
 * Opening a lab record (from `npm run lab -- --record`): the workbench loads the record's scenario (the
 * simulation) and the comparison panel; the diagram switches between the simulated and the real run.
 */
import { Suspense, useState, type ReactNode } from "react";
import type { TeachingHost } from "@/components/teaching/host";
import { fromScenario } from "@/components/workbench/settings";
import type { LabRecord } from "@/lib/lab/record";
import type { TraceEntry } from "@/lib/trace/types";
import type { LabShowing } from "./lab-compare";
import { Loading, onNeed } from "@/components/workbench/loading";

// A lab record is opened rarely; its reader and the comparison (which re-runs the simulation) load then,
// never while the page is idle (the comparison brings the whole simulation engine).
const LabCompare = onNeed(
  () => import("./lab-compare"),
  (m) => m.LabCompare,
  { idle: false },
);

export type LabOpened =
  | { handled: false }
  | { handled: true; ok: true; commands: number }
  | { handled: true; ok: false; problems: string };

export function useLab(host: TeachingHost): { open(text: string): Promise<LabOpened>; panel: ReactNode } {
  const [lab, setLab] = useState<{ record: LabRecord; real: readonly TraceEntry[] | undefined } | null>(null);
  const [showing, setShowing] = useState<LabShowing>("sim");

  const open = async (text: string): Promise<LabOpened> => {
    const { labRecordTrace, looksLikeLabRecord, parseLabRecord } = await import("@/lib/lab/record");
    if (!looksLikeLabRecord(text)) return { handled: false };
    const r = parseLabRecord(text);
    if (!r.ok) return { handled: true, ok: false, problems: r.problems.slice(0, 3).join("; ") };
    host.view(null);
    host.load(r.record.scenario, fromScenario(r.record.scenario).inputs, { cursor: Number.MAX_SAFE_INTEGER });
    setLab({ record: r.record, real: labRecordTrace(r.record) });
    setShowing("sim");
    return { handled: true, ok: true, commands: r.record.events.filter((e) => e.kind === "sent").length };
  };

  const show = (which: LabShowing) => {
    setShowing(which);
    host.view(which === "real" ? (lab?.real ?? null) : null);
  };

  const panel = lab ? (
    <Suspense fallback={<Loading />}>
      <LabCompare
        record={lab.record}
        hasRealTrace={lab.real !== undefined}
        showing={showing}
        onShow={show}
        onClose={() => {
          host.view(null);
          setLab(null);
        }}
      />
    </Suspense>
  ) : null;
  return { open, panel };
}
