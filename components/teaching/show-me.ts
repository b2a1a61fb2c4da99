import type { LessonStep } from "@/lib/lessons/types";

/**
 * A step has a Show me when it types, switches settings, or has rows to point at. Its own file: the
 * teaching bar asks it without loading the lessons panel (and with it the course).
 */
export const hasShowMe = (step: LessonStep): boolean => Boolean(step.commands || step.switchTo || step.check);
