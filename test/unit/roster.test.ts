import Papa from 'papaparse';
import { describe, expect, it, vi } from 'vitest';
import { GroupProfileSchema } from '@/lib/profile/group-profile';
import {
  MAX_ROSTER_ROWS,
  ROSTER_CSV_COLUMNS,
  headerField,
  parseRoster,
  rosterCodes,
  rosterCsv,
  addedPersonProblems,
  type RosterRow,
} from '@/lib/sharing/roster';
import { inviteMail, inviteMailText } from '@/lib/sharing/roster-mail';
import { newKeyParams } from '@/lib/storage/secret-box';
import { SHARE_CODE_MESSAGES, decodeShareCode } from '@/lib/sharing/share-code';

const FAST = () => newKeyParams(100_000);
const PASSPHRASE = 'blue heron at noon';
const GROUP = GroupProfileSchema.parse({
  groupName: 'Cole County Children’s Division',
  pin: '4417',
  mailingAddress: { line1: '1716 Four Seasons Dr', city: 'Jefferson City', zip: '65101' },
  phone: '573-555-0142',
  department: 'Children’s Division',
  supervisor: 'Ann Smith',
});

function rows(csv: string): RosterRow[] {
  const parsed = parseRoster(csv);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.rows;
}

describe('reading a roster', () => {
  it.each([
    ['First Name', 'firstName'],
    ['first', 'firstName'],
    ['Given name', 'firstName'],
    ['Prénom', 'firstName'],
    ['FIRST_NAME', 'firstName'],
    ['Last Name', 'lastName'],
    ['Surname', 'lastName'],
    ['Family name', 'lastName'],
    ['E-mail', 'email'],
    ['Email Address', 'email'],
    ['Work e-mail address', 'email'],
    ['email', 'email'],
    ['Dept', 'department'],
    ['Department', 'department'],
    ['Division', 'department'],
    ['Supervisor Name', 'supervisor'],
    ['Manager', 'supervisor'],
    ['Position', 'position'],
    ['Job Title', 'position'],
    ['Full name', 'fullName'],
    ['Name', 'fullName'],
    ['Supervisor E-mail', null],
    ['User name', null],
    ['Phone', null],
    ['Badge #', null],
    ['constructor', null],
    ['__proto__', null],
    ['toString', null],
  ])('reads the header "%s" as %s', (header, field) => {
    expect(headerField(header)).toBe(field);
  });

  it('matches headers loosely, in any order, and says which columns it did not use', () => {
    const parsed = parseRoster(
      'Email Address,Dept,Given name,Surname,Phone,Supervisor Name,Job Title\n' +
        'ann.lee@dss.mo.gov,CD,Ann,Lee,573-555-0100,Bo Chen,Clerk\n',
    );
    expect(parsed).toEqual({
      ok: true,
      rows: [
        {
          line: 2,
          firstName: 'Ann',
          lastName: 'Lee',
          email: 'ann.lee@dss.mo.gov',
          position: 'Clerk',
          department: 'CD',
          supervisor: 'Bo Chen',
          problems: [],
        },
      ],
      columns: {
        email: 'Email Address',
        department: 'Dept',
        firstName: 'Given name',
        lastName: 'Surname',
        supervisor: 'Supervisor Name',
        position: 'Job Title',
      },
      notes: ['Columns not used: Phone.'],
    });
  });

  it('reads quoted fields, commas and line breaks inside quotes, and doubled quotation marks', () => {
    const [a, b] = rows(
      'First Name,Last Name,E-mail,Position\n' +
        '"Mary Ann","O\'Neil, Jr.",mo@dss.mo.gov,"Clerk, ""senior"""\n' +
        '"Li\nWei",Zhang,lz@dss.mo.gov,Clerk\n',
    );
    expect(a).toMatchObject({ line: 2, firstName: 'Mary Ann', lastName: "O'Neil, Jr.", position: 'Clerk, "senior"' });
    expect(b).toMatchObject({ line: 3, firstName: 'Li\nWei', lastName: 'Zhang', problems: [] });
  });

  it('reads accents, a BOM and CRLF line ends as a spreadsheet writes them', () => {
    const parsed = parseRoster(
      '\uFEFFFirst name,Last name,E-mail\r\nJosé,Ñúñez,jose.nunez@dss.mo.gov\r\n\r\nZoë,Müller-Łukasz,zoe@dss.mo.gov\r\n',
    );
    expect(parsed.ok && parsed.columns.firstName).toBe('First name');
    expect(parsed.ok && parsed.rows.map((r) => [r.line, r.firstName, r.lastName, r.email, r.problems])).toEqual([
      [2, 'José', 'Ñúñez', 'jose.nunez@dss.mo.gov', []],
      [4, 'Zoë', 'Müller-Łukasz', 'zoe@dss.mo.gov', []],
    ]);
  });

  it('splits a single name column ("Doe, Jane" or "Jane Q. Doe")', () => {
    const [a, b] = rows('Name,Email\n"Doe, Jane",jd@x.org\nJane Q. Doe,jqd@x.org\n');
    expect([a!.firstName, a!.lastName, b!.firstName, b!.lastName]).toEqual(['Jane', 'Doe', 'Jane Q.', 'Doe']);
  });

  it('gives each line its own problems, in plain sentences', () => {
    const parsed = rows(
      [
        'First name,Last name,E-mail,Position',
        ',Lee,ann@dss.mo.gov,Clerk',
        'Bo,,bo at dss,Clerk',
        `${'X'.repeat(51)},Long,long@dss.mo.gov,Clerk`,
        'Cy,Ray,,Clerk',
        'Di,Ng,di@dss.mo.gov,Clerk,extra',
        'Ed,Ok,ed@dss.mo.gov,Clerk',
      ].join('\n'),
    );
    expect(parsed.map((r) => [r.line, r.problems])).toEqual([
      [2, ['First name is missing.']],
      [
        3,
        ['Last name is missing.', 'E-mail address is not an e-mail address (it should look like name@agency.mo.gov).'],
      ],
      [4, ['First name must be 50 characters or fewer.']],
      [5, ['E-mail address is missing.']],
      [
        6,
        [
          'This line has 5 values but the roster has 4 columns: a value with a comma in it needs quotation marks around it.',
        ],
      ],
      [7, []],
    ]);
  });

  it('marks every line that shares an e-mail address (whatever its capitals) with the others', () => {
    const parsed = rows(
      'First,Last,Email\nAnn,Lee,ann@dss.mo.gov\nBo,Chen,bo@dss.mo.gov\nAnne,Lee,ANN@dss.mo.gov\nAl,Lee,ann@DSS.mo.gov\n',
    );
    expect(parsed.map((r) => r.problems)).toEqual([
      ['E-mail address ann@dss.mo.gov is also on lines 4, 5: each person needs their own address.'],
      [],
      ['E-mail address ANN@dss.mo.gov is also on lines 2, 5: each person needs their own address.'],
      ['E-mail address ann@DSS.mo.gov is also on lines 2, 4: each person needs their own address.'],
    ]);
  });

  it('keeps script-like text as data and lets no header reach Object.prototype', () => {
    const evil = '<img src=x onerror=alert(1)>';
    const parsed = parseRoster(`__proto__,constructor,First,Last,Email\npolluted,x,"${evil}",Lee,ann@dss.mo.gov\n`);
    expect(parsed.ok && parsed.rows[0]).toMatchObject({ firstName: evil, problems: [] });
    expect(parsed.ok && parsed.notes).toEqual(['Columns not used: __proto__, constructor.']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('says when a quotation mark is never closed', () => {
    const parsed = rows('First,Last,Email\nAnn,Lee,ann@dss.mo.gov\n"Bo,Chen,bo@dss.mo.gov\nCy,Ray,cy@dss.mo.gov\n');
    expect(parsed[0]!.problems).toEqual([]);
    expect(parsed[1]!.problems[0]).toMatch(/quotation mark opened on this line is never closed/);
  });

  it.each([
    ['an empty file', '', /roster is empty/],
    ['blank lines only', '\r\n \r\n', /roster is empty/],
    [
      'no header row',
      'Ann,Lee,ann@dss.mo.gov\nBo,Chen,bo@dss.mo.gov\n',
      /first line \(line 1\) should name its columns.*It has: Ann, Lee, ann@dss\.mo\.gov/,
    ],
    ['no e-mail column', 'First,Last\nAnn,Lee\n', /at least First name, Last name and E-mail/],
    [
      'too many people',
      'First,Last,Email\n' + Array.from({ length: MAX_ROSTER_ROWS + 1 }, (_, i) => `A,B,a${i}@x.org`).join('\n'),
      /more than 5,000 people\. Split it/,
    ],
    ['a huge file', 'First,Last,Email\n' + 'x'.repeat(6 * 1024 * 1024), /too large \(over 5 MB\)/],
  ])('refuses %s with a plain message', (_what, csv, message) => {
    const parsed = parseRoster(csv);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(message);
  });

  it('reads exactly 5,000 people', () => {
    const csv = 'First,Last,Email\n' + Array.from({ length: MAX_ROSTER_ROWS }, (_, i) => `A,B,a${i}@x.org`).join('\n');
    const parsed = parseRoster(csv);
    expect(parsed.ok && parsed.rows.length).toBe(MAX_ROSTER_ROWS);
    expect(parsed.ok && parsed.rows.at(-1)?.line).toBe(MAX_ROSTER_ROWS + 1);
  });
});

describe('share codes for a roster', () => {
  const ROSTER =
    '\uFEFFFirst Name,Last Name,E-mail,Position,Dept\r\n' +
    'José,Ñúñez,jose.nunez@dss.mo.gov,Case clerk,\r\n' +
    'Ann,Lee,ann.lee@dss.mo.gov,,Juvenile Office\r\n' +
    ',NoFirst,nofirst@dss.mo.gov,,\r\n' +
    '"=HYPERLINK(""http://x"")",Smith,smith@dss.mo.gov,,\r\n';

  it('makes one code per line without problems, with ONE key derivation, each decoding to its own person', async () => {
    const deriveKey = vi.spyOn(crypto.subtle, 'deriveKey');
    const results = await rosterCodes(GROUP, rows(ROSTER), PASSPHRASE, FAST());
    expect(deriveKey).toHaveBeenCalledTimes(1);
    expect(results.map((r) => r.row.line)).toEqual([2, 3, 5]);
    const decoded = await Promise.all(results.map((r) => decodeShareCode(r.code, PASSPHRASE)));
    expect(decoded.map((d) => d.ok && d.file.kind === 'group' && d.file.person)).toEqual([
      {
        firstName: 'José',
        lastName: 'Ñúñez',
        email: 'jose.nunez@dss.mo.gov',
        position: 'Case clerk',
        department: '',
        supervisor: '',
      },
      {
        firstName: 'Ann',
        lastName: 'Lee',
        email: 'ann.lee@dss.mo.gov',
        position: '',
        department: 'Juvenile Office',
        supervisor: '',
      },
      {
        firstName: '=HYPERLINK("http://x")',
        lastName: 'Smith',
        email: 'smith@dss.mo.gov',
        position: '',
        department: '',
        supervisor: '',
      },
    ]);
    for (const d of decoded) expect(d.ok && d.file.kind === 'group' && d.file.group).toEqual(GROUP);
  });

  it('refuses a group with a PIN and no passphrase, before making any code', async () => {
    await expect(rosterCodes(GROUP, rows(ROSTER))).rejects.toThrow(SHARE_CODE_MESSAGES.pinNeedsPassphrase);
    const open = await rosterCodes({ ...GROUP, pin: undefined }, rows(ROSTER));
    expect(open).toHaveLength(3);
    expect((await decodeShareCode(open[0]!.code)).ok).toBe(true);
  });

  it("writes a mail-merge CSV with each person's e-mail, that papaparse reads back, spreadsheet formulas defused", async () => {
    const results = await rosterCodes({ ...GROUP, pin: undefined }, rows(ROSTER));
    const csv = rosterCsv(results, { ...GROUP, note: '' }, false);
    expect(csv.startsWith('\uFEFFFirst name,Last name,E-mail,Share code,Subject,Body\r\n')).toBe(true);
    const back = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
    expect(back.errors).toEqual([]);
    expect(back.meta.fields).toEqual([...ROSTER_CSV_COLUMNS]);
    const subject = 'Your code to join Cole County Children’s Division on Missouri eFiling';
    expect(back.data.map(({ Body: _body, ...rest }) => rest)).toEqual([
      {
        'First name': 'José',
        'Last name': 'Ñúñez',
        'E-mail': 'jose.nunez@dss.mo.gov',
        'Share code': results[0]!.code,
        Subject: subject,
      },
      {
        'First name': 'Ann',
        'Last name': 'Lee',
        'E-mail': 'ann.lee@dss.mo.gov',
        'Share code': results[1]!.code,
        Subject: subject,
      },
      {
        'First name': `'=HYPERLINK("http://x")`,
        'Last name': 'Smith',
        'E-mail': 'smith@dss.mo.gov',
        'Share code': results[2]!.code,
        Subject: subject,
      },
    ]);
    expect(back.data[0]!.Body).toBe(
      inviteMail({ ...GROUP, note: '' }, { firstName: 'José' }, results[0]!.code, false).body,
    );
    // The file read back as a roster gives the same people.
    const again = parseRoster(csv);
    expect(again.ok && again.rows.map((r) => r.email)).toEqual(results.map((r) => r.row.email));
  });
});

describe('the e-mail each person gets', () => {
  const CODE = `MOEF2-${'A'.repeat(70)}.1a2b3c4d`;
  const WRAPPED = `MOEF2-${'A'.repeat(54)}\n${'A'.repeat(16)}.1a2b3c4d`;

  it('says hello, holds the code wrapped for mail, the first steps, who to call and the help desk', () => {
    const mail = inviteMail(
      { groupName: 'Cole County DSS', note: '', supervisor: 'Ann Smith', phone: '573-555-0142', adminEmail: '' },
      { firstName: 'Jane' },
      CODE,
      false,
    );
    expect(mail.subject).toBe('Your code to join Cole County DSS on Missouri eFiling');
    expect(mail.body.split('\n\n')).toEqual([
      'Hello Jane,',
      "You are joining Cole County DSS for Missouri eFiling. The code below holds the group's details, so the Missouri eFiling Group Registration Assistant can fill them in for you:",
      WRAPPED,
      'Your first steps:',
      '1. Add the Missouri eFiling Group Registration Assistant to your browser (Chrome or Firefox), if you do not have it yet.',
      "2. Open the assistant's Options, paste the whole code under “Share code”, press “Read share code”, then “Import”.",
      "3. Press the assistant's button in the browser's toolbar and follow the steps it shows, one at a time.",
      'Questions about this code: call Ann Smith at 573-555-0142.',
      "Stuck on a page of the court's site? The OSCA Help Desk helps: (888) 541-4894, 7:30 a.m. to 5:00 p.m., Monday to Friday.",
    ]);
    expect(
      inviteMailText(mail).startsWith('Subject: Your code to join Cole County DSS on Missouri eFiling\n\nHello Jane,'),
    ).toBe(true);
  });

  it('a locked code: says the passphrase comes another way; the note to users says who to call', () => {
    const { body } = inviteMail(
      { groupName: 'DSS', note: 'Questions? Call Ann at extension 4410.', supervisor: 'Ann Smith', phone: '', adminEmail: '' },
      { firstName: 'Jane' },
      CODE,
      true,
    );
    expect(body).toContain('It asks for a passphrase: you get it from me by phone or in person, never by e-mail.');
    expect(body).toContain('\n\nQuestions? Call Ann at extension 4410.\n\n');
    expect(body).not.toContain('4417');
  });
});

describe('adding one person by hand', () => {
  const person = {
    firstName: 'Li',
    lastName: 'Wei',
    email: 'li.wei@dss.mo.gov',
    position: '',
    department: '',
    supervisor: '',
  };

  it('is ready when named with an e-mail address the roster does not have', () => {
    expect(addedPersonProblems(person, rows('First name,Last name,E-mail\nAnn,Lee,ann.lee@dss.mo.gov\n'))).toEqual([]);
  });

  it('names what is missing, and the line that already has the address (whatever its capitals)', () => {
    expect(addedPersonProblems({ ...person, firstName: '', email: '' }, [])).toEqual([
      'First name is missing.',
      'E-mail address is missing.',
    ]);
    const roster = rows('First name,Last name,E-mail\nAnn,Lee,ann.lee@dss.mo.gov\nLi,Wei,LI.WEI@dss.mo.gov\n');
    expect(addedPersonProblems(person, roster)).toEqual([
      'E-mail address li.wei@dss.mo.gov is already on line 3 of the roster.',
    ]);
    expect(addedPersonProblems(person, [{ ...person, line: 0, problems: [] }])).toEqual([
      'E-mail address li.wei@dss.mo.gov is already on the roster: you added it before.',
    ]);
  });
});
