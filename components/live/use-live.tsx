"use client";
/**
 * The Live source: the workbench watching `npm run ftpd -- --live`. It checks the address (lib/live/
 * address.ts), asks /live/status first (so "unreachable" and "not ftpd" are told apart), then reads the
 * event stream into a LiveFeed and hands the chosen session's trace to the workbench as it grows. It is a
 * trace source beside the simulation, never part of it: it only calls `host.show`.
 */
import { Suspense, useEffect, useRef, useState, type ReactNode } from "react";
import { DEFAULT_LIVE_ADDRESS, parseLiveAddress } from "@/lib/live/address";
import type { LiveFeed, LiveSession } from "@/lib/live/feed";
import type { TraceEntry } from "@/lib/trace/types";
import type { HostView } from "@/components/workbench/use-session";
import { useLang } from "@/components/i18n/lang-context";
import { Loading, onNeed } from "@/components/workbench/loading";
import type { LiveState } from "./live-panel";

// The stream's reader (its entry check pulls every catalogue) and the panel load when the Live source
// is first opened: a page that never watches a real server never loads them.
const LivePanel = onNeed(
  () => import("./live-panel"),
  (m) => m.LivePanel,
);
const wire = () => Promise.all([import("@/lib/live/protocol"), import("@/lib/live/feed")]);

export interface LiveView {
  readonly trace: readonly TraceEntry[];
  readonly hosts: readonly HostView[];
}

export interface LiveHost {
  /** The diagram still shows what this source last gave it (a lesson or an import may have replaced it). */
  readonly showing: boolean;
  /** Shows a live session (the cursor follows new entries while it is at the end), or (null) stops. */
  show(view: LiveView | null): void;
}

/** How long /live/status may take before the address counts as unreachable. */
const STATUS_TIMEOUT_MS = 4000;
/** New entries reach the diagram at most this often (a busy class sends hundreds a second). */
const FLUSH_MS = 120;

const hostsOf = (s: LiveSession): HostView[] => [
  {
    name: "client",
    role: "client",
    addrs: [`${s.client.addr ?? "?"}:${s.client.port ?? "?"}`],
    features: [],
  },
  {
    name: "server",
    role: "server",
    addrs: [`${s.server.addr ?? "?"}:${s.server.port ?? "?"}`],
    features: [],
  },
];

export function useLive(host: LiveHost): { button: ReactNode; panel: ReactNode } {
  const { t } = useLang();
  const [open, setOpen] = useState(false);
  const [address, setAddress] = useState(DEFAULT_LIVE_ADDRESS);
  const [state, setState] = useState<LiveState>({ key: "live.state.idle" });
  const [connected, setConnected] = useState(false);
  const [sessions, setSessions] = useState<readonly LiveSession[]>([]);
  const [chosen, setChosen] = useState<number | null>(null);
  const feed = useRef<LiveFeed | null>(null);
  const source = useRef<EventSource | null>(null);
  const flushTimer = useRef<number | null>(null);
  const shown = useRef<readonly TraceEntry[] | null>(null);
  /** The learner chose a session: new ones no longer take the diagram over. */
  const pinned = useRef(false);
  const hostRef = useRef(host);
  const chosenRef = useRef(chosen);
  useEffect(() => {
    hostRef.current = host;
    chosenRef.current = chosen;
  });

  // Served by ftpd --live itself (one address is all a class needs), the page's own address is the live
  // one: asked once, when the panel first opens; an address the learner typed is left alone.
  const probed = useRef(false);
  useEffect(() => {
    if (!open || probed.current) return;
    probed.current = true;
    const own = parseLiveAddress(window.location.origin);
    if (!own.ok) return;
    void (async () => {
      const [{ LIVE_STATUS_PATH, LIVE_SERVER_NAME }] = await wire();
      const res = await fetch(own.base + LIVE_STATUS_PATH, { cache: "no-store" });
      const body: unknown = res.ok ? await res.json() : null;
      const isFtpd =
        typeof body === "object" &&
        body !== null &&
        (body as { server?: unknown }).server === LIVE_SERVER_NAME;
      if (isFtpd) setAddress((a) => (a === DEFAULT_LIVE_ADDRESS ? own.base : a));
    })().catch(() => undefined);
  }, [open]);

  const stop = () => {
    source.current?.close();
    source.current = null;
    if (flushTimer.current !== null) window.clearTimeout(flushTimer.current);
    flushTimer.current = null;
    setConnected(false);
  };
  useEffect(() => () => stop(), []);

  /** The chosen session to the diagram, if it grew and the diagram still shows the live view. */
  const push = (id: number | null, force: boolean) => {
    const f = feed.current;
    const s = id === null ? undefined : f?.session(id);
    if (!f || !s || (!force && !hostRef.current.showing)) return;
    const trace = f.entriesOf(s.id);
    if (!force && trace === shown.current) return;
    shown.current = trace;
    hostRef.current.show({ trace, hosts: hostsOf(s) });
  };

  const flush = () => {
    flushTimer.current = null;
    const f = feed.current;
    if (!f) return;
    const list = f.sessions();
    setSessions(list);
    if (f.problem) {
      setState({ ...f.problem, error: true });
      return stop();
    }
    // Until the learner picks one, the newest session is shown: each new client appears without a click.
    const newest = list[0]?.id ?? null;
    if (!pinned.current && newest !== null && newest !== chosenRef.current) {
      chosenRef.current = newest;
      setChosen(newest);
      return push(newest, true);
    }
    push(chosenRef.current, false);
  };
  const schedule = () => {
    if (flushTimer.current === null) flushTimer.current = window.setTimeout(flush, FLUSH_MS);
  };

  const connect = async () => {
    stop();
    const a = parseLiveAddress(address);
    if (!a.ok) return setState({ key: a.problem, error: true });
    const addr = a.base;
    const params = { addr, origin: window.location.origin };
    setState({ key: "live.state.connecting", params });
    const [{ LIVE_EVENTS_PATH, LIVE_SERVER_NAME, LIVE_STATUS_PATH, parseLive }, { LiveFeed }] = await wire();
    const abort = new AbortController();
    const timer = window.setTimeout(() => abort.abort(), STATUS_TIMEOUT_MS);
    try {
      const res = await fetch(addr + LIVE_STATUS_PATH, { cache: "no-store", signal: abort.signal });
      const body: unknown = await res.json().catch(() => null);
      const isFtpd =
        res.ok &&
        typeof body === "object" &&
        body !== null &&
        (body as { server?: unknown }).server === LIVE_SERVER_NAME;
      if (!isFtpd) return setState({ key: "live.state.notFtpd", params, error: true });
    } catch {
      return setState({ key: "live.state.unreachable", params, error: true });
    } finally {
      window.clearTimeout(timer);
    }
    feed.current = new LiveFeed();
    shown.current = null;
    chosenRef.current = null;
    pinned.current = false;
    setChosen(null);
    setSessions([]);
    const es = new EventSource(addr + LIVE_EVENTS_PATH);
    source.current = es;
    setConnected(true);
    es.onopen = () => {
      setState({ key: "live.state.connected", params: { addr, n: feed.current?.sessions().length ?? 0 } });
    };
    es.onmessage = (ev: MessageEvent<string>) => {
      const r = parseLive(ev.data);
      if (!r.ok)
        return setState({ key: "live.state.badMessage", params: { problem: r.problem }, error: true });
      if (feed.current?.apply(r.message)) schedule();
    };
    es.onerror = () => {
      // EventSource tries again by itself while it can; CLOSED means it gave up.
      if (es.readyState === EventSource.CLOSED) {
        stop();
        return setState({ key: "live.state.unreachable", params, error: true });
      }
      setState({ key: "live.state.lost", params, error: true });
    };
  };

  // The connected line keeps its session count current.
  useEffect(() => {
    if (!connected) return;
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the count follows the feed's sessions
    setState((s) =>
      s.key === "live.state.connected" ? { ...s, params: { ...s.params, n: sessions.length } } : s,
    );
  }, [connected, sessions.length]);

  const watch = (id: number) => {
    pinned.current = true;
    setChosen(id);
    chosenRef.current = id;
    push(id, true);
  };

  const button = (
    <button type="button" aria-expanded={open} data-testid="live-toggle" onClick={() => setOpen((o) => !o)}>
      <span aria-hidden="true">● </span>
      {t("live.button")}
    </button>
  );
  const panel = open ? (
    <Suspense fallback={<Loading />}>
      <LivePanel
        address={address}
        onAddress={setAddress}
        state={state}
        connected={connected}
        sessions={sessions}
        chosen={host.showing ? chosen : null}
        onConnect={() => void connect()}
        onDisconnect={() => {
          stop();
          setState({ key: "live.state.idle" });
        }}
        onWatch={watch}
        onClose={() => setOpen(false)}
      />
    </Suspense>
  ) : null;
  return { button, panel };
}
