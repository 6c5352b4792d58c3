/** A person's profile and its file, shared by the end-to-end tests. */
import { PROFILE_FORMAT } from '@/lib/profile-file';

export const PROFILE = {
  label: 'Jane at DSS',
  username: 'jdoe_dss_2026',
  firstName: 'Jane',
  lastName: 'Doe',
  email: 'jane.doe@example.org',
  phone: '573-555-0100',
  noMobarNumber: true,
  mailingAddress: { line1: '221 W High St', line2: 'Room 4', city: 'Jefferson City', state: 'MO', zip: '65101' },
  billingAddress: {
    line1: 'PO Box 88',
    line2: 'Attn: Accounts',
    city: 'Jefferson City',
    state: 'MO',
    zip: '65102-0088',
  },
  securityQuestions: [
    { question: "What is your mother's maiden name?", answer: 'Smithers-9' },
    { question: 'In what city were you born?', answer: 'Springfield-8' },
    { question: 'What was the name of your first pet?', answer: 'Rexford-7' },
  ],
  group: {
    name: 'Department of Social Services',
    pin: '4417',
    position: 'Clerk',
    department: 'Children’s Division',
    supervisor: 'Ann Smith',
    notes: '',
  },
};

export const profileFile = (profile: unknown = PROFILE) =>
  JSON.stringify({ format: PROFILE_FORMAT, version: 1, profile });
