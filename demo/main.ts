import '@syria-timeline/elements';
import { builtinDataset, OTHERS_LANE } from '@syria-timeline/core';
import { laneChoices, renderLanePicker } from './lane-picker.js';
import { downloadFile } from './download-file.js';
import { DEMO_LOCALES, DEMO_THEMES, isoDay, readViewState, writeViewState, type ViewState } from './view-state.js';

const byId = <T extends HTMLElement>(id: string): T => {
  const el = document.getElementById(id);
  if (!el) throw new Error(`demo: #${id} is missing from index.html`);
  return el as T;
};

const timeline = byId<HTMLElementTagNameMap['syria-timeline']>('timeline');
const localeSelect = byId<HTMLSelectElement>('locale');
const axisSelect = byId<HTMLSelectElement>('axis');
const status = byId<HTMLParagraphElement>('status');
const state: ViewState = readViewState(location.search);

/** Keeps the address bar in step with the view without adding history entries for every zoom. */
const saveState = () => history.replaceState(null, '', `${location.pathname}${writeViewState(state)}${location.hash}`);

const setAttr = (name: string, value: string | undefined) =>
  value === undefined ? timeline.removeAttribute(name) : timeline.setAttribute(name, value);

// --- initial view, from the link --------------------------------------------------------------
setAttr('start', state.start);
setAttr('end', state.end);
setAttr('lanes', state.lanes?.join(' '));
setAttr('issue', state.issue);
setAttr('locale', state.locale ?? 'en');
setAttr('theme', state.theme ?? 'light');
setAttr('selected', state.selected);
setAttr('axis', state.axis);
document.documentElement.dataset['theme'] = state.theme ?? 'light';

// --- lanes --------------------------------------------------------------------------------------
// The sides, then the context row of the events with no participant in a lane (hideable like a lane).
const demoLanes = [...builtinDataset.lanes, OTHERS_LANE];
const allLaneIds = [...demoLanes].sort((a, b) => a.order - b.order).map((l) => l.id);
renderLanePicker(byId<HTMLOListElement>('lane-list'), laneChoices(demoLanes, state.lanes), (ids) => {
  // Every lane in the dataset's order is the default: leave it out of the link.
  const isDefault = ids.length === allLaneIds.length && ids.every((id, i) => id === allLaneIds[i]);
  if (isDefault) delete state.lanes;
  else state.lanes = ids;
  setAttr('lanes', isDefault ? undefined : ids.join(' '));
  saveState();
});

// --- issue ---------------------------------------------------------------------------------------
// The element's own issue picker (part="issue-picker") is the only one: the page has no second.
// `change` stays inside its shadow root, but `input` is composed, so it reaches us: keep the link in step.
timeline.addEventListener('input', (e) => {
  const origin = e.composedPath()[0];
  if (!(origin instanceof HTMLSelectElement) || !origin.part.contains('issue-picker')) return;
  state.issue = origin.value;
  saveState();
});

// --- locale and theme ---------------------------------------------------------------------------
localeSelect.value = state.locale ?? 'en';
localeSelect.addEventListener('change', () => {
  const locale = DEMO_LOCALES.find((l) => l === localeSelect.value) ?? 'en';
  state.locale = locale;
  setAttr('locale', locale);
  saveState();
});
for (const radio of document.querySelectorAll<HTMLInputElement>('input[name="theme"]')) {
  radio.checked = radio.value === (state.theme ?? 'light');
  radio.addEventListener('change', () => {
    const theme = DEMO_THEMES.find((t) => t === radio.value) ?? 'light';
    state.theme = theme;
    setAttr('theme', theme);
    document.documentElement.dataset['theme'] = theme;
    saveState();
  });
}

// --- the element tells us what the user did -----------------------------------------------------
timeline.addEventListener('syria-timeline-range-change', (e) => {
  // The event's end is exclusive, the `end` attribute inclusive of the day it names: write the
  // last day shown, so that reading the link back gives the same window (not one more day per reload).
  state.start = isoDay(e.start);
  state.end = isoDay(new Date(Math.max(e.start.getTime(), e.end.getTime() - 1)));
  saveState();
});
timeline.addEventListener('syria-timeline-select', (e) => {
  if (e.event) state.selected = e.event.id;
  else delete state.selected;
  saveState();
});
timeline.addEventListener('syria-timeline-error', (e) => {
  status.textContent = `The timeline could not show its data: ${e.error.message}`;
});

// --- time axis ----------------------------------------------------------------------------------
axisSelect.value = state.axis ?? 'compressed';
axisSelect.addEventListener('change', () => {
  if (axisSelect.value === 'linear') state.axis = 'linear';
  else delete state.axis;
  setAttr('axis', state.axis);
  saveState();
});

// --- buttons (zoom and reset are the element's own) ------------------------------------------------

const exportSvgButton = byId<HTMLButtonElement>('export-svg');
const exportPngButton = byId<HTMLButtonElement>('export-png');
const fileStem = () => `syria-timeline-${state.start ?? 'all'}-${state.end ?? ''}`.replace(/-$/, '');

exportSvgButton.addEventListener('click', async () => {
  try {
    const text = await timeline.exportSvg();
    downloadFile(new Blob([text], { type: 'image/svg+xml' }), `${fileStem()}.svg`);
    status.textContent = 'SVG exported.';
  } catch (error) {
    status.textContent = `SVG export failed: ${error instanceof Error ? error.message : String(error)}`;
  }
});
exportPngButton.addEventListener('click', async () => {
  exportPngButton.disabled = true;
  try {
    downloadFile(await timeline.exportPng(), `${fileStem()}.png`);
    status.textContent = 'PNG exported.';
  } catch (error) {
    status.textContent = `PNG export failed: ${error instanceof Error ? error.message : String(error)}`;
  } finally {
    exportPngButton.disabled = false;
  }
});

byId<HTMLButtonElement>('copy-link').addEventListener('click', async () => {
  saveState();
  try {
    await navigator.clipboard.writeText(location.href);
    status.textContent = 'Link copied.';
  } catch {
    // Clipboard access needs a secure context and permission; the address bar has the same link.
    status.textContent = 'Copy the address bar: it holds the link to this view.';
  }
});
