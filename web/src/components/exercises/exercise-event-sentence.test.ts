// An inject's Markdown becomes the timeline's plain second line: marks gone, lines of a paragraph joined.
import { describe, expect, it, vi } from 'vitest';
import { plainText } from './exercise-event-sentence';

vi.mock('../../i18n', () => ({ default: { getResource: () => undefined } }));

describe('plainText', () => {
  it('drops emphasis and quote marks and joins wrapped lines, keeping paragraphs', () => {
    expect(
      plainText(
        '"Hi, the files end in **.lckd** and\nin every folder `READ_ME`.\n\n> Your network\n> is ours."',
      ),
    ).toBe('"Hi, the files end in .lckd and in every folder READ_ME.\n\nYour network is ours."');
  });
});
