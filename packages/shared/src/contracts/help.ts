import { z } from 'zod';

/**
 * Where to turn when it is more than an app can help with. The contacts are the operator's to
 * give — a counselling line, a crisis service, the emergency number where the household lives —
 * so nothing here is written for one country.
 */
export const helpContactSchema = z.strictObject({
  name: z.string().trim().min(1).max(100),
  description: z.string().trim().max(300).default(''),
  phone: z.string().trim().max(40).optional(),
  url: z
    .url({ protocol: /^https?$/ })
    .max(300)
    .optional(),
  hours: z.string().trim().max(100).optional(),
});
export type HelpContact = z.output<typeof helpContactSchema>;
export const helpContactsConfig = z.array(helpContactSchema).max(50);

export const helpSchema = z.object({ contacts: z.array(helpContactSchema) });
