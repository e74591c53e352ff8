/**
 * Id of the context row: the synthetic lane, after the data lanes, of the events with no
 * participant in any lane (UN statements, envoys, groups outside the sides). The layout adds it
 * only when such events exist; list it in `LayoutOptions.lanes` (or the element's `lanes`
 * attribute) like any lane. A dataset lane with this id is used as the context row itself.
 */
export const OTHERS_LANE_ID = 'others';
