import { describe, expect, it } from 'vitest';
import { FIELDS, isSecret, type FieldId } from '@/lib/procedure/fields';
import { ProfileInputSchema, splitSecrets } from '@/lib/profile/profile';
import { allValues } from '@/lib/profile/profile-values';

const PROFILE = ProfileInputSchema.parse({
  label: 'Jane at DSS',
  username: 'jdoe_dss',
  firstName: 'Jane',
  lastName: 'Doe',
  email: 'jane.doe@example.org',
  securityQuestions: [
    { question: 'In what city were you born?', answer: 'Sedalia' },
    { question: 'What was your first car?', answer: 'Pinto' },
    { question: 'What is your favourite book?', answer: 'Emma' },
  ],
  group: { name: 'Department of Social Services', pin: '4417', position: 'Clerk' },
});

describe('which fields are secret: the field table says, and splitting a profile agrees', () => {
  it('names the password (and its repeat), the three answers and the group PIN', () => {
    expect((Object.keys(FIELDS) as FieldId[]).filter(isSecret)).toEqual([
      'password',
      'passwordConfirm',
      'security1.answer',
      'security2.answer',
      'security3.answer',
      'group.pin',
    ]);
  });

  it('splitSecrets takes out exactly the values of the secret fields', () => {
    const { data, secrets } = splitSecrets(PROFILE);
    const plain = allValues(data, {});
    const whole = allValues(data, { ...secrets, password: 'Tr1cky-Pass' });
    for (const field of Object.keys(whole) as FieldId[]) {
      if (isSecret(field)) expect([field, plain[field]]).toEqual([field, '']);
      else expect([field, plain[field]]).toEqual([field, whole[field]]);
    }
    expect(whole['security2.answer']).toBe('Pinto');
    expect(whole['group.pin']).toBe('4417');
    expect(JSON.stringify(data)).not.toMatch(/Sedalia|Pinto|Emma|4417/);
  });
});
