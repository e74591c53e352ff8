/**
 * What the other libraries need from a Dataset, computed once: for each event, its UTC
 * interval [start, end) and the distinct lanes of its participants (an event touching two
 * lanes is drawn in both, as <syria-timeline> does), with the actor it belongs to in each lane.
 *
 * @param parseEdtf core's parser (passed in: core is TypeScript, loaded through tsx).
 */
export function eventIntervals(dataset, parseEdtf) {
  const actors = new Map(dataset.actors.map((a) => [a.id, a]));
  const laneOf = (id) => {
    const seen = new Set();
    for (let a = actors.get(id); a && !seen.has(a.id); a = a.partOf ? actors.get(a.partOf) : undefined) {
      seen.add(a.id);
      if (a.lane) return a.lane;
    }
    return undefined;
  };
  return dataset.events.map((event) => {
    const start = parseEdtf(event.when.start);
    const end = event.when.end ? parseEdtf(event.when.end) : start;
    const byLane = new Map();
    for (const p of event.participants) {
      const lane = laneOf(p.actor);
      if (lane && !byLane.has(lane)) byLane.set(lane, p.actor);
    }
    return {
      event,
      start: start.earliest,
      end: end.latest + 1,
      isPoint: !event.when.end && start.precision === 'day',
      lanes: [...byLane],
    };
  });
}
