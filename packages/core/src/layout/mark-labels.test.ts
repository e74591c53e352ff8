import { describe, expect, it } from 'vitest';
import type { Source, TimelineEvent } from '../model/index.js';
import { eventMarkLabel } from './mark-labels.js';

const event = (when: TimelineEvent['when']): TimelineEvent => ({
  id: 'putin-speaks', type: 'statement', title: 'Putin speaks', when,
  participants: [{ actor: 'putin', role: 'actor' }],
  evidence: [{ source: '001', start: 0, end: 1, text: 'P' }],
});
const sources: Pick<Source, 'id' | 'dateline'>[] = [{ id: '001', dateline: { start: '2015-09-04', basis: 'inferred', note: 'no dateline' } }];

describe('eventMarkLabel(event, lanes, locale, sources)', () => {
  it('says how the date was obtained, and that an anchor dateline is inferred when it is', () => {
    const resolved = event({ start: '2015-09-04', basis: 'resolved', phrase: 'on Friday', anchor: '001' });
    expect(eventMarkLabel(resolved, ['Russia'], 'en-GB')).toBe('Putin speaks, 4 Sept 2015 (date resolved from the dateline), Russia');
    expect(eventMarkLabel(resolved, ['Russia'], 'en-GB', sources))
      .toBe('Putin speaks, 4 Sept 2015 (date resolved from an inferred dateline), Russia');
    const article = event({ start: '2015-09-04', basis: 'article', anchor: '001' });
    expect(eventMarkLabel(article, ['Russia'], 'en-GB', sources))
      .toBe('Putin speaks, 4 Sept 2015 (dated by its article, whose date is inferred), Russia');
  });
});
