import { describe, expect, it } from 'vitest';
import { JsonSyntaxError, LocatedJson, pathKeys } from './json-locations.js';

const text = '{\n  "events": [\n    { "id": "a" },\n    { "id": "b", "when": { "start": "2013-02-30" } }\n  ]\n}\n';

describe('LocatedJson', () => {
  it('gives the line and column where the value at a path is written, counted from 1', () => {
    const json = new LocatedJson(text);
    const line = text.split('\n')[3]!;
    expect(json.positionOf('events[1].when.start')).toEqual({ line: 4, column: line.indexOf('"2013-02-30"') + 1 });
  });

  it('points a missing field at the object that lacks it', () => {
    expect(new LocatedJson(text).positionOf('events[0].when')).toEqual({ line: 3, column: 5 });
  });

  it('reports a syntax error with its line and column', () => {
    let error: unknown;
    try {
      new LocatedJson('{\n  "a": 1,\n  "b": nope\n}');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(JsonSyntaxError);
    expect((error as JsonSyntaxError).position).toEqual({ line: 3, column: 8 });
  });
});

describe('pathKeys', () => {
  it('splits the paths that core\'s issues use', () => {
    expect(pathKeys('events[3].when.start')).toEqual(['events', 3, 'when', 'start']);
    expect(pathKeys('')).toEqual([]);
  });
});
