import { z } from 'zod';
import { idSchema, instantSchema, listOf, timeZoneSchema, trimmedText } from './common';

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .pipe(z.email({ message: 'Must be an email address.' }));

/** Long passphrases are welcome; the upper bound keeps hashing cost bounded. */
export const passwordSchema = z
  .string()
  .min(8, { message: 'Must be at least 8 characters.' })
  .max(200, { message: 'Must be at most 200 characters.' });

export const displayNameSchema = trimmedText(60).min(1, { message: 'Please enter a name.' });

export const registerBody = z.strictObject({
  email: emailSchema,
  password: passwordSchema,
  displayName: displayNameSchema,
  timeZone: timeZoneSchema.optional(),
});

export const loginBody = z.strictObject({
  email: emailSchema,
  password: z.string().min(1).max(200),
});

export const changePasswordBody = z.strictObject({
  currentPassword: z.string().min(1).max(200),
  newPassword: passwordSchema,
});

export const updateMeBody = z.strictObject({
  displayName: displayNameSchema.optional(),
  timeZone: timeZoneSchema.optional(),
});

export const meSchema = z.object({
  id: idSchema,
  email: z.string(),
  displayName: z.string(),
  timeZone: z.string(),
  createdAt: instantSchema,
});

export const sessionSchema = z.object({
  id: idSchema,
  createdAt: instantSchema,
  lastSeenAt: instantSchema,
  userAgent: z.string().nullable(),
  current: z.boolean(),
});

export const sessionParams = z.strictObject({ sessionId: idSchema });
export const sessionList = listOf(sessionSchema);

export type RegisterBody = z.infer<typeof registerBody>;
export type LoginBody = z.infer<typeof loginBody>;
export type ChangePasswordBody = z.infer<typeof changePasswordBody>;
export type UpdateMeBody = z.infer<typeof updateMeBody>;
export type Me = z.infer<typeof meSchema>;
export type Session = z.infer<typeof sessionSchema>;
