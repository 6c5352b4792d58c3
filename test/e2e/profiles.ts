/** A person's profile and its file, shared by the end-to-end tests. */
import { PROFILE_FORMAT } from '@/lib/profile/profile-file';

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

/** What PROFILE fills into each field (the chosen option's text for drop-downs, in variants a and b). */
export const FILLED: Record<string, string | boolean> = {
  noMobarNumber: true,
  username: PROFILE.username,
  firstName: 'Jane',
  lastName: 'Doe',
  email: PROFILE.email,
  emailConfirm: PROFILE.email,
  'mailing.line1': '221 W High St',
  'mailing.line2': 'Room 4',
  'mailing.city': 'Jefferson City',
  'mailing.state': 'Missouri',
  'mailing.zip': '65101',
  billingSameAsMailing: false,
  'billing.line1': 'PO Box 88',
  'billing.line2': 'Attn: Accounts',
  'billing.city': 'Jefferson City',
  'billing.state': 'Missouri',
  'billing.zip': '65102-0088',
  phone: '573-555-0100',
  'group.userInformation': 'Position: Clerk; Department: Children’s Division; Supervisor: Ann Smith',
};

export const profileFile = (profile: unknown = PROFILE) =>
  JSON.stringify({ format: PROFILE_FORMAT, version: 1, profile });
