"use client";
/**
 * Actions whose identity never changes, each calling the newest version of itself. The workbench hands
 * them to panels it memoises (workspace.tsx): an action that closes over the timeline's state is a new
 * function on every render, which would re-render those panels on every step for nothing.
 */
import { useLayoutEffect, useState } from "react";

type Actions = Record<string, (...args: never[]) => unknown>;

/** Forwarders to whichever set of actions was handed to `set` last. */
export function relay<T extends Actions>(first: T) {
  let latest = first;
  const stable = Object.fromEntries(
    Object.keys(first).map((name) => [
      name,
      (...args: never[]) => (latest[name] as (...a: never[]) => unknown)(...args),
    ]),
  ) as T;
  return { stable, set: (next: T) => void (latest = next) };
}

export function useStableActions<T extends Actions>(actions: T): T {
  const [r] = useState(() => relay(actions));
  // Updated once the render is committed: actions run from events, which come after that.
  useLayoutEffect(() => r.set(actions));
  return r.stable;
}
