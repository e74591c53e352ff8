/**
 * Where a mouse or pointer event happened in an SVG element's own coordinates (px in the user
 * space its children are drawn in), through its screen transform; the box's top-left corner when
 * the element has no usable transform (detached, or scaled to zero).
 */
export function localPoint(node: SVGGraphicsElement, e: Pick<MouseEvent, 'clientX' | 'clientY'>): { x: number; y: number } {
  const m = node.getScreenCTM();
  if (m && m.a && m.d) return { x: (e.clientX - m.e) / m.a, y: (e.clientY - m.f) / m.d };
  const box = node.getBoundingClientRect();
  return { x: e.clientX - box.left, y: e.clientY - box.top };
}
