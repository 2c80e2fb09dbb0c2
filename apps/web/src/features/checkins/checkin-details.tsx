import type { Checkin } from '@tandem/shared';
import { t } from '../../lib/i18n';
import { scaleEmoji, scaleLabel, toScaleValue, type Scale } from './checkin-scales';

interface CheckinDetailsProps {
  checkin: Checkin;
  /** My own check-in uses the form's wording ("What I need today"); others' a neutral one. */
  own?: boolean;
}

function ScaleValueText({ scale, value }: { scale: Scale; value: number | null | undefined }) {
  const scaleValue = toScaleValue(value);
  if (!scaleValue) return null;
  return (
    <>
      <span aria-hidden="true">{scaleEmoji(scale, scaleValue)} </span>
      {scaleLabel(scale, scaleValue)}
    </>
  );
}

/** The content of an unsealed check-in: mood, energy, need and appreciation, as far as given. */
export function CheckinDetails({ checkin, own = false }: CheckinDetailsProps) {
  const rows = [
    {
      key: 'mood',
      term: t('checkins.mood'),
      value: <ScaleValueText scale="mood" value={checkin.mood} />,
      shown: toScaleValue(checkin.mood) !== undefined,
    },
    {
      key: 'energy',
      term: t('checkins.energy'),
      value: <ScaleValueText scale="energy" value={checkin.energy} />,
      shown: toScaleValue(checkin.energy) !== undefined,
    },
    {
      key: 'need',
      term: own ? t('checkins.need') : t('checkins.needs'),
      value: checkin.need,
      shown: Boolean(checkin.need),
    },
    {
      key: 'appreciation',
      term: own ? t('checkins.appreciation') : t('checkins.appreciates'),
      value: checkin.appreciation,
      shown: Boolean(checkin.appreciation),
    },
  ];
  return (
    <dl className="details-list">
      {rows
        .filter((row) => row.shown)
        .map((row) => (
          <div key={row.key}>
            <dt>{row.term}</dt>
            <dd>{row.value}</dd>
          </div>
        ))}
    </dl>
  );
}
