"use client";
/**
 * The workbench's single client root. It owns the scenario settings, the typed commands, the
 * simulation session, the cursor and the selected entry; every panel renders from these.
 */
import { useCallback, useEffect, useEffectEvent, useMemo, useState } from "react";
import type { Params } from "@/lib/i18n";
import type { TraceEntry } from "@/lib/trace/types";
import { useLang } from "@/components/i18n/lang-context";
import { SequenceDiagram } from "@/components/sequence/sequence-diagram";
import { buildRows } from "@/components/sequence/rows";
import { StepControls, type StepAction } from "@/components/controls/step-controls";
import { commandBack, commandForward, messageBack, messageForward } from "@/components/controls/stepping";
import { Inspector } from "@/components/inspector/inspector";
import { TopologyStrip } from "@/components/topology/topology-strip";
import { DEFAULT_COMMANDS, DEFAULT_SETTINGS, toScenario, type Settings } from "./settings";
import { describeHosts, openSession, type FtpSession } from "./use-session";
import { TerminalSlot } from "./terminal-slot";
import { useStepKeys, type KeyAction } from "./use-keyboard";
import styles from "./workspace.module.css";

/** What the learner did at the client, replayed when a setting changes. */
type Input = { readonly line: string } | { readonly interruptAfterMs: number };

interface Run {
  readonly session: FtpSession;
  readonly trace: readonly TraceEntry[];
  readonly ready: boolean;
}

const INTERRUPT_AFTER_MS = 50;
const PLAY_MS = 900;

function startRun(settings: Settings, inputs: readonly Input[]): Run {
  const session = openSession(toScenario(settings));
  for (const i of inputs) {
    if ("line" in i) session.type(i.line);
    else session.interrupt(i.interruptAfterMs);
  }
  return { session, trace: session.trace, ready: session.ready };
}

const lastIndex = (trace: readonly TraceEntry[]) => Math.max(0, trace.length - 1);

export function Workspace() {
  const { lang, t } = useLang();
  const [settings, setSettings] = useState(DEFAULT_SETTINGS);
  const [inputs, setInputs] = useState<readonly Input[]>(() => DEFAULT_COMMANDS.map((line) => ({ line })));
  const [run, setRun] = useState(() => startRun(DEFAULT_SETTINGS, inputs));
  const [cursor, setCursor] = useState(() => lastIndex(run.trace));
  const [selected, setSelected] = useState<number | null>(null);
  const [fold, setFold] = useState(false);
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState(1);
  const [status, setStatus] = useState<{ key: string; params?: Params } | null>(null);

  const { trace } = run;
  const last = lastIndex(trace);
  const rows = useMemo(() => buildRows(trace, fold), [trace, fold]);
  const hosts = useMemo(
    () => describeHosts(settings.topology, { alg: settings.alg, firewall: settings.firewall }),
    [settings.topology, settings.alg, settings.firewall],
  );
  const commands = useMemo(() => trace.filter((e) => e.kind === "CommandTyped").length, [trace]);

  const moveTo = useCallback((n: number) => {
    setSelected(null);
    setCursor(n);
  }, []);

  const step = (action: StepAction | KeyAction) => {
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

  const changeSettings = (next: Settings) => {
    const fresh = startRun(next, inputs);
    setSettings(next);
    setRun(fresh);
    setPlaying(false);
    moveTo(lastIndex(fresh.trace));
    const refused = fresh.session.problems;
    setStatus({
      key: refused.length ? "ui.status.serverRefused" : "ui.status.newSession",
      params: { topology: next.topology, mode: next.mode, n: inputs.length, problems: refused.join("; ") },
    });
  };

  const extend = (input: Input) => {
    const s = run.session;
    if ("line" in input) s.type(input.line);
    else s.interrupt(input.interruptAfterMs);
    setInputs((all) => [...all, input]);
    setRun({ session: s, trace: s.trace, ready: s.ready });
    setPlaying(false);
    moveTo(lastIndex(s.trace));
  };

  // Test hook (read-only): browser tests assert on the whole trace, not only the rows in the DOM.
  useEffect(() => {
    (window as unknown as { __workbench?: unknown }).__workbench = { trace, cursor };
  }, [trace, cursor]);

  const select = useCallback((seq: number) => setSelected(seq), []);
  const shown = trace[selected ?? cursor];

  return (
    <div className={styles.workspace}>
      <TopologyStrip
        settings={settings}
        hosts={hosts}
        status={
          status
            ? t(status.key, { ...status.params, mode: t(`ui.mode.${status.params?.mode}`) })
            : t("ui.status.ready", { n: inputs.length })
        }
        onChange={changeSettings}
      />
      <div className={styles.body}>
        <div className={styles.left}>
          <StepControls
            cursor={cursor}
            last={last}
            command={{ index: trace[cursor]?.step ?? -1, total: commands }}
            playing={playing}
            speed={speed}
            fold={fold}
            onStep={step}
            onPlay={(p) => setPlaying(p && cursor < last)}
            onCursor={moveTo}
            onSpeed={setSpeed}
            onFold={setFold}
          />
          <SequenceDiagram
            trace={trace}
            cursor={cursor}
            hosts={hosts}
            rows={rows}
            selected={selected}
            onSelect={select}
          />
        </div>
        <div className={styles.right}>
          {/* TERMINAL SLOT: components/terminal/terminal-panel.tsx renders here (see terminal-slot.tsx). */}
          <TerminalSlot
            trace={trace}
            cursor={cursor}
            lang={lang}
            ready={run.ready}
            onLine={(line) => extend({ line })}
            onInterrupt={() => extend({ interruptAfterMs: INTERRUPT_AFTER_MS })}
            onSelect={select}
          />
          <Inspector entry={shown} pinned={selected !== null} onUnpin={() => setSelected(null)} />
        </div>
      </div>
    </div>
  );
}
