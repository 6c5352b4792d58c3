/**
 * A saved profile as version 0.3.0 of the extension left it in its database (version 2): no
 * administrator's e-mail in its group. Written out, not made by the product, so the upgrade step is
 * tested against what an older version really saved (test/unit/admin-email.test.ts, and in real
 * Chromium test/e2e/storage-trust.e2e.ts).
 */
export const VERSION_2_PROFILE = {
  id: 'p1',
  data: {
    label: 'Jane at DSS',
    username: 'jdoe_dss_01',
    firstName: 'Jane',
    lastName: 'Doe',
    email: 'jane@dss.mo.gov',
    phone: '',
    noMobarNumber: true,
    mailingAddress: { line1: '', line2: '', city: '', state: 'MO', zip: '' },
    billingAddress: null,
    securityQuestions: [],
    group: { name: 'DSS', position: 'Clerk', department: '', supervisor: '', notes: '' },
  },
  secrets: null,
  updatedAt: 1,
};
