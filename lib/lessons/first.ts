/**
 * The course's first lesson, by name only: the "start here" tip links to it from the first screen,
 * which must not load the whole course (lib/lessons/index.ts) to do so. A test keeps it equal to LESSONS[0].
 */
export const FIRST_LESSON = { id: "connections", titleKey: "lesson.connections.title" } as const;
