import { spacePath } from '../spaces/space-paths';

/** "Work it out": the list of topics, and one topic. */
export const resolvePath = (spaceId: string): string => spacePath(spaceId, 'resolve');

export const topicPath = (spaceId: string, topicId: string): string =>
  `${resolvePath(spaceId)}/${encodeURIComponent(topicId)}`;

/** Where something an agreement was followed through into lives. */
export function followThroughPath(
  spaceId: string,
  link: { kind: 'responsibility' | 'expense_rule' | 'decision'; ref: string },
): string {
  switch (link.kind) {
    case 'responsibility':
      return spacePath(spaceId, 'chores');
    case 'expense_rule':
      return spacePath(spaceId, 'money');
    case 'decision':
      return `${spacePath(spaceId, 'decide')}/${encodeURIComponent(link.ref)}`;
  }
}
