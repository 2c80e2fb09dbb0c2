import { z } from 'zod';
import { idSchema, instantSchema, listOf, localDateSchema, trimmedText } from './common';

/**
 * The people around us: who matters to me, to a partner, or to all of us; how often we would
 * like to be in touch; the contacts and meet-ups we log; and professional support — a
 * counsellor's details and session notes, each shared with the space or kept to oneself.
 */
export const contactKinds = ['meetup', 'call', 'message'] as const;
export type ContactKind = (typeof contactKinds)[number];
export const supportVisibilities = ['private', 'shared'] as const;

const everyDays = z
  .number()
  .int()
  .min(1)
  .max(730)
  .nullable()
  .describe('How often we would like to be in touch, in days; null for no wish.');

export const personBody = z.strictObject({
  name: trimmedText(80).min(1, { message: 'Give their name.' }),
  relation: trimmedText(60).optional().describe('Friend, sister, colleague …'),
  ownerId: idSchema
    .nullable()
    .optional()
    .describe('Whose person: a member’s id, or null for all of us. Mine when left out.'),
  everyDays: everyDays.optional(),
  note: trimmedText(1000).optional(),
  private: z.boolean().optional().describe('Only for my own people: nobody else sees them.'),
});
export const updatePersonBody = z.strictObject({
  name: personBody.shape.name.optional(),
  relation: trimmedText(60).optional(),
  ownerId: idSchema.nullable().optional(),
  everyDays: everyDays.optional(),
  note: trimmedText(1000).optional(),
  private: z.boolean().optional(),
  archived: z.boolean().optional(),
});
export const personParams = z.strictObject({ spaceId: idSchema, personId: idSchema });
export const personContactParams = z.strictObject({
  spaceId: idSchema,
  personId: idSchema,
  contactId: idSchema,
});

export const contactBody = z.strictObject({
  kind: z.enum(contactKinds),
  date: localDateSchema.optional().describe('The day, in my zone; today when left out.'),
  presentIds: z
    .array(idSchema)
    .min(1)
    .max(8)
    .optional()
    .describe('Who of us was there; just me when left out.'),
  note: trimmedText(280).optional(),
});

export const contactSchema = z.object({
  id: idSchema,
  personId: idSchema,
  kind: z.enum(contactKinds),
  date: localDateSchema,
  presentIds: z.array(idSchema),
  note: z.string(),
  loggedBy: idSchema,
  createdAt: instantSchema,
  capabilities: z.object({ canDelete: z.boolean() }),
});
export type PersonContact = z.infer<typeof contactSchema>;
export const contactList = listOf(contactSchema);

export const personSchema = z.object({
  id: idSchema,
  name: z.string(),
  relation: z.string(),
  /** A member's id, or null: someone who matters to all of us. */
  ownerId: idSchema.nullable(),
  addedBy: idSchema.nullable(),
  everyDays: z.number().int().nullable(),
  note: z.string(),
  private: z.boolean(),
  archived: z.boolean(),
  addedOn: localDateSchema,
  /** The latest contact of any kind, and the latest meet-up. */
  lastContact: contactSchema.nullable(),
  lastMetOn: localDateSchema.nullable(),
  /** Measured on the viewer's today. */
  rhythm: z.object({
    since: localDateSchema,
    daysSince: z.number().int(),
    dueOn: localDateSchema.nullable(),
    overdue: z.boolean(),
  }),
  createdAt: instantSchema,
  updatedAt: instantSchema,
  capabilities: z.object({ canEdit: z.boolean(), canLog: z.boolean() }),
});
export type Person = z.infer<typeof personSchema>;

export const peopleInsightSchema = z.object({
  /** Whole weeks since two or more of us last saw friends together. */
  weeks: z.number().int(),
  lastTogetherOn: localDateSchema.nullable(),
  /** Our shared people we might see, most overdue first. */
  suggestionIds: z.array(idSchema),
});
export type PeopleInsight = z.infer<typeof peopleInsightSchema>;

export const peopleSchema = z.object({
  /** The viewer's today, which every rhythm is measured on. */
  today: localDateSchema,
  items: z.array(personSchema),
  insight: peopleInsightSchema.nullable(),
});
export type PeopleView = z.infer<typeof peopleSchema>;

/** An empty string clears a field; anything else must be an address of its kind. */
const emailOrEmpty = trimmedText(254).refine(
  (value) => value === '' || z.email().safeParse(value).success,
  { message: 'Must be an email address.' },
);
const websiteOrEmpty = trimmedText(300).refine(
  (value) => value === '' || /^https?:\/\/[^\s/]+\.[^\s]+$/i.test(value),
  { message: 'Must be a web address starting with https:// or http://.' },
);

export const supportContactBody = z.strictObject({
  name: trimmedText(100).min(1, { message: 'Give a name.' }),
  role: trimmedText(100).optional().describe('Couples counsellor, therapist, mediator …'),
  phone: trimmedText(40).optional(),
  email: emailOrEmpty.optional(),
  website: websiteOrEmpty.optional(),
  note: trimmedText(1000).optional(),
  visibility: z.enum(supportVisibilities),
});
export const updateSupportContactBody = z.strictObject({
  name: supportContactBody.shape.name.optional(),
  role: trimmedText(100).optional(),
  phone: trimmedText(40).optional(),
  email: emailOrEmpty.optional(),
  website: websiteOrEmpty.optional(),
  note: trimmedText(1000).optional(),
  visibility: z.enum(supportVisibilities).optional(),
});
export const supportContactParams = z.strictObject({ spaceId: idSchema, supportId: idSchema });

export const supportNoteBody = z.strictObject({
  date: localDateSchema.optional().describe('The session’s day; today in my zone when left out.'),
  text: trimmedText(5000).min(1, { message: 'Write a few words.' }),
  visibility: z.enum(supportVisibilities),
  supportId: idSchema.nullable().optional().describe('Whom the session was with.'),
});
export const updateSupportNoteBody = z.strictObject({
  date: localDateSchema.optional(),
  text: supportNoteBody.shape.text.optional(),
  visibility: z.enum(supportVisibilities).optional(),
  supportId: idSchema.nullable().optional(),
});
export const supportNoteParams = z.strictObject({ spaceId: idSchema, noteId: idSchema });

export const supportContactSchema = z.object({
  id: idSchema,
  ownerId: idSchema,
  name: z.string(),
  role: z.string(),
  phone: z.string(),
  email: z.string(),
  website: z.string(),
  note: z.string(),
  visibility: z.enum(supportVisibilities),
  createdAt: instantSchema,
  updatedAt: instantSchema,
  capabilities: z.object({ canEdit: z.boolean() }),
});
export type SupportContact = z.infer<typeof supportContactSchema>;

export const supportNoteSchema = z.object({
  id: idSchema,
  authorId: idSchema,
  supportId: idSchema.nullable(),
  date: localDateSchema,
  text: z.string(),
  visibility: z.enum(supportVisibilities),
  createdAt: instantSchema,
  updatedAt: instantSchema,
  capabilities: z.object({ canEdit: z.boolean() }),
});
export type SupportNote = z.infer<typeof supportNoteSchema>;

export const supportSchema = z.object({
  /** Mine (private and shared) and the others' shared ones, by name. */
  contacts: z.array(supportContactSchema),
  /** Mine and the others' shared ones, newest session first. */
  notes: z.array(supportNoteSchema),
});
export type SupportView = z.infer<typeof supportSchema>;
