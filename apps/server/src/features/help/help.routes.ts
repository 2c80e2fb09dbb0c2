import { helpSchema } from '@tandem/shared';
import { defineRoute } from '../../http/route';
import type { Services } from '../../services';

export function helpRoutes({ config }: Services) {
  return [
    defineRoute({
      access: 'public',
      tag: 'help',
      method: 'GET',
      url: '/api/v1/help',
      summary: 'Where to turn for help, as this Tandem’s operator set it (open to anyone)',
      response: helpSchema,
      handler: () => Promise.resolve({ contacts: config.helpContacts }),
    }),
  ];
}
