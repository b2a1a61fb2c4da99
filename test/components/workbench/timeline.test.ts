// Over 300 lines: one suite for the one reducer, sharing the worker round trip; each describe is one thing a learner relies on.
/**
 * The workbench's timeline (components/workbench/timeline.ts), driven as the page drives it: each run
 * is asked for with a request, simulated by the worker's own job (runJob, the same code the Web Worker
 * runs) and lands with runFinished. What is asserted is what the learner sees: which trace is on screen,
 * where the cursor is, what the inspector pins, whether typing is possible.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { resetJobs, runJob } from "@/components/sim-worker/jobs";
import { traceOf as joined } from "@/components/sim-worker/protocol";
import {
  DEFAULT_COMMANDS,
  DEFAULT_SETTINGS,
  START_COMMANDS,
  toScenario,
  type Settings,
} from "@/components/workbench/settings";
import {
  acceptsInput,
  initialTimeline,
  lastOf,
  liveShowing,
  readOnly,
  rowsOf,
  timeline,
  traceOf,
  type Action,
  type FirstRun,
  type Request,
  type Timeline,
} from "@/components/workbench/timeline";
import {
  baseOf,
  interruptRequest,
  loadRequest,
  restoreRequest,
  nextTyped,
  settingsRequest,
  typeRequest,
} from "@/components/workbench/timeline-requests";
import { openSession } from "@/lib/sim/session";
import type { TraceEntry } from "@/lib/trace/types";

const lines = (...ls: string[]) => ls.map((line) => ({ line }));

/** The build-time first visit (app/first-visit.ts does the same). */
function firstVisit(): FirstRun {
  const s = openSession(toScenario(DEFAULT_SETTINGS));
  s.typeAll(lines(...DEFAULT_COMMANDS));
  return { trace: s.trace, ready: s.ready, problems: s.problems };
}

let id = 1;
/** The hook's round trip: runStarted, the worker's job, runFinished (or runRefused). */
const perform = (s: Timeline, request: Request, animate = false): Timeline =>
  arrive(timeline(s, { type: "runStarted", request }), request, animate);

/** The second half of the round trip: the worker's job for a run under way, and its arrival. */
function arrive(started: Timeline, request: Request, animate = false): Timeline {
  const base = baseOf(started, request);
  const input = { scenario: toScenario(request.settings), inputs: request.inputs, ...(base ? { base } : {}) };
  const reply = runJob({ id: id++, job: "simulate", input });
  if (!reply.ok) return timeline(started, { type: "runRefused", request, problem: reply.problem });
  const r = reply.result;
  const held = base ? started.run.trace : [];
  const run = { trace: joined(r, held), ready: r.ready, problems: r.problems, token: r.token };
  return timeline(started, { type: "runFinished", request, run, animate });
}

const reduce = (s: Timeline, ...actions: Action[]) => actions.reduce(timeline, s);
const type = (s: Timeline, line: string, animate = false) =>
  perform(s, typeRequest(s, line)!.request, animate);
const verbs = (trace: readonly TraceEntry[]) =>
  trace.flatMap((e) => (e.kind === "CommandSent" ? [e.verb] : []));
const entry = (n: number, kind: TraceEntry["kind"] = "CommandSent"): TraceEntry =>
  ({
    seq: n,
    t: n,
    step: -1,
    layer: "ftp",
    kind,
    verb: "NOOP",
    from: { host: "client", addr: "10.0.0.1", port: 40000 },
    to: { host: "server", addr: "10.0.0.2", port: 21 },
  }) as TraceEntry;

const first = firstVisit();
/** A learner's own session (restored, typed beyond the first visit), the cursor at its end. */
let mine: Timeline;

beforeEach(() => {
  resetJobs();
  const fresh = timeline(initialTimeline(first), { type: "restoreSkipped" });
  mine = reduce(type(fresh, "pwd"), { type: "step", step: "end" });
});

describe("a new run replaces what the diagram shows (issue 15 item 1)", () => {
  it("switching passive → active at the end of a session shows the active session, nothing pinned", () => {
    expect(verbs(traceOf(mine))).toContain("PASV");
    const pinned = reduce(mine, { type: "select", seq: 3 });
    const active: Settings = { ...mine.settings, mode: "active" };
    const request = settingsRequest(pinned, active);

    // While the worker runs, the strip shows the choice and the diagram still the old session.
    const waiting = timeline(pinned, { type: "runStarted", request });
    expect(waiting.settings.mode).toBe("active");
    expect(waiting.pending).toBe(true);
    expect(acceptsInput(waiting)).toBe(false);

    const after = perform(pinned, request);
    expect(verbs(traceOf(after))).toContain("PORT");
    expect(verbs(traceOf(after))).not.toContain("PASV");
    expect(after.inputs).toEqual(mine.inputs);
    expect(after.cursor).toBe(lastOf(after));
    expect(after.selected).toBeNull();
    expect(after.follow).toBeNull();
    expect(after.status?.key).toBe("ui.status.newSession");
  });

  it("a refused choice is undone, so strip and diagram never disagree", () => {
    const request = settingsRequest(mine, { ...mine.settings, topology: "client-nat" });
    const started = timeline(mine, { type: "runStarted", request });
    const refused = timeline(started, { type: "runRefused", request, problem: { key: "ui.sim.tooSlow" } });
    expect(refused.settings).toEqual(mine.settings);
    expect(refused.run).toBe(mine.run);
    expect(refused.pending).toBe(false);
    expect(refused.status?.key).toBe("ui.sim.tooSlow");
  });

  it("another protocol starts from its own first commands", () => {
    const request = settingsRequest(mine, { ...mine.settings, protocol: "tftp" });
    expect(request.inputs).toEqual(lines(...START_COMMANDS.tftp));
    expect(settingsRequest(mine, { ...mine.settings, alg: true }).inputs).toBe(mine.inputs);
  });

  it("a run that a newer one replaced changes nothing", () => {
    const request = settingsRequest(mine, { ...mine.settings, mode: "active" });
    expect(timeline(mine, { type: "runSuperseded", request })).toBe(mine);
  });
});

describe("stepping moves the cursor over the committed run", () => {
  it("never re-simulates and clamps at both ends", () => {
    const atEnd = reduce(mine, { type: "step", step: "forward" });
    expect(atEnd.cursor).toBe(lastOf(mine));
    expect(atEnd.run).toBe(mine.run);
    expect(reduce(mine, { type: "seek", cursor: 10_000 }).cursor).toBe(lastOf(mine));
    expect(reduce(mine, { type: "seek", cursor: -4 }).cursor).toBe(0);
    const start = reduce(mine, { type: "step", step: "start" }, { type: "step", step: "back" });
    expect(start.cursor).toBe(0);
    expect(reduce(start, { type: "step", step: "commandBack" }).cursor).toBe(0);
  });

  it("Play at the end does not start; Play ticks by row and stops at the end", () => {
    expect(reduce(mine, { type: "play", on: true }).playing).toBe(false);
    expect(reduce(mine, { type: "step", step: "toggle" }).playing).toBe(false);
    const folded = reduce(mine, { type: "fold", fold: true }, { type: "step", step: "start" });
    const playing = reduce(folded, { type: "play", on: true });
    const rows = rowsOf(traceOf(mine), true);
    expect(reduce(playing, { type: "tick" }).cursor).toBe(rows[1]!.first);
    let s = playing;
    for (let i = 0; i < rows.length + 2; i++) s = timeline(s, { type: "tick" });
    expect(s.cursor).toBe(lastOf(mine));
    expect(s.playing).toBe(false);
  });

  it("moving the cursor unpins the inspector", () => {
    const pinned = reduce(mine, { type: "select", seq: 2 });
    expect(pinned.selected).toBe(2);
    expect(reduce(pinned, { type: "step", step: "back" }).selected).toBeNull();
  });
});

describe("typing", () => {
  it("at the end extends the run and plays the new entries live from the old end", () => {
    const request = typeRequest(mine, "ls")!.request;
    expect(request.extend).toBe(true);
    const before = traceOf(mine).length;
    const typed = perform(mine, request, true);
    expect(traceOf(typed).slice(0, before)).toEqual(traceOf(mine));
    expect(typed.cursor).toBe(before);
    expect(typed.follow?.until).toBe(lastOf(typed));
    let s = typed;
    for (let i = 0; i < lastOf(typed); i++) s = timeline(s, { type: "followTick" });
    expect(s.cursor).toBe(lastOf(typed));
    expect(s.follow).toBeNull();
  });

  it("with reduced motion the new end is shown at once", () => {
    const typed = type(mine, "ls");
    expect(typed.cursor).toBe(lastOf(typed));
    expect(typed.follow).toBeNull();
  });

  it("a stale playback tick after the learner stepped does not move the cursor", () => {
    const typed = type(mine, "ls", true);
    const stepped = reduce(typed, { type: "step", step: "start" }, { type: "followTick" });
    expect(stepped.cursor).toBe(0);
  });

  it("a seek during the playback ends it (a predict question's position is not overrun)", () => {
    const typed = type(mine, "ls", true);
    const sought = reduce(typed, { type: "seek", cursor: 2 }, { type: "followTick" }, { type: "followTick" });
    expect(sought.cursor).toBe(2);
    expect(sought.follow).toBeNull();
  });

  it("a new session arriving during the playback shows its own end, not the old playback's target", () => {
    const typed = type(mine, "ls", true);
    const request = settingsRequest(typed, { ...typed.settings, mode: "active" });
    const after = reduce(perform(typed, request, true), { type: "followTick" });
    expect(after.cursor).toBe(lastOf(after));
    expect(after.follow).toBeNull();
  });

  it("after stepping back asks to discard what came after, and replays up to the cursor", () => {
    const back = reduce(mine, { type: "step", step: "commandBack" });
    const asked = typeRequest(back, "ls")!;
    expect(asked.discard).toBe(1); // the `pwd` after the cursor's command
    expect(asked.request.inputs).toEqual([...lines(...DEFAULT_COMMANDS), { line: "ls" }]);
    const after = perform(back, asked.request);
    expect(verbs(traceOf(after))).not.toContain("PWD");
  });

  it("the untouched first visit continues at its end without asking", () => {
    const fresh = initialTimeline(first);
    expect(fresh.cursor).toBe(0);
    expect(typeRequest(fresh, "pwd")!.discard).toBeUndefined();
  });

  it("Ctrl+C replays the command at the cursor and interrupts it there", () => {
    const request = interruptRequest(mine)!;
    const last = request.inputs[request.inputs.length - 1];
    expect(last).toHaveProperty("interruptAfterMs");
    expect(request.inputs).toHaveLength(mine.inputs.length + 1);
  });
});

describe("lines typed ahead (a paste, or typing while a command runs)", () => {
  /** The hook's feeding: the first waiting line starts only when nextTyped says so. */
  function feed(s: Timeline, animate = false): Timeline {
    const next = nextTyped(s);
    if (next === null) return s;
    expect(next.discard).toBeUndefined();
    return perform(timeline(s, { type: "typedTaken" }), next.request, animate);
  }

  it("wait while a run is under way, then run one at a time, each on a session holding the one before", () => {
    const pasted = ["pwd", "lpwd", "pwd", "syst"];
    // The paste lands while `ls` is still in the worker: nothing starts until its run arrives.
    const request = typeRequest(mine, "ls")!.request;
    const inFlight = reduce(mine, { type: "runStarted", request }, { type: "typed", lines: pasted });
    expect(nextTyped(inFlight)).toBeNull();
    let s = arrive(inFlight, request, true);
    expect(s.typed).toEqual(pasted);
    for (let i = 0; i < pasted.length; i++) {
      const next = nextTyped(s);
      expect(next).not.toBeNull();
      const started = timeline(timeline(s, { type: "typedTaken" }), {
        type: "runStarted",
        request: next!.request,
      });
      // While that line's run is under way the next line waits, whatever the panels show.
      expect(nextTyped(started)).toBeNull();
      s = feed(s, true);
    }
    expect(s.typed).toEqual([]);
    expect(s.inputs).toEqual([...mine.inputs, ...lines("ls", ...pasted)]);
    expect(verbs(traceOf(s)).slice(-3)).toEqual(["PWD", "PWD", "SYST"]);
  });

  it("a line taken while the previous one still plays live continues the session (no discard asked)", () => {
    let s = timeline(mine, { type: "typed", lines: ["pwd", "pwd"] });
    s = feed(s, true);
    expect(s.follow).not.toBeNull();
    expect(s.cursor).toBeLessThan(lastOf(s));
    s = feed(s, true);
    expect(s.typed).toEqual([]);
    expect(verbs(traceOf(s)).filter((v) => v === "PWD")).toHaveLength(3);
  });

  it("are forgotten by Ctrl+C, by an imported trace and by a new session", () => {
    const waiting = timeline(mine, { type: "typed", lines: ["pwd", "ls"] });
    expect(timeline(waiting, { type: "typedDropped" }).typed).toEqual([]);
    expect(timeline(waiting, { type: "view", trace: [entry(1)] }).typed).toEqual([]);
    expect(timeline(waiting, { type: "newSession", first }).typed).toEqual([]);
    // Nothing waiting: the state is the same object (the panels memoised on it do not render).
    expect(timeline(mine, { type: "typedDropped" })).toBe(mine);
  });

  it("never wait under another trace (an import, a real session) to run into the learner's later", () => {
    const hosts = [{ name: "client", role: "client", addrs: ["127.0.0.1:1"], features: [] }];
    const waiting = timeline(mine, { type: "typed", lines: ["pwd"] });
    const watching = timeline(waiting, { type: "live", view: { trace: [entry(1)], hosts } });
    expect(watching.typed).toEqual([]);
    // Typed while the real client's session is on screen: that terminal is not this one.
    const typedThere = timeline(watching, { type: "typed", lines: ["ls"] });
    expect(typedThere.typed).toEqual([]);
    const back = timeline(typedThere, { type: "live", view: null });
    expect(nextTyped(back)).toBeNull();
  });
});

describe("an imported trace", () => {
  const imported = [entry(0), entry(1), entry(2)];

  it("is shown read-only from its first message and gives the learner's session back", () => {
    const viewing = reduce(mine, { type: "view", trace: imported });
    expect(traceOf(viewing)).toBe(imported);
    expect(viewing.cursor).toBe(0);
    expect(readOnly(viewing)).toBe(true);
    expect(acceptsInput(viewing)).toBe(false);
    expect(typeRequest(viewing, "ls")).toBeNull();
    expect(interruptRequest(viewing)).toBeNull();
    const back = reduce(viewing, { type: "view", trace: null });
    expect(traceOf(back)).toBe(mine.run.trace);
    expect(back.cursor).toBe(lastOf(mine));
  });

  it("is closed by a lesson's load", () => {
    const viewing = reduce(mine, { type: "view", trace: imported });
    const loaded = perform(viewing, loadRequest(mine.settings, mine.inputs, { cursor: 3 }));
    expect(loaded.viewed).toBeNull();
    expect(loaded.cursor).toBe(3);
  });
});

describe("the live view (npm run ftpd -- --live)", () => {
  const hosts = [{ name: "client", role: "client", addrs: ["127.0.0.1:1"], features: [] }];

  it("overrides the diagram, follows new messages at the end only, and returns", () => {
    const one = { trace: [entry(0), entry(1)], hosts };
    const on = reduce(mine, { type: "step", step: "start" }, { type: "live", view: one });
    expect(liveShowing(on)).toBe(true);
    expect(traceOf(on)).toBe(one.trace);
    expect(on.cursor).toBe(1);
    expect(readOnly(on)).toBe(false); // the real client types, not this terminal
    expect(typeRequest(on, "ls")).toBeNull();

    const grown = reduce(on, { type: "live", view: { trace: [...one.trace, entry(2)], hosts } });
    expect(grown.cursor).toBe(2);
    const steppedBack = reduce(grown, { type: "seek", cursor: 0 });
    const more = reduce(steppedBack, { type: "live", view: { trace: [...traceOf(grown), entry(3)], hosts } });
    expect(more.cursor).toBe(0);

    const off = reduce(more, { type: "live", view: null });
    expect(liveShowing(off)).toBe(false);
    expect(traceOf(off)).toBe(mine.run.trace);
    expect(off.cursor).toBe(lastOf(mine));
  });

  it("stopping it after an import replaced it leaves the import on screen", () => {
    const imported = [entry(0)];
    const s = reduce(
      mine,
      { type: "live", view: { trace: [entry(0), entry(1)], hosts } },
      { type: "view", trace: imported },
      { type: "live", view: null },
    );
    expect(traceOf(s)).toBe(imported);
  });
});

describe("the autosaved session", () => {
  it("comes back at its saved cursor, clamped to the run, and opens autosave", () => {
    const fresh = initialTimeline(first);
    expect(fresh.restored).toBe(false);
    const saved = {
      settings: { ...DEFAULT_SETTINGS, mode: "active" as const },
      inputs: mine.inputs,
      cursor: 9999,
    };
    const back = perform(fresh, restoreRequest(saved));
    expect(back.restored).toBe(true);
    expect(back.demo).toBe(false);
    expect(back.settings.mode).toBe("active");
    expect(verbs(traceOf(back))).toContain("PORT");
    expect(back.cursor).toBe(lastOf(back));
    const older = perform(fresh, restoreRequest({ ...saved, cursor: 4 }));
    expect(older.cursor).toBe(4);
  });

  it("a restore replaced or refused keeps the first visit and still opens autosave", () => {
    const fresh = initialTimeline(first);
    const request = restoreRequest({ settings: DEFAULT_SETTINGS, inputs: mine.inputs, cursor: 0 });
    const superseded = timeline(fresh, { type: "runSuperseded", request });
    expect(superseded.restored).toBe(true);
    const refused = timeline(fresh, { type: "runRefused", request, problem: { key: "ui.sim.tooSlow" } });
    expect(refused.restored).toBe(true);
    expect(refused.run).toBe(fresh.run);
  });
});

describe("a new session", () => {
  it("is the first visit at message 0, whatever was on screen", () => {
    const busy = reduce(mine, { type: "fold", fold: true }, { type: "view", trace: [entry(0)] });
    const fresh = timeline(busy, { type: "newSession", first });
    expect(traceOf(fresh)).toBe(first.trace);
    expect(fresh.cursor).toBe(0);
    expect(fresh.demo).toBe(true);
    expect(fresh.inputs).toEqual(lines(...DEFAULT_COMMANDS));
    expect(fresh.restored).toBe(true);
    expect(fresh.fold).toBe(true);
    expect(fresh.status?.key).toBe("ui.wb.newSessionDone");
  });
});
