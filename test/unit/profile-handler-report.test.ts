import { describe, expect, it } from 'vitest';
import { blankWords } from '@/lib/handlers/fill';

describe("blanking the person's secrets out of a report (the background's report/scrub)", () => {
  it('blanks each secret wherever it appears, as written and as JSON escapes it', () => {
    const text = '{"headings":["Your answer: Rex \\"the dog\\"","PIN hunter2 again hunter2"]}';
    expect(blankWords(text, ['Rex "the dog"', 'hunter2'], '[secret]')).toBe(
      '{"headings":["Your answer: [secret]","PIN [secret] again [secret]"]}',
    );
  });

  it('blanks the longer of two overlapping secrets whole', () => {
    expect(blankWords('Springfield', ['Spring', 'Springfield'], '[secret]')).toBe('[secret]');
  });
});
