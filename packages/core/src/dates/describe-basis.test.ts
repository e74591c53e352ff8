import { describe, expect, it } from 'vitest';
import type { Source } from '../model/index.js';
import { describeBasis } from './describe-basis.js';
import { ENGLISH_BASIS_PHRASES, type BasisPhrases } from './basis-phrases.js';

const sources: Pick<Source, 'id' | 'dateline'>[] = [
  { id: '001', dateline: { start: '2015-09-04', basis: 'inferred', note: 'no dateline; the forum was on 4 Sep 2015' } },
  { id: '002', dateline: { start: '2012-02-08', basis: 'stated' } },
];

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

  it('says a date resolved from an inferred dateline is so, given the sources', () => {
    expect(describeBasis({ basis: 'resolved', phrase: 'on Friday', anchor: '001' }, { sources }))
      .toBe('resolved from the inferred dateline of 001 ("on Friday")');
    expect(describeBasis({ basis: 'resolved', phrase: 'on Tuesday', anchor: '002' }, { sources }))
      .toBe('resolved from the dateline of 002 ("on Tuesday")');
  });

  it("says an 'article' date is dated by its article, and whether that article's date is inferred", () => {
    const anchorName = (id: string) => `source ${id}`;
    expect(describeBasis({ basis: 'article', anchor: '002' }, { sources, anchorName })).toBe('dated by its article, source 002');
    expect(describeBasis({ basis: 'article', anchor: '001' }, { sources, anchorName }))
      .toBe('dated by its article, source 001, whose date is inferred');
    // The sources are read from a map as well as from a list.
    expect(describeBasis({ basis: 'article', anchor: '001' }, { sources: new Map(sources.map((s) => [s.id, s])) }))
      .toBe('dated by its article, 001, whose date is inferred');
  });

  it('shows outside knowledge last, after the note', () => {
    expect(describeBasis({ basis: 'stated', note: 'as printed', outsideNote: 'other agencies reported it on 31 Oct' }))
      .toBe('stated in the text; note: as printed. Outside knowledge: other agencies reported it on 31 Oct');
  });

  it('speaks the language of the phrases it is given', () => {
    const upper: BasisPhrases = {
      ...ENGLISH_BASIS_PHRASES,
      articleInferred: (anchor) => `DATÉ PAR SON ARTICLE ${anchor}, DATE DÉDUITE`,
      outside: (note) => ` / HORS TEXTE : ${note}`,
    };
    expect(describeBasis({ basis: 'article', anchor: '001', outsideNote: 'x' }, { sources, phrases: upper }))
      .toBe('DATÉ PAR SON ARTICLE 001, DATE DÉDUITE / HORS TEXTE : x');
  });
});
