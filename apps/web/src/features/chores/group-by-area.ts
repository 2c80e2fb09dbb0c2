import { choreAreas, type ChoreArea } from '@tandem/shared';

export interface AreaGroup<T> {
  area: ChoreArea;
  items: T[];
}

/** Items grouped by area, areas in their usual order, empty ones left out; order kept within. */
export function groupByArea<T extends { area: ChoreArea }>(items: readonly T[]): AreaGroup<T>[] {
  return choreAreas
    .map((area) => ({ area, items: items.filter((item) => item.area === area) }))
    .filter((group) => group.items.length > 0);
}
