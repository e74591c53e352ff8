/**
 * timelines-chart's shape: groups (lanes) → labels (the lane's actors, one line each) → data
 * segments { timeRange, val }. A day point is a one-day segment (its whole interval, the shortest
 * honest span); ties appear in both lanes, on the line of the participating actor.
 */
export function toTimelinesChart(dataset, intervals) {
  const actorName = new Map(dataset.actors.map((a) => [a.id, a.name]));
  const lines = new Map(dataset.lanes.map((lane) => [lane.id, new Map()]));
  for (const { event, start, end, lanes } of intervals) {
    for (const [lane, actor] of lanes) {
      const byActor = lines.get(lane);
      if (!byActor) continue;
      if (!byActor.has(actor)) byActor.set(actor, []);
      byActor.get(actor).push({ timeRange: [start, end], val: event.type });
    }
  }
  return dataset.lanes.map((lane) => ({
    group: lane.label,
    data: [...lines.get(lane.id)].map(([actor, data]) => ({ label: actorName.get(actor) ?? actor, data })),
  }));
}
