"use client";
/**
 * The workbench's timeline (timeline.ts) wired to the world: runs go to the background worker
 * (components/sim-worker), Play and a just-typed command's playback tick on the page's clock, the
 * session is restored from and saved to localStorage, and the stepping keys act on it. Everything that
 * decides what the screen shows is in the pure reducer; this hook only performs what it asks for.
 */
import { useEffect, useEffectEvent, useMemo, useReducer } from "react";
import type { Scenario } from "@/lib/sim/scenario";
import type { TypedItem } from "@/lib/sim/kernel/keyboard";
import type { TraceEntry } from "@/lib/trace/types";
import { traceHosts } from "@/lib/trace/hosts";
import { useLang } from "@/components/i18n/lang-context";
import { FRAGMENT_PREFIX } from "@/components/share/fragment";
import { useSimulation } from "@/components/sim-worker/use-simulation";
import { traceOf as joined } from "@/components/sim-worker/protocol";
import type { PlayAt } from "@/components/teaching/host";
import type { LiveView } from "@/components/live/use-live";
import { fromScenario, toScenario, type Settings } from "./settings";
import { describeHosts, type HostView } from "./use-session";
import { loadSaved, save } from "./autosave";
import { useStepKeys } from "./use-keyboard";
import {
  acceptsInput,
  initialTimeline,
  lastOf,
  liveShowing,
  readOnly,
  rowsOf,
  timeline,
  traceOf,
  type FirstRun,
  type Request,
  type StepKind,
} from "./timeline";
import {
  baseOf,
  interruptRequest,
  loadRequest,
  nextTyped,
  restoreRequest,
  scenarioRequest,
  settingsRequest,
} from "./timeline-requests";

const PLAY_MS = 900;

const reducedMotion = () =>
  typeof window !== "undefined" && window.matchMedia?.("(prefers-reduced-motion: reduce)").matches === true;

type Outcome = "applied" | "refused" | "superseded";

export function useTimeline(first: FirstRun) {
  const { t, complete } = useLang();
  const [s, dispatch] = useReducer(timeline, first, initialTimeline);
  const sim = useSimulation();

  /**
   * Runs a request in the worker (time-budgeted). A run stopped by a budget changes nothing: the
   * learner's session stays and the status says why. An extending run gets only the new entries back.
   */
  const start = (request: Request): Promise<Outcome> => {
    dispatch({ type: "runStarted", request });
    const base = baseOf(s, request);
    const held = s.run.trace;
    return sim.run(toScenario(request.settings), request.inputs, base).then((out) => {
      if (!out.ok && "superseded" in out) {
        dispatch({ type: "runSuperseded", request });
        return "superseded";
      }
      if (!out.ok) {
        dispatch({ type: "runRefused", request, problem: out.problem });
        return "refused";
      }
      const r = out.result;
      const run = { trace: joined(r, held), ready: r.ready, problems: r.problems, token: r.token };
      dispatch({ type: "runFinished", request, run, animate: !reducedMotion() });
      return "applied";
    });
  };

  // Actions that only move over the committed run keep their identity (panels memoise on them).
  const moves = useMemo(
    () => ({
      step: (kind: StepKind) => dispatch({ type: "step", step: kind }),
      seek: (n: number) => dispatch({ type: "seek", cursor: n }),
      select: (seq: number | null) => dispatch({ type: "select", seq }),
      play: (on: boolean) => dispatch({ type: "play", on }),
      setSpeed: (speed: number) => dispatch({ type: "speed", speed }),
      setFold: (fold: boolean) => dispatch({ type: "fold", fold }),
      view: (v: readonly TraceEntry[] | null) => dispatch({ type: "view", trace: v }),
      showLive: (v: LiveView | null) => dispatch({ type: "live", view: v }),
    }),
    [],
  );
  useStepKeys(moves.step);

  useEffect(() => {
    if (!s.playing) return;
    const id = window.setInterval(() => dispatch({ type: "tick" }), PLAY_MS / s.speed);
    return () => window.clearInterval(id);
  }, [s.playing, s.speed]);

  // A just-arrived run plays live; the playback ends by itself at its target (the reducer clears it).
  useEffect(() => {
    if (!s.follow) return;
    const id = window.setInterval(() => dispatch({ type: "followTick" }), s.follow.ms);
    return () => window.clearInterval(id);
  }, [s.follow]);

  /*
   * Typed lines wait in the timeline and start one at a time, from the committed state: the next only
   * once the run of the one before has arrived and the client waits again. Deciding this here, not in
   * the terminal, means no panel's (deferred) view of the session can start a line on a session that
   * lacks the line before it.
   */
  const feed = useEffectEvent(() => {
    const next = nextTyped(s);
    if (next === null) return;
    if (next.discard && !window.confirm(t("ui.confirm.discard", { n: next.discard })))
      return dispatch({ type: "typedDropped" });
    dispatch({ type: "typedTaken" });
    void start(next.request);
  });
  const feedable = acceptsInput(s) && s.typed.length > 0;
  useEffect(() => {
    if (feedable) feed();
  }, [feedable, s.typed]);

  // The autosaved session comes back once, after hydration (a share link in the URL wins over it).
  const restore = useEffectEvent(() => {
    const saved = window.location.hash.slice(1).startsWith(FRAGMENT_PREFIX) ? null : loadSaved();
    if (!saved) return dispatch({ type: "restoreSkipped" });
    // Autosave resumes once the saved session is back (or refused), so a reload meanwhile keeps it.
    void start(restoreRequest(saved));
  });
  useEffect(() => restore(), []);
  const { restored, viewed, settings, inputs, cursor } = s;
  useEffect(() => {
    if (restored && !viewed) save({ settings, inputs, cursor });
  }, [restored, viewed, settings, inputs, cursor]);

  const trace = traceOf(s);
  const rows = rowsOf(trace, s.fold);
  // `settled`: hydrated, the autosaved session (if any) is back and no run is under way, so a key
  // pressed now is not overtaken by a session arriving from the worker.
  const settled = s.restored && !s.pending && complete;
  // Test hook (read-only): browser tests assert on the whole trace, not only the rows in the DOM.
  useEffect(() => {
    (window as unknown as { __workbench?: unknown }).__workbench = { trace, cursor, settled };
  }, [trace, cursor, settled]);

  const simHosts = useMemo(
    () => describeHosts(settings.topology, { alg: settings.alg, firewall: settings.firewall }),
    [settings.topology, settings.alg, settings.firewall],
  );
  const showingLive = liveShowing(s);
  // A real session's lifelines carry the real addresses, not the simulated topology's.
  const hosts: readonly HostView[] = showingLive && s.live ? s.live.hosts : simHosts;
  // An imported trace is drawn with its own hosts' addresses, not the page's topology's.
  const laneHosts = useMemo(
    () =>
      viewed && !showingLive
        ? traceHosts(viewed).map((h): HostView => ({ ...h, role: "", features: [] }))
        : hosts,
    [viewed, showingLive, hosts],
  );

  return {
    state: s,
    trace,
    last: lastOf(s),
    rows,
    hosts,
    laneHosts,
    settled,
    liveShowing: showingLive,
    /** The client waits for a line and none is under way (the terminal shows its prompt). */
    ready: acceptsInput(s),
    /** Typed lines still waiting their turn. */
    queued: s.typed.length,
    readOnly: readOnly(s),
    ...moves,
    changeSettings: (next: Settings) => void start(settingsRequest(s, next)),
    /** A whole scenario (a security demo): its settings and its commands, played live. */
    loadScenario: (scenario: Scenario) => {
      const { settings: next, inputs: items } = fromScenario(scenario);
      void start(scenarioRequest(next, items));
    },
    /** Lines typed or pasted at the terminal: they run in turn (see the feeding effect above). */
    typeLines: (lines: readonly string[]) => dispatch({ type: "typed", lines }),
    /** Ctrl+C: the lines still waiting are forgotten; a command still running is replayed and interrupted. */
    interrupt: (running: boolean) => {
      dispatch({ type: "typedDropped" });
      const request = running ? interruptRequest(s) : null;
      if (request) void start(request);
    },
    /** Teaching (lessons, presenter, predict, share links) replaces the session only through this. */
    load: (scenario: Scenario, items: readonly TypedItem[], at: PlayAt) =>
      start(loadRequest(fromScenario(scenario).settings, items, at)).then((o) => o === "applied"),
    /** Back to the first visit: the short LAN session at message 0, Play ready. */
    newSession: () => {
      sim.cancel();
      dispatch({ type: "newSession", first });
    },
  };
}
