import type { Appreciation, careTags } from '@tandem/shared';
import { api, segment } from '../../../lib/api/api-client';

export type CareTag = (typeof careTags)[number];

/** What sending a note takes: in a household, who it is for; a time when not now. */
export interface SendAppreciationBody {
  text: string;
  to?: string;
  deliverAt?: string;
}

/** Notes I received (once arrived) and gave (arrived or still on their way). */
export interface Appreciations {
  received: Appreciation[];
  given: Appreciation[];
}

/** How one member most likes to receive care; `given` is false until they have said. */
export interface CarePreference {
  userId: string;
  tags: CareTag[];
  text: string;
  given: boolean;
}

export interface CareBody {
  tags: CareTag[];
  text: string;
}

const base = (spaceId: string) => `/spaces/${segment(spaceId)}`;

export const fetchAppreciations = (spaceId: string) =>
  api.get<Appreciations>(`${base(spaceId)}/appreciations`);

export const sendAppreciation = (spaceId: string, body: SendAppreciationBody) =>
  api.post<Appreciation>(`${base(spaceId)}/appreciations`, body);

export const fetchCare = (spaceId: string) =>
  api.get<{ items: CarePreference[] }>(`${base(spaceId)}/care`);

/** Mine; the server answers with everyone's, as they now stand. */
export const saveCare = (spaceId: string, body: CareBody) =>
  api.put<{ items: CarePreference[] }>(`${base(spaceId)}/care`, body);
