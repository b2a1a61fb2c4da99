"use client";
/**
 * A lesson's progress in localStorage (key ftpviz.lesson.<id>), read defensively, so it survives a
 * reload; and the step checks re-evaluated whenever the trace changes.
 */
import { useCallback, useEffect, useState } from "react";
import type { Lesson } from "@/lib/lessons";
import { advance, readProgress, START, type LessonProgress } from "@/lib/lessons/progress";
import type { TraceEntry } from "@/lib/trace/types";

const key = (id: string) => `ftpviz.lesson.${id}`;

export function loadProgress(lesson: Lesson): LessonProgress {
  try {
    const raw = window.localStorage.getItem(key(lesson.id));
    return raw ? readProgress(JSON.parse(raw), lesson) : START;
  } catch {
    return START; // storage disabled or the stored value is not JSON: start afresh
  }
}

function saveProgress(lesson: Lesson, p: LessonProgress): void {
  try {
    window.localStorage.setItem(key(lesson.id), JSON.stringify(p));
  } catch {
    // not remembered, but the lesson still works for this page
  }
}

export function useLessonProgress(lesson: Lesson | undefined, trace: readonly TraceEntry[]) {
  const [progress, setProgress] = useState<LessonProgress>(START);
  const [loadedFor, setLoadedFor] = useState<string | null>(null);
  if (lesson && loadedFor !== lesson.id) {
    // Switching lessons: read that lesson's stored progress during render (no flash of step 1).
    setLoadedFor(lesson.id);
    setProgress(loadProgress(lesson));
  }
  const update = useCallback(
    (p: LessonProgress) => {
      if (!lesson) return;
      setProgress(p);
      saveProgress(lesson, p);
    },
    [lesson],
  );
  useEffect(() => {
    if (!lesson || loadedFor !== lesson.id) return;
    const next = advance(lesson, progress, trace);
    // A one-way merge (done steps only grow), so this settles after one extra render.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (next !== progress) update(next);
  }, [lesson, loadedFor, progress, trace, update]);
  return [progress, update] as const;
}
