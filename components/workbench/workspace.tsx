"use client";
/**
 * The workbench's single client root: the layout of the panels around the timeline (use-timeline.ts),
 * which owns the settings, the typed commands, the run, the cursor and the selected entry.
 */
import { Suspense, useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from "react";
import { useLang } from "@/components/i18n/lang-context";
import { isMessageKey } from "@/lib/i18n/core";
import { SequenceDiagram } from "@/components/sequence/sequence-diagram";
import { StepControls } from "@/components/controls/step-controls";
import { commandAt } from "@/components/controls/stepping";
import { Inspector } from "./inspector-slot";
import { TopologyStrip } from "@/components/topology/topology-strip";
import { toScenario, type Settings } from "./settings";
import { useStableActions } from "./stable";
import { TerminalSlot } from "./terminal-slot";
import { SidePanels } from "./side-panels";
import { ClassroomBar } from "./classroom-bar";
import { eightyColumns, Splitter, useSplit } from "./splitter";
import { TeachingSlot } from "./teaching-slot";
import type { TeachingHost } from "@/components/teaching/host";
import { SessionView } from "@/components/packet-list/session-view";
import { Narrator } from "@/components/a11y/narrator";
import { Loading, onNeed, preloadWhenIdle } from "./loading";
import { useTimeline } from "./use-timeline";
import type { FirstRun } from "./timeline";
import styles from "./workspace.module.css";

// Panels behind a tab or a toggle load when first opened: none of them is on the first screen.
const AuditPanel = onNeed(
  () => import("@/components/security/audit-panel"),
  (m) => m.AuditPanel,
);
const EavesdropPanel = onNeed(
  () => import("@/components/security/eavesdrop-panel"),
  (m) => m.EavesdropPanel,
);
const PacketList = onNeed(
  () => import("@/components/packet-list/packet-list"),
  (m) => m.PacketList,
);

export type { FirstRun };

/** After a choice on the strip or the transport bar, stepping keys go back to the diagram. */
const focusDiagram = () =>
  document.querySelector<HTMLElement>("[data-diagram-home]")?.focus({ preventScroll: true });

/**
 * `first` is the first visit's session, simulated at build time (app/first-visit.ts); every other
 * session runs in the background worker (components/sim-worker), so typing and stepping never wait.
 * The timeline (use-timeline.ts) owns what is shown; this component lays the panels out around it.
 */
export function Workspace({ first }: { readonly first: FirstRun }) {
  const { lang, t } = useLang();
  // An id in a status becomes words ("Cliente tras NAT"); an id no row names, nothing.
  const words = (key: string): string => (isMessageKey(key) ? t(key) : "");
  const tl = useTimeline(first);
  const { trace, last, rows, settled } = tl;
  const { settings, inputs, cursor, selected, status } = tl.state;
  const [lessonRequest, setLessonRequest] = useState<{ readonly id: string; readonly n: number } | null>(
    null,
  );
  const command = useMemo(() => commandAt(trace, cursor), [trace, cursor]);
  const split = useSplit();
  const bodyRef = useRef<HTMLDivElement>(null);
  const bodyEl = useCallback(() => bodyRef.current, []);
  const act = useStableActions({
    typeLines: tl.typeLines,
    interrupt: tl.interrupt,
    load: tl.load,
    loadScenario: tl.loadScenario,
    newSession: tl.newSession,
    changeSettings: (next: Settings) => {
      tl.changeSettings(next);
      focusDiagram();
    },
    wideTerminal: () => {
      const el = bodyRef.current;
      if (el) split.set((eightyColumns() / Math.max(1, el.clientWidth)) * 100 + 1);
    },
  });

  /*
   * A step paints the diagram and the transport bar first; the panels that follow the cursor (the
   * terminal, the inspector, the teaching bar, the narration) render just after, from this deferred
   * snapshot, in a render React can interrupt. One snapshot, so a panel never sees a new session's
   * trace with the previous session's cursor, or the prompt of another moment. Their elements are
   * memoised on it: the step's own render skips them entirely (issue 20's "first step answered").
   */
  const { ready, queued } = tl;
  const now = useMemo(
    () => ({ trace, cursor, selected, ready, queued }),
    [trace, cursor, selected, ready, queued],
  );
  const later = useDeferredValue(now);

  const { readOnly, select, seek, step, view, laneHosts, hosts, liveShowing, showLive } = tl;
  const viewing = tl.state.viewed !== null;
  const terminal = useCallback(
    () => (
      <TerminalSlot
        trace={later.trace}
        cursor={later.cursor}
        lang={lang}
        ready={later.ready}
        queued={later.queued}
        readOnly={readOnly}
        onLines={act.typeLines}
        onInterrupt={act.interrupt}
        onSelect={select}
      />
    ),
    [later, lang, readOnly, act, select],
  );
  const terminalEl = useMemo(() => terminal(), [terminal]);

  const teachingEl = useMemo(() => {
    const host: TeachingHost = {
      trace: later.trace,
      cursor: later.cursor,
      scenario: toScenario(settings),
      inputs,
      hosts: laneHosts,
      viewing,
      load: act.load,
      moveTo: seek,
      step,
      view,
      renderTerminal: terminal,
    };
    return (
      <TeachingSlot
        host={host}
        lessonRequest={lessonRequest}
        live={{ showing: liveShowing, show: showLive }}
      />
    );
  }, [
    later,
    settings,
    inputs,
    laneHosts,
    viewing,
    act,
    seek,
    step,
    view,
    terminal,
    lessonRequest,
    liveShowing,
    showLive,
  ]);

  const narratorEl = useMemo(() => <Narrator trace={later.trace} cursor={later.cursor} />, [later]);

  const sideEl = useMemo(() => {
    const shown = later.trace[later.selected ?? later.cursor];
    return (
      <SidePanels
        panels={[
          {
            id: "inspector",
            labelKey: "ui.side.inspector",
            render: () => (
              <Inspector entry={shown} pinned={later.selected !== null} onUnpin={() => select(null)} />
            ),
          },
          {
            id: "audit",
            labelKey: "ui.side.audit",
            render: () => (
              <Suspense fallback={<Loading />}>
                <AuditPanel configText={settings.config} lang={lang} onRunDemo={act.loadScenario} />
              </Suspense>
            ),
          },
          {
            id: "eavesdrop",
            labelKey: "ui.side.eavesdrop",
            render: () => (
              <Suspense fallback={<Loading />}>
                <EavesdropPanel
                  trace={later.trace}
                  topology={settings.topology}
                  upTo={later.cursor}
                  lang={lang}
                />
              </Suspense>
            ),
          },
        ]}
      />
    );
  }, [later, settings.config, settings.topology, lang, act, select]);

  const statusText = status
    ? t(status.key, {
        ...status.params,
        // Ids become words: "Cliente tras NAT", not "client-nat".
        topology: words(`net.preset.${status.params?.topology}.title`),
        mode: words(`ui.mode.${status.params?.mode}`),
      })
    : t("ui.status.ready", { n: inputs.length });
  const stripEl = useMemo(
    () => (
      <TopologyStrip settings={settings} hosts={hosts} status={statusText} onChange={act.changeSettings} />
    ),
    [settings, hosts, statusText, act],
  );
  const classroomEl = useMemo(
    () => (
      <ClassroomBar
        onOpenLesson={(id) => setLessonRequest((r) => ({ id, n: (r?.n ?? 0) + 1 }))}
        onNewSession={act.newSession}
        onWideTerminal={act.wideTerminal}
      />
    ),
    [act],
  );

  // Once the first screen is settled, the panels behind tabs and buttons load while the page is idle.
  useEffect(() => {
    if (settled) preloadWhenIdle();
  }, [settled]);

  return (
    <div className={styles.workspace}>
      {stripEl}
      <div className={styles.body} ref={bodyRef} style={split.style}>
        <div className={styles.left}>
          {teachingEl}
          {classroomEl}
          <StepControls
            cursor={cursor}
            last={last}
            command={command}
            playing={tl.state.playing}
            speed={tl.state.speed}
            fold={tl.state.fold}
            onStep={step}
            onPlay={tl.play}
            onCursor={seek}
            onSpeed={(v) => (tl.setSpeed(v), focusDiagram())}
            onFold={(v) => (tl.setFold(v), focusDiagram())}
          />
          <SessionView
            diagram={
              <SequenceDiagram
                trace={trace}
                cursor={cursor}
                hosts={laneHosts}
                rows={rows}
                selected={selected}
                onSelect={select}
              />
            }
            list={() => (
              <Suspense fallback={<Loading />}>
                <PacketList trace={trace} cursor={cursor} onCursor={seek} />
              </Suspense>
            )}
          />
          {narratorEl}
        </div>
        <Splitter share={split.share} onShare={split.set} body={bodyEl} />
        <div className={styles.right}>
          {/* TERMINAL SLOT: components/terminal/terminal-panel.tsx renders here (see terminal-slot.tsx). */}
          {terminalEl}
          {sideEl}
        </div>
      </div>
    </div>
  );
}
