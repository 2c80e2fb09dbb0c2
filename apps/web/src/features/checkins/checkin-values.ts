import type {
  Checkin,
  CheckinVisibility,
  CreateCheckinBody,
  UpdateCheckinBody,
} from '@tandem/shared';

/** What the check-in form holds; empty text means "not given". */
export interface CheckinValues {
  mood: number | undefined;
  energy: number | undefined;
  need: string;
  appreciation: string;
  visibility: CheckinVisibility;
}

export const emptyCheckinValues: CheckinValues = {
  mood: undefined,
  energy: undefined,
  need: '',
  appreciation: '',
  visibility: 'shared',
};

export function valuesFromCheckin(checkin: Checkin): CheckinValues {
  return {
    mood: checkin.mood,
    energy: checkin.energy ?? undefined,
    need: checkin.need ?? '',
    appreciation: checkin.appreciation ?? '',
    visibility: checkin.visibility,
  };
}

/** A new check-in for `day`; undefined until a mood is chosen. Empty optional fields are left out. */
export function toCreateBody(values: CheckinValues, day: string): CreateCheckinBody | undefined {
  if (values.mood === undefined) return undefined;
  const need = values.need.trim();
  const appreciation = values.appreciation.trim();
  return {
    date: day,
    mood: values.mood,
    visibility: values.visibility,
    ...(values.energy !== undefined ? { energy: values.energy } : {}),
    ...(need ? { need } : {}),
    ...(appreciation ? { appreciation } : {}),
  };
}

/** Only what changed since `original`; a cleared optional field is sent as `null`. */
export function toUpdateBody(values: CheckinValues, original: Checkin): UpdateCheckinBody {
  const before = valuesFromCheckin(original);
  const body: UpdateCheckinBody = {};
  if (values.mood !== undefined && values.mood !== before.mood) body.mood = values.mood;
  if (values.energy !== before.energy) body.energy = values.energy ?? null;
  const need = values.need.trim();
  if (need !== before.need) body.need = need || null;
  const appreciation = values.appreciation.trim();
  if (appreciation !== before.appreciation) body.appreciation = appreciation || null;
  if (values.visibility !== before.visibility) body.visibility = values.visibility;
  return body;
}
