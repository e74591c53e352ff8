import { describe, expect, it } from 'vitest';
import { SOURCE_TEXTS, validDataset } from '../../test/broken-datasets/valid-dataset.js';
import type { Dataset } from '../model/index.js';
import { DatasetError } from './dataset-error.js';
import { findDatasetIssues } from './find-dataset-issues.js';
import { isValidDataset } from './is-valid-dataset.js';
import { parseDataset } from './parse-dataset.js';
import { sourceTextOf } from './source-text-of.js';

/** The issues `parseDataset` reports (it must throw a DatasetError, never a TypeError). */
function pathsOf(input: unknown, sourceTexts?: Readonly<Record<string, string>>): string[] {
  try {
    parseDataset(input, sourceTexts === undefined ? {} : { sourceTexts });
  } catch (error) {
    expect(error).toBeInstanceOf(DatasetError);
    return (error as DatasetError).issues.map((i) => i.path);
  }
  return [];
}

/** The valid dataset with source '002' renamed to `id` everywhere (every reference to it included). */
function withSourceId(id: string): Dataset {
  return JSON.parse(JSON.stringify(validDataset()).replaceAll('"002"', JSON.stringify(id))) as Dataset;
}

const PROTOTYPE_NAMES = ['__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty', '__defineGetter__'];

describe('sourceTextOf(texts, id)', () => {
  it('finds own string properties only', () => {
    const texts = JSON.parse('{"__proto__": "own proto", "a": "text a", "n": 1}') as Record<string, string>;
    expect(sourceTextOf(texts, 'a')).toBe('text a');
    expect(sourceTextOf(texts, '__proto__')).toBe('own proto');
    expect(sourceTextOf(texts, 'n')).toBeUndefined();
    for (const name of PROTOTYPE_NAMES) expect(sourceTextOf({}, name), name).toBeUndefined();
    expect(sourceTextOf(undefined, 'a')).toBeUndefined();
  });
});

describe('names of Object.prototype in data and options', () => {
  it.each(PROTOTYPE_NAMES)('an evidence source %s is a dangling reference, with or without sourceTexts', (name) => {
    for (const texts of [undefined, {}, SOURCE_TEXTS]) {
      const d = validDataset();
      d.events[0]!.evidence[0].source = name;
      expect(pathsOf(d, texts)).toContain('events[0].evidence[0].source');
    }
  });

  it.each(PROTOTYPE_NAMES)('an anchor %s is a dangling reference, with sourceTexts', (name) => {
    const d = validDataset();
    d.events[0]!.when.anchor = name;
    expect(pathsOf(d, SOURCE_TEXTS)).toContain('events[0].when.anchor');
  });

  it.each(['constructor', 'tostring', 'valueof', 'hasownproperty'])('a source id %s works, whether sourceTexts has its text or not', (id) => {
    const d = withSourceId(id);
    expect(pathsOf(d)).toEqual([]);
    expect(pathsOf(d, {})).toEqual([]);
    expect(isValidDataset(d, { sourceTexts: {} })).toBe(true);
    const texts = { [id]: SOURCE_TEXTS['002']! };
    expect(pathsOf(d, texts)).toEqual([]);
    // And with its text given, a wrong quote is still found.
    d.events[0]!.evidence[0].text = d.events[0]!.evidence[0].text.toUpperCase();
    expect(pathsOf(d, texts)).toEqual(['events[0].evidence[0].text']);
  });

  it('a sourceTexts object with an own "__proto__" key is read as data', () => {
    const texts = JSON.parse(`{"__proto__": "x", "002": ${JSON.stringify(SOURCE_TEXTS['002'])}}`) as Record<string, string>;
    expect(pathsOf(validDataset(), texts)).toEqual([]);
    expect(findDatasetIssues(validDataset(), { sourceTexts: texts })).toEqual([]);
  });

  it('ids named like prototype members are ids like any other (actors, lanes, issues)', () => {
    const d = validDataset();
    d.lanes[0]!.id = 'constructor';
    d.actors[0]!.lane = 'constructor';
    d.issues[0]!.id = 'tostring';
    d.events[0]!.issues = ['tostring'];
    d.stances[0]!.issue = 'tostring';
    expect(pathsOf(d)).toEqual([]);
    d.actors[1]!.partOf = 'valueof';
    expect(pathsOf(d)).toEqual(['actors[1].partOf']);
  });
});
