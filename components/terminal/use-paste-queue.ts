/**
 * Lines wait their turn: a pasted block (or type-ahead while a command runs) is fed one line at a
 * time, the next only once the simulation has taken the previous one (the trace changed, or `ready`
 * went false and came back). Each line is fed from a fresh task so a 500-line paste keeps the page
 * responsive and every line shows up in the terminal and the diagram.
 */
import { useEffect, useEffectEvent, useRef, useState } from "react";
import type { TraceEntry } from "@/lib/trace/types";

interface Awaiting {
  readonly trace: readonly TraceEntry[];
  sawNotReady: boolean;
}

/** A line the workbench did not take within this time (the learner declined to discard) ends the queue. */
const REFUSED_AFTER_MS = 3000;

export function usePasteQueue(opts: {
  trace: readonly TraceEntry[];
  ready: boolean;
  onLine: (line: string) => void;
}) {
  const { trace, ready } = opts;
  const queueRef = useRef<string[]>([]);
  const awaitingRef = useRef<Awaiting | null>(null);
  const [waiting, setWaiting] = useState(0);

  const refusedCheck = useEffectEvent((a: Awaiting) => {
    if (awaitingRef.current !== a || a.sawNotReady || a.trace !== trace) return;
    awaitingRef.current = null;
    queueRef.current = [];
    setWaiting(0);
  });

  const give = useEffectEvent((line: string) => {
    const a: Awaiting = { trace, sawNotReady: false };
    awaitingRef.current = a;
    opts.onLine(line);
    setTimeout(() => refusedCheck(a), REFUSED_AFTER_MS);
  });

  const next = useEffectEvent(() => {
    if (awaitingRef.current || !ready) return;
    const line = queueRef.current.shift();
    setWaiting(queueRef.current.length);
    if (line !== undefined) give(line);
  });

  useEffect(() => {
    const a = awaitingRef.current;
    if (a) {
      if (!ready) {
        a.sawNotReady = true;
        return;
      }
      if (a.trace === trace && !a.sawNotReady) return;
      awaitingRef.current = null;
    }
    if (!ready || queueRef.current.length === 0) return;
    const id = setTimeout(() => next(), 0);
    return () => clearTimeout(id);
    // `waiting` is a dependency so that a newly queued line starts the feeding.
  }, [trace, ready, waiting]);

  return {
    waiting,
    /** Queues `line`; it runs as soon as the client waits for a line (at once if it does now). */
    submit(line: string): void {
      queueRef.current.push(line);
      setWaiting(queueRef.current.length);
    },
    /** Ctrl+C: forget the lines still waiting. */
    cancel(): void {
      queueRef.current = [];
      setWaiting(0);
    },
  };
}
