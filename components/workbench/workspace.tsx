"use client";
/**
 * The workbench's single client root. It owns the scenario settings, the typed commands, the
 * simulation session, the cursor and the selected entry; every panel renders from these.
 */
import { Suspense, useCallback, useEffect, useEffectEvent, useMemo, useRef, useState } from "react";
import { FRAGMENT_PREFIX } from "@/components/share/fragment";
import type { Params } from "@/lib/i18n/core";
import type { TraceEntry } from "@/lib/trace/types";
import { useLang } from "@/components/i18n/lang-context";
import { SequenceDiagram } from "@/components/sequence/sequence-diagram";
import { buildRows } from "@/components/sequence/rows";
import { StepControls, type StepAction } from "@/components/controls/step-controls";
import {
  commandAt,
  commandBack,
  commandForward,
  messageBack,
  messageForward,
} from "@/components/controls/stepping";
import { Inspector } from "@/components/inspector/inspector";
import { TopologyStrip } from "@/components/topology/topology-strip";
import {
  DEFAULT_COMMANDS,
  DEFAULT_SETTINGS,
  START_COMMANDS,
  fromScenario,
  toScenario,
  type Settings,
} from "./settings";
import { describeHosts, type TypedItem } from "./use-session";
import { traceHosts } from "@/lib/trace/hosts";
import { useSimulation } from "@/components/sim-worker/use-simulation";
import { traceOf, type SessionBase } from "@/components/sim-worker/protocol";
import { TerminalSlot } from "./terminal-slot";
import { SidePanels } from "./side-panels";
import { ClassroomBar } from "./classroom-bar";
import { eightyColumns, Splitter, useSplit } from "./splitter";
import { loadSaved, save } from "./autosave";
import type { Scenario } from "@/lib/sim/scenario";
import { useStepKeys, type KeyAction } from "./use-keyboard";
import { Teaching } from "@/components/teaching/teaching";
import type { PlayAt, TeachingHost } from "@/components/teaching/host";
import { SessionView } from "@/components/packet-list/session-view";
import { Narrator } from "@/components/a11y/narrator";
import { useLive, type LiveHost, type LiveView } from "@/components/live/use-live";
import { Loading, onNeed, preloadWhenIdle } from "./loading";
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

/** What the learner did at the client, replayed when a setting changes. */
type Input = TypedItem;

/** A finished simulation run, as the page holds it (the session itself lives in the worker). */
export interface FirstRun {
  readonly trace: readonly TraceEntry[];
  readonly ready: boolean;
  /** Why vsftpd did not start (a bad vsftpd.conf), in vsftpd's words. */
  readonly problems: readonly string[];
}

interface Run extends FirstRun {
  /** The worker's name for this run (0: not from the worker, e.g. the build-time first visit). */
  readonly token: number;
}

const PLAY_MS = 900;
/** A typed command's messages play live in about this long (bounded per message), like watching it happen. */
const LIVE_TOTAL_MS = 3000;
const LIVE_STEP_MS = { min: 12, max: 140 } as const;

const reducedMotion = () =>
  typeof window !== "undefined" && window.matchMedia?.("(prefers-reduced-motion: reduce)").matches === true;

const firstRun = (first: FirstRun): Run => ({ ...first, token: 0 });

/** How many inputs produced the steps up to and including `step` (one CommandTyped per input). */
const inputsThrough = (inputs: readonly Input[], step: number) => inputs.slice(0, Math.max(0, step + 1));

const lastIndex = (trace: readonly TraceEntry[]) => Math.max(0, trace.length - 1);

const firstInputs = (): readonly Input[] => DEFAULT_COMMANDS.map((line) => ({ line }));

/** After a choice on the strip or the transport bar, stepping keys go back to the diagram. */
const focusDiagram = () =>
  document.querySelector<HTMLElement>("[data-diagram-home]")?.focus({ preventScroll: true });

/**
 * `first` is the first visit's session, simulated at build time (app/first-visit.ts); every other
 * session runs in the background worker (components/sim-worker), so typing and stepping never wait.
 */
export function Workspace({ first }: { readonly first: FirstRun }) {
  const { lang, t, complete } = useLang();
  const [settings, setSettings] = useState(DEFAULT_SETTINGS);
  const [inputs, setInputs] = useState<readonly Input[]>(firstInputs);
  const [run, setRun] = useState(() => firstRun(first));
  /** A run is under way in the worker: the terminal waits for it (type-ahead queues). */
  const [busy, setBusy] = useState(false);
  const sim = useSimulation();
  // A first visit starts at message 0 with Play ready; the autosaved session (if any) replaces it below.
  const [cursor, setCursor] = useState(0);
  /** The untouched first-visit session: typing continues it at its end without asking to discard. */
  const [demo, setDemo] = useState(true);
  const [restored, setRestored] = useState(false);
  const [lessonRequest, setLessonRequest] = useState<{ readonly id: string; readonly n: number } | null>(
    null,
  );
  const [selected, setSelected] = useState<number | null>(null);
  const [fold, setFold] = useState(false);
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState(1);
  const [status, setStatus] = useState<{ key: string; params?: Params } | null>(null);
  /** A just-typed command playing live: one message every `ms` up to `until`; null when not playing. */
  const [live, setLive] = useState<{ readonly ms: number; readonly until: number } | null>(null);

  /** An imported trace shown read-only (components/teaching); the learner's own run waits underneath. */
  const [viewed, setViewed] = useState<readonly TraceEntry[] | null>(null);

  /** A real session from `npm run ftpd -- --live` (components/live); on screen while `viewed` is its trace. */
  const [liveView, setLiveView] = useState<LiveView | null>(null);
  const liveShowing = liveView !== null && viewed === liveView.trace;

  const trace = viewed ?? run.trace;
  const last = lastIndex(trace);
  const rows = useMemo(() => buildRows(trace, fold), [trace, fold]);
  const simHosts = useMemo(
    () => describeHosts(settings.topology, { alg: settings.alg, firewall: settings.firewall }),
    [settings.topology, settings.alg, settings.firewall],
  );
  // A real session's lifelines carry the real addresses, not the simulated topology's.
  const hosts = liveShowing ? liveView.hosts : simHosts;
  // An imported trace is drawn with its own hosts' addresses, not the page's topology's (a live
  // session's hosts are the real ones already).
  const laneHosts = useMemo(
    () =>
      viewed && !liveShowing
        ? traceHosts(viewed).map((h) => ({ ...h, role: "", features: [] as string[] }))
        : hosts,
    [viewed, liveShowing, hosts],
  );
  const command = useMemo(() => commandAt(trace, cursor), [trace, cursor]);

  const moveTo = useCallback((n: number) => {
    setSelected(null);
    setCursor(n);
  }, []);

  const step = (action: StepAction | KeyAction) => {
    setLive(null);
    if (action === "toggle") return setPlaying((p) => !p && cursor < last);
    setPlaying(false);
    const target = {
      start: 0,
      end: last,
      forward: messageForward(rows, cursor, last),
      back: messageBack(rows, cursor),
      commandForward: commandForward(trace, cursor),
      commandBack: commandBack(trace, cursor),
    }[action];
    moveTo(target);
  };
  useStepKeys(step);

  const tick = useEffectEvent(() => {
    if (cursor >= last) return setPlaying(false);
    setCursor(messageForward(rows, cursor, last));
  });
  useEffect(() => {
    if (!playing) return;
    const id = window.setInterval(() => tick(), PLAY_MS / speed);
    return () => window.clearInterval(id);
  }, [playing, speed]);

  // Live playback ends by itself when the cursor reaches its target (derived, so nothing to reset).
  const liveActive = live !== null && cursor < live.until;
  useEffect(() => {
    if (!live || !liveActive) return;
    // Functional and bounded by this playback's own target: a stale tick can never move the cursor back.
    const id = window.setInterval(() => setCursor((c) => Math.min(c + 1, live.until)), live.ms);
    return () => window.clearInterval(id);
  }, [live, liveActive]);

  /** Shows the new end of the session: live from `from` unless the learner prefers reduced motion. */
  const follow = (from: number, to: number) => {
    setPlaying(false);
    setSelected(null);
    if (reducedMotion() || to <= from) {
      setLive(null);
      return setCursor(to);
    }
    setCursor(from);
    const per = LIVE_TOTAL_MS / (to - from);
    setLive({ ms: Math.round(Math.min(LIVE_STEP_MS.max, Math.max(LIVE_STEP_MS.min, per))), until: to });
  };

  /**
   * Runs a session in the worker (time-budgeted); `apply` gets the run unless a newer one replaced it.
   * A run stopped by a budget changes nothing: the learner's session stays and the status says why.
   * With `from`, the run extends the page's current one and the worker sends only the new entries.
   */
  const runAsync = (
    next: Settings,
    items: readonly Input[],
    from: Run | null,
    apply: (fresh: Run) => void,
  ) => {
    setBusy(true);
    const base: SessionBase | undefined =
      from && from.token > 0 ? { token: from.token, length: from.trace.length } : undefined;
    const held = from?.trace ?? [];
    return sim.run(toScenario(next), items, base).then((out) => {
      if (!out.ok && "superseded" in out) return "superseded";
      setBusy(false);
      if (!out.ok) {
        setStatus({ key: out.problem.key, params: out.problem.params });
        return "refused";
      }
      const r = out.result;
      apply({ trace: traceOf(r, held), ready: r.ready, problems: r.problems, token: r.token });
      return "applied";
    });
  };

  const changeSettings = (next: Settings) => {
    // Another protocol is another program at the client: its session starts from its own first commands.
    const nextInputs =
      next.protocol === settings.protocol ? inputs : START_COMMANDS[next.protocol].map((line) => ({ line }));
    // The strip shows the choice at once; the diagram follows when the worker has run the session
    // (and the choice is undone if the worker refused it, so strip and diagram never disagree).
    const before = { settings, inputs };
    setSettings(next);
    setInputs(nextInputs);
    void runAsync(next, nextInputs, null, (fresh) => {
      setRun(fresh);
      setDemo(false);
      setPlaying(false);
      moveTo(lastIndex(fresh.trace));
      const refused = fresh.problems;
      setStatus({
        key: refused.length ? "ui.status.serverRefused" : "ui.status.newSession",
        params: {
          topology: next.topology,
          mode: next.mode,
          n: nextInputs.length,
          problems: refused.join("; "),
        },
      });
    }).then((r) => {
      if (r !== "refused") return;
      setSettings(before.settings);
      setInputs(before.inputs);
    });
  };

  /** Loads a whole scenario (a security demo, a lesson): its settings and its commands, played live. */
  const loadScenario = (scenario: Scenario) => {
    const { settings: next, inputs: nextInputs } = fromScenario(scenario);
    void runAsync(next, nextInputs, null, (fresh) => {
      setSettings(next);
      setInputs(nextInputs);
      setRun(fresh);
      setDemo(false);
      follow(0, lastIndex(fresh.trace));
      setStatus({ key: "ui.status.loaded", params: { topology: next.topology, n: nextInputs.length } });
    });
  };

  /** Re-runs the session with `next` inputs (from scratch: the simulation is deterministic). */
  const replaceInputs = (next: readonly Input[], playFrom: number) => {
    void runAsync(settings, next, null, (fresh) => {
      setInputs(next);
      setRun(fresh);
      setDemo(false);
      follow(Math.min(playFrom, lastIndex(fresh.trace)), lastIndex(fresh.trace));
    });
  };

  const cursorStep = trace[cursor]?.step ?? -1;
  const lastStep = trace[last]?.step ?? -1;

  const typeLine = (line: string) => {
    if (viewed) return; // an imported trace is read-only
    // Watching a command play live is not being stepped back: only a learner's own stepping is.
    if (cursorStep < lastStep && !liveActive && !demo) {
      // Stepped back: the session continues from the cursor, so what came after it is discarded.
      if (!window.confirm(t("ui.confirm.discard", { n: lastStep - cursorStep }))) return;
      return replaceInputs([...inputsThrough(inputs, cursorStep), { line }], cursor + 1);
    }
    const before = run.trace.length;
    const next = [...inputs, { line }];
    void runAsync(settings, next, run, (fresh) => {
      setInputs(next);
      setRun(fresh);
      setDemo(false);
      follow(before, lastIndex(fresh.trace));
    });
  };

  /** Ctrl+C while the command at the cursor is still running: replay it and interrupt at this moment. */
  const interrupt = () => {
    const typedAt = trace.find((e) => e.kind === "CommandTyped" && e.step === cursorStep)?.t ?? 0;
    const afterMs = Math.max(0, (trace[cursor]?.t ?? typedAt) - typedAt);
    replaceInputs([...inputsThrough(inputs, cursorStep), { interruptAfterMs: afterMs }], cursor);
  };

  /** Teaching (lessons, presenter, predict, share links) replaces the session only through this. */
  const loadSession = (scenario: Scenario, items: readonly Input[], at: PlayAt) => {
    const next = fromScenario(scenario).settings;
    const r = runAsync(next, items, null, (fresh) => {
      setViewed(null);
      setSettings(next);
      setInputs(items);
      setRun(fresh);
      setDemo(false);
      if ("playFrom" in at)
        return follow(Math.min(at.playFrom, lastIndex(fresh.trace)), lastIndex(fresh.trace));
      if ("play" in at) {
        // A lesson step's rows: played live up to the row the step is about, not the session's last ACK.
        const span = at.play(fresh.trace);
        const to = Math.max(0, Math.min(span.to, lastIndex(fresh.trace)));
        return follow(Math.max(0, Math.min(span.from, to)), to);
      }
      setPlaying(false);
      moveTo(Math.min(at.cursor, lastIndex(fresh.trace)));
    });
    return r.then((outcome) => outcome === "applied");
  };
  /** Back to the first visit: the short LAN session at message 0, Play ready. */
  const newSession = () => {
    sim.cancel();
    setBusy(false);
    setViewed(null);
    setSettings(DEFAULT_SETTINGS);
    setInputs(firstInputs());
    setRun(firstRun(first));
    setDemo(true);
    setPlaying(false);
    setLive(null);
    moveTo(0);
    setStatus({ key: "ui.wb.newSessionDone" });
  };

  // The autosaved session comes back once, after hydration (a share link in the URL wins over it).
  const restore = useEffectEvent(() => {
    const saved = window.location.hash.slice(1).startsWith(FRAGMENT_PREFIX) ? null : loadSaved();
    if (!saved) return setRestored(true);
    // Autosave resumes once the saved session is back (or refused), so a reload meanwhile keeps it.
    void runAsync(saved.settings, saved.inputs, null, (fresh) => {
      setSettings(saved.settings);
      setInputs(saved.inputs);
      setRun(fresh);
      setDemo(false);
      setCursor(Math.min(saved.cursor, lastIndex(fresh.trace)));
    }).finally(() => setRestored(true));
  });
  // eslint-disable-next-line react-hooks/set-state-in-effect -- storage exists only after hydration
  useEffect(() => restore(), []);
  useEffect(() => {
    if (restored && !viewed) save({ settings, inputs, cursor });
  }, [restored, viewed, settings, inputs, cursor]);

  const teachingHost: TeachingHost = {
    trace,
    cursor,
    scenario: toScenario(settings),
    inputs,
    hosts: laneHosts,
    viewing: viewed !== null,
    load: loadSession,
    moveTo,
    step: (a) => step(a),
    view: (v) => {
      setViewed(v);
      moveTo(v ? 0 : lastIndex(run.trace));
    },
    renderTerminal: () => (
      <TerminalSlot
        trace={trace}
        cursor={cursor}
        lang={lang}
        ready={run.ready && !viewed && !busy}
        readOnly={viewed !== null && !liveShowing}
        onLine={typeLine}
        onInterrupt={interrupt}
        onSelect={select}
      />
    ),
  };

  const liveHost: LiveHost = {
    showing: liveShowing,
    show: (v) => {
      if (!v) {
        if (liveShowing) {
          setViewed(null);
          moveTo(lastIndex(run.trace));
        }
        return setLiveView(null);
      }
      setLiveView(v);
      setViewed(v.trace);
      setLive(null);
      if (!liveShowing) return moveTo(lastIndex(v.trace));
      // New messages of the watched session: the cursor follows them only if it was at the end.
      const wasLast = lastIndex(trace);
      setCursor((c) => (c >= wasLast ? lastIndex(v.trace) : c));
    },
  };
  const liveSource = useLive(liveHost);

  // Test hook (read-only): browser tests assert on the whole trace, not only the rows in the DOM.
  // `settled`: hydrated, the autosaved session (if any) is back and no run is under way, so a key
  // pressed now is not overtaken by a session arriving from the worker.
  const settled = restored && !busy && complete;
  // Once the first screen is settled, the panels behind tabs and buttons load while the page is idle.
  useEffect(() => {
    if (settled) preloadWhenIdle();
  }, [settled]);
  useEffect(() => {
    (window as unknown as { __workbench?: unknown }).__workbench = { trace, cursor, settled };
  }, [trace, cursor, settled]);

  const select = useCallback((seq: number) => setSelected(seq), []);
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
        hosts={hosts}
        status={
          status
            ? t(status.key, {
                ...status.params,
                // Ids become words: "Cliente tras NAT", not "client-nat".
                topology: t(`net.preset.${status.params?.topology}.title`),
                mode: t(`ui.mode.${status.params?.mode}`),
              })
            : t("ui.status.ready", { n: inputs.length })
        }
        onChange={(next) => {
          changeSettings(next);
          focusDiagram();
        }}
      />
      <div className={styles.body} ref={bodyRef} style={split.style}>
        <div className={styles.left}>
          <Teaching
            host={teachingHost}
            lessonRequest={lessonRequest}
            sourceButton={liveSource.button}
            sourcePanel={liveSource.panel}
          />
          <ClassroomBar
            onOpenLesson={(id) => setLessonRequest((r) => ({ id, n: (r?.n ?? 0) + 1 }))}
            onNewSession={newSession}
            onWideTerminal={wideTerminal}
          />
          <StepControls
            cursor={cursor}
            last={last}
            command={command}
            playing={playing}
            speed={speed}
            fold={fold}
            onStep={step}
            onPlay={(p) => setPlaying(p && cursor < last)}
            onCursor={moveTo}
            onSpeed={(v) => (setSpeed(v), focusDiagram())}
            onFold={(v) => (setFold(v), focusDiagram())}
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
                <PacketList trace={trace} cursor={cursor} onCursor={moveTo} />
              </Suspense>
            )}
          />
          <Narrator trace={trace} cursor={cursor} />
        </div>
        <Splitter share={split.share} onShare={split.set} body={bodyEl} />
        <div className={styles.right}>
          {/* TERMINAL SLOT: components/terminal/terminal-panel.tsx renders here (see terminal-slot.tsx). */}
          <TerminalSlot
            trace={trace}
            cursor={cursor}
            lang={lang}
            ready={run.ready && !viewed && !busy}
            readOnly={viewed !== null && !liveShowing}
            onLine={typeLine}
            onInterrupt={interrupt}
            onSelect={select}
          />
          <SidePanels
            panels={[
              {
                id: "inspector",
                labelKey: "ui.side.inspector",
                render: () => (
                  <Inspector entry={shown} pinned={selected !== null} onUnpin={() => setSelected(null)} />
                ),
              },
              {
                id: "audit",
                labelKey: "ui.side.audit",
                render: () => (
                  <Suspense fallback={<Loading />}>
                    <AuditPanel configText={settings.config} lang={lang} onRunDemo={loadScenario} />
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
