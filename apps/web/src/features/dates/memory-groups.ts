import type { Memory } from '@tandem/shared';

export interface MemoryMonth {
  /** YYYY-MM. */
  month: string;
  items: Memory[];
}

const newestFirst = (a: Memory, b: Memory) =>
  b.day.localeCompare(a.day) || b.createdAt.localeCompare(a.createdAt);

/** The timeline: newest first, in months. */
export function memoriesByMonth(memories: readonly Memory[]): MemoryMonth[] {
  const months: MemoryMonth[] = [];
  for (const memory of [...memories].sort(newestFirst)) {
    const month = memory.day.slice(0, 7);
    const last = months.at(-1);
    if (last?.month === month) last.items.push(memory);
    else months.push({ month, items: [memory] });
  }
  return months;
}

/** A date's own memories, newest first. */
export const memoriesOf = (memories: readonly Memory[], dateId: string) =>
  memories.filter((memory) => memory.dateId === dateId).sort(newestFirst);

const ALT_LENGTH = 140;

/** A photo's alternative text: its memory's note, the first line, kept short. */
export function photoAlt(note: string): string {
  const line = note.trim().split('\n')[0]?.trim() ?? '';
  return line.length <= ALT_LENGTH ? line : `${line.slice(0, ALT_LENGTH - 1).trimEnd()}…`;
}
