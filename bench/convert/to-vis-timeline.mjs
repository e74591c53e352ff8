/**
 * vis-timeline's shape: groups = lanes; one item per event and lane (ties appear in both lanes);
 * day points as 'point' items, ranges and month dates as 'range' items over their interval.
 * `window` is the data's extent: without it vis-timeline first shows today and fits to the
 * items only after a later redraw, while the others open on the whole extent.
 */
export function toVisTimeline(dataset, intervals) {
  const groups = dataset.lanes.map((lane) => ({ id: lane.id, content: lane.label, order: lane.order }));
  const items = [];
  let start = Infinity;
  let end = -Infinity;
  for (const i of intervals) {
    start = Math.min(start, i.start);
    end = Math.max(end, i.end);
    for (const [lane] of i.lanes) {
      const id = `${i.event.id}@${lane}`;
      items.push(i.isPoint
        ? { id, group: lane, start: i.start, type: 'point', content: i.event.title }
        : { id, group: lane, start: i.start, end: i.end, type: 'range', content: i.event.title });
    }
  }
  return { groups, items, window: { start, end } };
}
