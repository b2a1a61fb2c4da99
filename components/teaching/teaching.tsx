"use client";
/**
 * The teaching bar under the topology strip: lessons, presenter mode (P), predict mode, share link,
 * exports and trace import. It opens a shared session from the URL fragment (#s=…) on arrival; a bad
 * link or file only produces a message naming the problem — the learner's session stays as it was.
 */
import { Suspense, useEffect, useEffectEvent, useRef, useState, type ReactNode } from "react";
import { useLang } from "@/components/i18n/lang-context";
import type { Lesson } from "@/lib/lessons";
import { useLab } from "@/components/lab/use-lab";
import { useCaptureImport } from "@/components/sim-worker/use-capture-import";
import { FRAGMENT_PREFIX } from "@/components/share/fragment";
import type { decodeLink } from "@/components/share/link";
import type { Status, TeachingHost } from "./host";
import { ExportMenu } from "./export-menu";
import { Loading, onNeed } from "@/components/workbench/loading";
import { barRuns } from "./early";

// Opened on demand (a button, the P key): their code loads then. The lessons themselves (the course,
// its scenarios and checks) come with the lessons panel.
const LessonsPanel = onNeed(
  () => import("./lessons-panel"),
  (m) => m.LessonsPanel,
);
const lessonsPanel = () => import("./lessons-panel");
const PredictPanel = onNeed(
  () => import("./predict-panel"),
  (m) => m.PredictPanel,
);
const Presenter = onNeed(
  () => import("./presenter"),
  (m) => m.Presenter,
);
import { loadProgress, useLessonProgress } from "./use-progress";
import { hasShowMe } from "./show-me";
import styles from "./teaching.module.css";

type Panel = "lessons" | "predict" | null;

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target.closest(".xterm, [data-terminal], dialog")) return true;
  return ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}

export interface TeachingProps {
  readonly host: TeachingHost;
  /** Opens a lesson from outside the bar (the "start here" tip); a new `n` asks again. */
  readonly lessonRequest?: { readonly id: string; readonly n: number } | null;
  /** Another trace source (the Live view): its button joins the bar, its panel goes under it. */
  readonly sourceButton?: ReactNode;
  readonly sourcePanel?: ReactNode;
}

export function Teaching({ host, lessonRequest, sourceButton, sourcePanel }: TeachingProps) {
  const lab = useLab(host);
  const captures = useCaptureImport();
  const { t, lang } = useLang();
  const [panel, setPanel] = useState<Panel>(null);
  const [presenting, setPresenting] = useState(false);
  const [lesson, setLesson] = useState<Lesson | undefined>(undefined);
  const [status, setStatus] = useState<Status | null>(null);
  const [progress, setProgress] = useLessonProgress(lesson, host.trace);
  const fileInput = useRef<HTMLInputElement>(null);
  const captureInput = useRef<HTMLInputElement>(null);
  /** The lesson step whose Show me presenter mode has run ("id:step"): N then moves on. */
  const [shown, setShown] = useState<string | null>(null);

  // A shared session in the fragment replays once, when the page opens.
  const openShared = useEffectEvent((r: Awaited<ReturnType<typeof decodeLink>>) => {
    if (!r.ok) {
      const problem = t(r.problem.key, r.problem.params);
      return setStatus({ key: "lesson.ui.share.failed", params: { problem }, error: true });
    }
    const n = r.session.inputs.length;
    void host.load(r.session.scenario, r.session.inputs, { cursor: r.session.cursor }).then((opened) => {
      if (opened) setStatus({ key: "lesson.ui.shareLoaded", params: { n } });
    });
  });
  useEffect(() => {
    const hash = window.location.hash.slice(1);
    if (!hash.startsWith(FRAGMENT_PREFIX)) return;
    // The link codec loads only when a link is there to open.
    void import("@/components/share/link")
      .then(({ decodeLink }) => decodeLink(hash))
      .then((r) => openShared(r));
  }, []);

  const togglePresenter = useEffectEvent(() => setPresenting((p) => !p));
  useEffect(() => {
    const onKey = (ev: KeyboardEvent) => {
      if (ev.altKey || ev.ctrlKey || ev.metaKey || isTyping(ev.target)) return;
      if (ev.key === "p" || ev.key === "P") {
        ev.preventDefault();
        togglePresenter();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
  // Clicks, files and keys that came before this code did (early.ts), now that its listeners are in
  // place and it speaks the page's language (it hydrates in its HTML's, then switches).
  useEffect(() => {
    if (lang === document.documentElement.lang) barRuns();
  }, [lang]);

  const openLesson = (l: Lesson | undefined) => {
    setLesson(l);
    if (!l) return;
    // Progress is read again by the hook; here it decides which Show me inputs to replay.
    void lessonsPanel().then(({ openingSession }) => {
      const { scenario, inputs } = openingSession(l, loadProgress(l));
      host.load(scenario, inputs, { cursor: Number.MAX_SAFE_INTEGER });
      setStatus({ key: "lesson.ui.loaded", params: { title: t(l.titleKey) } });
    });
  };

  const openRequested = useEffectEvent((id: string) => {
    setPanel("lessons");
    void import("@/lib/lessons").then(({ lessonById }) => {
      const l = lessonById(id);
      if (l) openLesson(l);
    });
  });
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- a request from outside, handled once per n
    if (lessonRequest) openRequested(lessonRequest.id);
  }, [lessonRequest]);

  const share = async () => {
    const { encodeLink } = await import("@/components/share/link");
    const fragment = await encodeLink({ scenario: host.scenario, inputs: host.inputs, cursor: host.cursor });
    const link = `${window.location.origin}${window.location.pathname}#${fragment}`;
    window.history.replaceState(null, "", `#${fragment}`);
    try {
      await navigator.clipboard.writeText(link);
      setStatus({ key: "lesson.ui.copied" });
    } catch {
      setStatus({ key: "lesson.ui.copyFailed", link });
    }
  };

  const importFile = async (file: File) => {
    const { importedFile } = await import("./import-file");
    const next = await importedFile(file, { host, lang, openLab: lab.open });
    if (next) setStatus(next);
  };

  const openCaptureFile = async (file: File) => {
    setStatus({ key: "lesson.ui.readingCapture", params: { file: file.name } });
    const [r, { problemText }] = await Promise.all([captures.open(file), import("@/lib/pcap/problems")]);
    if (!r) return; // a newer file replaced this one
    // What the import left out, in the learner's language (the English words are the CLI's).
    const problems = r.issues
      .slice(0, 3)
      .map((p) => problemText(p, lang))
      .join("; ");
    if (!r.trace.length)
      return setStatus({
        key: "lesson.ui.captureFailed",
        params: { file: file.name, problems },
        error: true,
      });
    host.view(r.trace);
    setStatus({
      key: r.problems.length ? "lesson.ui.viewingCaptureNotes" : "lesson.ui.viewingCapture",
      params: { file: file.name, n: r.trace.length, packets: r.packets.toLocaleString(lang), problems },
    });
  };

  const toggle = (p: Panel) => setPanel((cur) => (cur === p ? null : p));
  const step = lesson?.steps[progress.step];
  return (
    <div className={styles.teaching}>
      <div className={styles.bar} role="toolbar" aria-label={t("lesson.ui.bar")} data-teaching-bar="">
        <button type="button" aria-expanded={panel === "lessons"} onClick={() => toggle("lessons")}>
          {t("lesson.ui.open")}
        </button>
        <button type="button" aria-keyshortcuts="P" onClick={() => setPresenting(true)}>
          {t("lesson.ui.presenter")} <kbd>P</kbd>
        </button>
        <button type="button" aria-pressed={panel === "predict"} onClick={() => toggle("predict")}>
          {t("lesson.ui.predict")}
        </button>
        <button type="button" onClick={() => void share()}>
          {t("lesson.ui.share")}
        </button>
        <ExportMenu host={host} onStatus={setStatus} lessonTitle={lesson ? t(lesson.titleKey) : null} />
        <button type="button" onClick={() => fileInput.current?.click()}>
          {t("lesson.ui.import")}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".jsonl,.json,.txt,application/x-ndjson"
          hidden
          data-testid="import-trace"
          onChange={(ev) => {
            const f = ev.currentTarget.files?.[0];
            ev.currentTarget.value = "";
            if (f) void importFile(f);
          }}
        />
        <button type="button" onClick={() => captureInput.current?.click()}>
          {t("lesson.ui.openCapture")}
        </button>
        <input
          ref={captureInput}
          type="file"
          accept=".pcap,.pcapng,.cap,application/vnd.tcpdump.pcap"
          hidden
          data-testid="open-capture"
          onChange={(ev) => {
            const f = ev.currentTarget.files?.[0];
            ev.currentTarget.value = "";
            if (f) void openCaptureFile(f);
          }}
        />
        {sourceButton}
        {host.viewing && (
          <button type="button" className={styles.primary} onClick={() => (host.view(null), setStatus(null))}>
            {t("lesson.ui.backToMine")}
          </button>
        )}
        <p
          className={`${styles.status} ${status?.error ? styles.error : ""}`}
          role="status"
          data-testid="teaching-status"
        >
          {status && (
            <>
              {status.error && <span aria-hidden="true">⚠ </span>}
              {t(status.key, status.params)}
              {status.link && (
                <input
                  className={styles.linkBox}
                  readOnly
                  value={status.link}
                  aria-label={t("lesson.ui.share")}
                />
              )}
            </>
          )}
        </p>
      </div>
      {panel === "lessons" && (
        <Suspense fallback={<Loading />}>
          <LessonsPanel
            host={host}
            lesson={lesson}
            progress={progress}
            onProgress={setProgress}
            onOpen={openLesson}
          />
        </Suspense>
      )}
      {panel === "predict" && (
        <Suspense fallback={<Loading />}>
          <PredictPanel host={host} />
        </Suspense>
      )}
      {lab.panel}
      {sourcePanel}
      {presenting && (
        <Suspense fallback={<Loading />}>
          <Presenter
            host={host}
            lesson={
              lesson && step
                ? {
                    title: t(lesson.titleKey),
                    stepLabel: t("lesson.ui.stepOf", { n: progress.step + 1, total: lesson.steps.length }),
                    narration: t(step.narrationKey),
                    task: step.taskKey ? t(step.taskKey) : null,
                    // N first shows the step (once), then moves on to the next one.
                    onShowMe:
                      hasShowMe(step) && shown !== `${lesson.id}:${progress.step}`
                        ? () => {
                            setShown(`${lesson.id}:${progress.step}`);
                            void lessonsPanel().then((m) => m.showStep(host, lesson, progress.step));
                          }
                        : null,
                    onNextStep:
                      progress.step < lesson.steps.length - 1
                        ? () => setProgress({ ...progress, step: progress.step + 1 })
                        : null,
                  }
                : null
            }
            predict={panel === "predict" ? <PredictPanel host={host} /> : null}
            onLeave={() => setPresenting(false)}
          />
        </Suspense>
      )}
    </div>
  );
}
