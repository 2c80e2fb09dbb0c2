import type { ConflictTopic } from '@tandem/shared';
import { t } from '../../lib/i18n';

type Perspective = ConflictTopic['perspectives'][number];

const parts = ['happened', 'felt', 'need', 'myPart'] as const;

/** One side, as written: the four answers under plain labels. */
export function SideView({ side }: { side: Perspective }) {
  return (
    <dl className="resolve-side">
      {parts.map((part) => (
        <div key={part} className="resolve-side__part">
          <dt>{t(`resolve.sides.part.${part}`)}</dt>
          <dd>{side[part]}</dd>
        </div>
      ))}
    </dl>
  );
}
