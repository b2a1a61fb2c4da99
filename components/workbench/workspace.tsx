"use client";
/**
 * The workbench's single client root: the layout of the panels around the timeline (use-timeline.ts),
 * which owns the settings, the typed commands, the run, the cursor and the selected entry.
 */
import { Suspense, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useLang } from "@/components/i18n/lang-context";
import { isMessageKey } from "@/lib/i18n/core";
import { SequenceDiagram } from "@/components/sequence/sequence-diagram";
import { StepControls } from "@/components/controls/step-controls";
import { commandAt } from "@/components/controls/stepping";
import { Inspector } from "./inspector-slot";
import { TopologyStrip } from "@/components/topology/topology-strip";
import { toScenario } from "./settings";
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

  const terminal = () => (
    <TerminalSlot
      trace={trace}
      cursor={cursor}
      lang={lang}
      ready={tl.ready}
      readOnly={tl.readOnly}
      onLine={tl.typeLine}
      onInterrupt={tl.interrupt}
      onSelect={tl.select}
    />
  );

  const teachingHost: TeachingHost = {
    trace,
    cursor,
    scenario: toScenario(settings),
    inputs,
    hosts: tl.laneHosts,
    viewing: tl.state.viewed !== null,
    load: tl.load,
    moveTo: tl.seek,
    step: tl.step,
    view: tl.view,
    renderTerminal: terminal,
  };

  // Once the first screen is settled, the panels behind tabs and buttons load while the page is idle.
  useEffect(() => {
    if (settled) preloadWhenIdle();
  }, [settled]);

  const shown = trace[selected ?? cursor];
  const split = useSplit();
  const bodyRef = useRef<HTMLDivElement>(null);
  const bodyEl = useCallback(() => bodyRef.current, []);
  const wideTerminal = () => {
    const el = bodyRef.current;
    if (el) split.set((eightyColumns() / Math.max(1, el.clientWidth)) * 100 + 1);
  };

  return (
    <div className={styles.workspace}>
      <TopologyStrip
        settings={settings}
        hosts={tl.hosts}
        status={
          status
            ? t(status.key, {
                ...status.params,
                // Ids become words: "Cliente tras NAT", not "client-nat".
                topology: words(`net.preset.${status.params?.topology}.title`),
                mode: words(`ui.mode.${status.params?.mode}`),
              })
            : t("ui.status.ready", { n: inputs.length })
        }
        onChange={(next) => {
          tl.changeSettings(next);
          focusDiagram();
        }}
      />
      <div className={styles.body} ref={bodyRef} style={split.style}>
        <div className={styles.left}>
          <TeachingSlot
            host={teachingHost}
            lessonRequest={lessonRequest}
            live={{ showing: tl.liveShowing, show: tl.showLive }}
          />
          <ClassroomBar
            onOpenLesson={(id) => setLessonRequest((r) => ({ id, n: (r?.n ?? 0) + 1 }))}
            onNewSession={tl.newSession}
            onWideTerminal={wideTerminal}
          />
          <StepControls
            cursor={cursor}
            last={last}
            command={command}
            playing={tl.state.playing}
            speed={tl.state.speed}
            fold={tl.state.fold}
            onStep={tl.step}
            onPlay={tl.play}
            onCursor={tl.seek}
            onSpeed={(v) => (tl.setSpeed(v), focusDiagram())}
            onFold={(v) => (tl.setFold(v), focusDiagram())}
          />
          <SessionView
            diagram={
              <SequenceDiagram
                trace={trace}
                cursor={cursor}
                hosts={tl.laneHosts}
                rows={rows}
                selected={selected}
                onSelect={tl.select}
              />
            }
            list={() => (
              <Suspense fallback={<Loading />}>
                <PacketList trace={trace} cursor={cursor} onCursor={tl.seek} />
              </Suspense>
            )}
          />
          <Narrator trace={trace} cursor={cursor} />
        </div>
        <Splitter share={split.share} onShare={split.set} body={bodyEl} />
        <div className={styles.right}>
          {/* TERMINAL SLOT: components/terminal/terminal-panel.tsx renders here (see terminal-slot.tsx). */}
          {terminal()}
          <SidePanels
            panels={[
              {
                id: "inspector",
                labelKey: "ui.side.inspector",
                render: () => (
                  <Inspector entry={shown} pinned={selected !== null} onUnpin={() => tl.select(null)} />
                ),
              },
              {
                id: "audit",
                labelKey: "ui.side.audit",
                render: () => (
                  <Suspense fallback={<Loading />}>
                    <AuditPanel configText={settings.config} lang={lang} onRunDemo={tl.loadScenario} />
                  </Suspense>
                ),
              },
              {
                id: "eavesdrop",
                labelKey: "ui.side.eavesdrop",
                render: () => (
                  <Suspense fallback={<Loading />}>
                    <EavesdropPanel trace={trace} topology={settings.topology} upTo={cursor} lang={lang} />
                  </Suspense>
                ),
              },
            ]}
          />
        </div>
      </div>
    </div>
  );
}
