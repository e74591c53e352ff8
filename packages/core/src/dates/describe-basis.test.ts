import { describe, expect, it } from 'vitest';
import { describeBasis } from './describe-basis.js';

describe('describeBasis(when)', () => {
  it('says a stated date was stated in the text', () => {
    expect(describeBasis({ basis: 'stated' })).toBe('stated in the text');
  });

  it('names the anchor and quotes the phrase of a resolved date', () => {
    expect(describeBasis({ basis: 'resolved', phrase: 'on Tuesday', anchor: '002' }))
      .toBe('resolved from the dateline of 002 ("on Tuesday")');
  });

  it('shows a readable anchor name when given one', () => {
    const anchorName = (id: string) => (id === '002' ? 'Reuters, 8 Feb 2012' : undefined);
    expect(describeBasis({ basis: 'resolved', phrase: 'on Tuesday', anchor: '002' }, { anchorName }))
      .toBe('resolved from the dateline of Reuters, 8 Feb 2012 ("on Tuesday")');
  });

  it('gives the note of an inferred date', () => {
    expect(describeBasis({ basis: 'inferred', note: 'the forum ran on 7 September 2013' }))
      .toBe('inferred: the forum ran on 7 September 2013');
  });
  it('appends the note of a stated or resolved date, such as an inferred anchor', () => {
    expect(describeBasis({ basis: 'resolved', phrase: 'on Friday', anchor: '001', note: "001's dateline is inferred" }))
      .toBe('resolved from the dateline of 001 ("on Friday"); note: 001\'s dateline is inferred');
    expect(describeBasis({ basis: 'stated', note: 'the date of the report' })).toBe('stated in the text; note: the date of the report');
  });

  it('writes in the words it is given, with the data passed as given', () => {
    const words = {
      stated: (note: string | undefined) => `S(${note ?? ''})`,
      resolved: (anchor: string | undefined, phrase: string | undefined, note: string | undefined) => `R(${anchor}|${phrase}|${note})`,
      inferred: (note: string | undefined) => `I(${note})`,
    };
    const anchorName = (id: string) => (id === '002' ? 'Reuters' : undefined);
    expect(describeBasis({ basis: 'resolved', phrase: 'on Tuesday', anchor: '002' }, { anchorName, words })).toBe('R(Reuters|on Tuesday|undefined)');
    expect(describeBasis({ basis: 'inferred', note: 'n' }, { words })).toBe('I(n)');
    expect(describeBasis({ basis: 'stated' }, { words })).toBe('S()');
  });
});
