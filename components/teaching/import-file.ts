/**
 * What Import does with a file, as the status line to show: a lab record opens in the lab, a scenario
 * file of the project becomes the session, a trace (JSON lines) is shown read-only. Every problem is
 * said in the learner's language; the learner's session stays as it was. Loaded when first used.
 */
import type { Lang } from "@/lib/i18n/core";
import { importProblemText, importTooLarge, MAX_IMPORT_BYTES, parseTraceJsonl } from "@/lib/trace/serialize";
import type { ImportProblem } from "@/lib/trace/serialize";
import type { LabOpened } from "@/components/lab/use-lab";
import { fromScenario } from "@/components/workbench/settings";
import { scenarioIn } from "./open-scenario";
import type { Status, TeachingHost } from "./host";

export interface ImportDeps {
  readonly host: TeachingHost;
  readonly lang: Lang;
  readonly openLab: (text: string) => Promise<LabOpened>;
}

export async function importedFile(file: File, { host, lang, openLab }: ImportDeps): Promise<Status | null> {
  // In the learner's language (the English `problems` are the CLI's).
  const failed = (issues: readonly ImportProblem[]): Status => ({
    key: "lesson.ui.importFailed",
    params: {
      file: file.name,
      problems: issues
        .slice(0, 3)
        .map((p) => importProblemText(p, lang))
        .join("; "),
    },
    error: true,
  });
  // Refused before reading: a huge file must not fill the tab's memory just to be rejected.
  if (file.size > MAX_IMPORT_BYTES) {
    const big = importTooLarge();
    if (!big.ok) return failed(big.issues);
  }
  const text = await file.text();
  const opened = await openLab(text);
  if (opened.handled)
    return opened.ok
      ? { key: "lab.opened", params: { n: opened.commands } }
      : { key: "lab.bad", params: { file: file.name, problems: opened.problems }, error: true };
  const sc = scenarioIn(text);
  if (sc.kind === "bad")
    return { key: "lesson.ui.scenarioBad", params: { file: file.name, fields: sc.fields }, error: true };
  if (sc.kind === "ok") {
    const { inputs } = fromScenario(sc.scenario);
    // Not loaded: the workbench already said why (a busy or refused run).
    if (!(await host.load(sc.scenario, inputs, { cursor: 0 }))) return null;
    return { key: "lesson.ui.scenarioLoaded", params: { file: file.name, n: inputs.length } };
  }
  const r = parseTraceJsonl(text);
  if (!r.ok) return failed(r.issues);
  host.view(r.trace);
  return { key: "lesson.ui.viewing", params: { n: r.trace.length } };
}
