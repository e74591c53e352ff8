import type { Source } from '../../model/index.js';

/**
 * The five seed articles. `sha256` pins the evidence offsets to these exact bytes
 * (checked by packages/core/test/seeds.test.ts). Headlines are as printed.
 */
export const sources: Source[] = [
  {
    id: '000',
    file: 'seeds/000_91e24b79df5b89de.txt',
    title: 'Putin urges West to make Syria opposition agree to talks',
    // Printed in the dateline: "NOVO-OGARYOVO, March 2 (Itar-Tass)".
    publisher: 'Itar-Tass',
    dateline: {
      start: '2012-03-02',
      basis: 'inferred',
      note:
        'The dateline reads "NOVO-OGARYOVO, March 2 (Itar-Tass)" with no year. 2012 is inferred from outside knowledge: ' +
        'the text calls Putin "Prime Minister and presidential hopeful", which fits only the run-up to the Russian ' +
        'presidential election of 4 March 2012, and it refers to the UN Security Council resolution "Russia vetoed jointly ' +
        'with China", the draft vetoed on 4 February 2012 (source 002).',
    },
    sha256: '36b386431d960ad8538bb13f507a8f3bd51f9b36d89cee25cd581b41cf79bd6d',
  },
  {
    id: '001',
    file: 'seeds/001_96a7b5ca34ed2a4c.txt',
    title: 'Putin says Syria’s Assad is ready to share power',
    publisher: 'Unnamed outlet, from news agencies',
    publisherNote:
      'Not printed: the text names no outlet and ends "Source: News Agencies". Its make-up (the "[EPA]" photo credit, ' +
      'the name "ISIL", the "Source: News Agencies" footer) resembles Al Jazeera English\'s, but that is outside ' +
      'knowledge and unverified, so no outlet is named.',
    credits: 'Source: News Agencies',
    dateline: {
      start: '2015-09-04',
      basis: 'inferred',
      note:
        'The text has no dateline. It reports Putin speaking to reporters "on the sidelines of the Eastern Economic Forum ' +
        'in Vladivostok on Friday". Outside knowledge: the first Eastern Economic Forum was held in Vladivostok in early ' +
        'September 2015, and reports dated 4 September 2015 give Putin\'s remarks there to journalists "on Friday", i.e. ' +
        'Friday 4 September 2015. The article is dated to that Friday; it may have been published later.',
    },
    sha256: '33e2c67c2130d2a1651acc181edc9cee2423207b13248298a1568574e5000d8e',
  },
  {
    id: '002',
    file: 'seeds/002_461fbc77ecd1b75f.txt',
    title: 'Results of Syria talks must not be predetermined: Russia',
    // Printed in the dateline: "MOSCOW (Reuters)".
    publisher: 'Reuters',
    credits: 'Additional reporting by Guy Faulconbridge in Moscow and Leigh Thomas in Paris; Writing by Steve Gutterman; ' +
      'Editing by Andrew Roche',
    dateline: { start: '2012-02-08', basis: 'stated', phrase: 'February 8, 2012 / 7:06 PM' },
    sha256: '1b755bd196664e95d68b24a36c149bb4f8f898d2152fd3949542a750124198ef',
  },
  {
    id: '003',
    file: 'seeds/003_4771c96276f94b46.txt',
    title: 'Russia offers Syria mediation, opposition says no',
    publisher: 'AFP (blog repost)',
    publisherNote:
      'No byline or agency slug is printed. AFP because the text says "Burhan Ghalioun told AFP", the way the agency ' +
      'cites its own interviews, so the copy is read as AFP\'s (an inference); "blog repost" because of the tail ("Sent ' +
      'from my iPad 2", "No comments:", "Post a Comment"). The blog is not named.',
    dateline: {
      start: '2012-01-31',
      basis: 'stated',
      phrase: 'Tuesday, January 31, 2012',
      note:
        'The printed date heads a blog repost of AFP copy ("Sent from my iPad 2", "Post a Comment"): it is the date of the ' +
        'repost, which may be a day after the agency story. The weekday phrases in the text resolve consistently against it.',
    },
    sha256: 'c72f8ccb851aa4b141e1c6d44e5b98def650ccac11473201126a2447e830fa0a',
  },
  {
    id: '004',
    file: 'seeds/004_4a0cfdd2ac160c45.txt',
    title: 'Putin discusses Syria peace efforts with Assad',
    publisher: 'Unnamed outlet, from agencies',
    publisherNote:
      'Not printed: the page names no outlet ("Follow us on:" has no name after it) and ends "Source: Agencies"; the ' +
      'photo is credited "[AP]".',
    credits: 'Source: Agencies',
    dateline: { start: '2013-11-14', basis: 'stated', phrase: 'November 14, 2013, 6:23 pm' },
    sha256: '0016910cbf1f6f42c765076d01185e458f546bf528a49b5032c44a52e6252d92',
  },
];
