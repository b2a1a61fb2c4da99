/**
 * The learner's session in localStorage (settings, typed inputs, cursor), so a reload continues where
 * the class was. What comes back is checked field by field: anything odd is ignored, never thrown.
 */
import { MODES, PROTOCOLS, type Settings } from "./settings";
import { DEFAULT_CLIENT_PROFILE, isClientProfileId } from "@/lib/ftp/client/profiles";
import { PRESET_NAMES, type TypedItem } from "./use-session";

export const SESSION_KEY = "ftpviz.session";

export interface Saved {
  readonly settings: Settings;
  readonly inputs: readonly TypedItem[];
  readonly cursor: number;
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null;

function asInput(v: unknown): TypedItem | null {
  if (!isObj(v)) return null;
  if (typeof v.line === "string") return { line: v.line };
  if (typeof v.interruptAfterMs === "number" && Number.isFinite(v.interruptAfterMs))
    return { interruptAfterMs: v.interruptAfterMs };
  return null;
}

function asSettings(v: unknown): Settings | null {
  if (!isObj(v)) return null;
  const { protocol, topology, alg, firewall, mode, config, extra, program } = v;
  if (!(PROTOCOLS as readonly unknown[]).includes(protocol)) return null;
  if (
    !(PRESET_NAMES as readonly unknown[]).includes(topology) ||
    !(MODES as readonly unknown[]).includes(mode)
  )
    return null;
  if (typeof alg !== "boolean" || typeof firewall !== "boolean" || typeof config !== "string") return null;
  if (program !== undefined && !isClientProfileId(program)) return null;
  const x = (isObj(extra) ? extra : {}) as NonNullable<Settings["extra"]>;
  return {
    protocol: protocol as Settings["protocol"],
    topology: topology as string,
    alg,
    firewall,
    mode: mode as Settings["mode"],
    program: program ?? DEFAULT_CLIENT_PROFILE,
    config,
    // Saved before the client had profiles: its lines were typed to `ftp -n` (no Name prompt at open).
    ...(program === undefined
      ? { extra: { ...x, client: { ...x.client, autologin: false } } }
      : isObj(extra)
        ? { extra: x }
        : {}),
  };
}

/** The saved session, or null when there is none or it does not look like one. */
export function loadSaved(): Saved | null {
  try {
    const raw = window.localStorage.getItem(SESSION_KEY);
    if (!raw) return null;
    const v: unknown = JSON.parse(raw);
    if (!isObj(v) || !Array.isArray(v.inputs) || v.inputs.length > 5000) return null;
    const settings = asSettings(v.settings);
    const inputs = v.inputs.map(asInput);
    if (!settings || inputs.some((i) => i === null)) return null;
    const cursor = typeof v.cursor === "number" && v.cursor >= 0 ? Math.floor(v.cursor) : 0;
    return { settings, inputs: inputs as TypedItem[], cursor };
  } catch {
    return null; // storage disabled or a corrupt value: start as a first visit
  }
}

export function save(s: Saved): void {
  try {
    window.localStorage.setItem(SESSION_KEY, JSON.stringify(s));
  } catch {
    // A full or disabled storage only loses the autosave, never the session on screen.
  }
}
