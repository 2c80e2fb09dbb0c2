import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../lib/api/query-keys';
import { refetchingMutationOptions } from '../../lib/api/refetching-mutation';
import {
  createPerson,
  createSupportContact,
  createSupportNote,
  deleteContact,
  deletePerson,
  deleteSupportContact,
  deleteSupportNote,
  fetchContacts,
  fetchPeople,
  fetchSupport,
  logContact,
  updatePerson,
  updateSupportContact,
  updateSupportNote,
  type ContactBody,
  type PersonBody,
  type PersonPatch,
  type SupportContactBody,
  type SupportNoteBody,
} from './people-api';

const peopleKey = (spaceId: string) => [...queryKeys.people(spaceId), 'list'] as const;
const contactsKey = (spaceId: string, personId: string) =>
  [...queryKeys.people(spaceId), 'contacts', personId] as const;
const supportKey = (spaceId: string) => [...queryKeys.people(spaceId), 'support'] as const;

export const usePeople = (spaceId: string) =>
  useQuery({ queryKey: peopleKey(spaceId), queryFn: () => fetchPeople(spaceId) });

export const useContacts = (spaceId: string, personId: string) =>
  useQuery({
    queryKey: contactsKey(spaceId, personId),
    queryFn: () => fetchContacts(spaceId, personId),
  });

export const useSupport = (spaceId: string) =>
  useQuery({ queryKey: supportKey(spaceId), queryFn: () => fetchSupport(spaceId) });

/** Every change refetches everything under `people`; the button stays busy until it is shown. */
function usePeopleMutation<Variables, Result>(
  spaceId: string,
  request: (variables: Variables) => Promise<Result>,
) {
  return useMutation(
    refetchingMutationOptions(useQueryClient(), queryKeys.people(spaceId), request),
  );
}

export const useCreatePerson = (spaceId: string) =>
  usePeopleMutation(spaceId, (body: PersonBody) => createPerson(spaceId, body));

export const useUpdatePerson = (spaceId: string, personId: string) =>
  usePeopleMutation(spaceId, (patch: PersonPatch) => updatePerson(spaceId, personId, patch));

export const useDeletePerson = (spaceId: string, personId: string) =>
  usePeopleMutation(spaceId, () => deletePerson(spaceId, personId));

export const useLogContact = (spaceId: string, personId: string) =>
  usePeopleMutation(spaceId, (body: ContactBody) => logContact(spaceId, personId, body));

export const useDeleteContact = (spaceId: string, personId: string) =>
  usePeopleMutation(spaceId, (contactId: string) => deleteContact(spaceId, personId, contactId));

export const useCreateSupportContact = (spaceId: string) =>
  usePeopleMutation(spaceId, (body: SupportContactBody) => createSupportContact(spaceId, body));

export const useUpdateSupportContact = (spaceId: string, id: string) =>
  usePeopleMutation(spaceId, (body: Partial<SupportContactBody>) =>
    updateSupportContact(spaceId, id, body),
  );

export const useDeleteSupportContact = (spaceId: string, id: string) =>
  usePeopleMutation(spaceId, () => deleteSupportContact(spaceId, id));

export const useCreateSupportNote = (spaceId: string) =>
  usePeopleMutation(spaceId, (body: SupportNoteBody) => createSupportNote(spaceId, body));

export const useUpdateSupportNote = (spaceId: string, id: string) =>
  usePeopleMutation(spaceId, (body: Partial<SupportNoteBody>) =>
    updateSupportNote(spaceId, id, body),
  );

export const useDeleteSupportNote = (spaceId: string, id: string) =>
  usePeopleMutation(spaceId, () => deleteSupportNote(spaceId, id));
