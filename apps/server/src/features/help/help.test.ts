import { describe, expect, it } from 'vitest';
import { readConfig } from '../../config';
import { createTestDatabase, startTestApp } from '../../../test/test-app';

const contacts = [
  {
    name: 'Relationship helpline',
    description: 'Free and confidential.',
    phone: '0800 000 000',
    hours: 'Every day, 8–22',
  },
  { name: 'Emergency services', phone: '112' },
];

describe('help: where to turn', () => {
  it('reads the operator’s contacts, inline or from a file, and refuses a mistake with the reason', () => {
    expect(readConfig({}).helpContacts).toEqual([]);
    expect(readConfig({ HELP_CONTACTS: JSON.stringify(contacts) }).helpContacts).toEqual([
      contacts[0],
      { ...contacts[1], description: '' },
    ]);
    expect(() => readConfig({ HELP_CONTACTS: 'not json' })).toThrow(/HELP_CONTACTS must be JSON/);
    expect(() => readConfig({ HELP_CONTACTS: '[{"phone":"112"}]' })).toThrow(
      /HELP_CONTACTS: 0.name/,
    );
    expect(() =>
      readConfig({ HELP_CONTACTS: '[{"name":"x","url":"javascript:alert(1)"}]' }),
    ).toThrow(/0.url/);
    expect(() => readConfig({ HELP_CONTACTS: '[]', HELP_CONTACTS_FILE: '/x' })).toThrow(/not both/);
  });

  it('shows them to anyone, signed in or not', async () => {
    const database = await createTestDatabase('sqlite');
    const { app } = await startTestApp(database, {
      helpContacts: readConfig({ HELP_CONTACTS: JSON.stringify(contacts) }).helpContacts,
    });
    try {
      const response = await app.inject({ method: 'GET', url: '/api/v1/help' });
      expect(response.statusCode).toBe(200);
      expect(response.json().contacts.map((c: { name: string }) => c.name)).toEqual([
        'Relationship helpline',
        'Emergency services',
      ]);
    } finally {
      await app.close();
      await database.drop();
    }
  });
});
