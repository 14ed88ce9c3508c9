import type { Bin } from './bins.ts';
import { moveBetweenMarks } from './keys.ts';
import { requestDetail } from './detail.svelte.ts';
import type { Provenance, ProvenanceDetail } from './types.ts';
import { setFilters, view } from './view.svelte.ts';

/** The mark under the pointer or focus (tooltip) and the one opened with a click or Enter (sentence panel). */
export const inspect = $state({
  tip: null as null | { prov: Provenance; label: string; x: number; y: number; below: boolean; bin?: Bin },
  /** One mark's sentence, or the sentences a headline number rests on (`list`, with its title). */
  open: null as null | { prov: Provenance; label: string; list?: { title: string; items: { prov: Provenance; label: string }[] } },
});

let opener: HTMLElement | SVGElement | null = null;

function showTip(target: Element, prov: Provenance, label: string, bin?: Bin) {
  requestDetail(prov);
  const box = target.getBoundingClientRect();
  const below = box.top < 140;
  inspect.tip = { prov, label, x: box.left + box.width / 2, y: below ? box.bottom : box.top, below, bin };
}

function hideTip() {
  inspect.tip = null;
}

export function openPanel(prov: Provenance, label: string, from: HTMLElement | SVGElement | null) {
  opener = from;
  inspect.tip = null;
  requestDetail(prov);
  inspect.open = { prov, label };
}

/** Opens the sentences a headline number rests on, one per fact it counts. */
export function openSentences(title: string, items: { prov: Provenance; label: string }[], from: HTMLElement | null) {
  if (items.length === 0) return;
  opener = from;
  inspect.tip = null;
  for (const item of items) requestDetail(item.prov);
  inspect.open = { ...items[0], list: { title, items } };
}

/** Closes the panel and gives focus back to the mark that opened it. */
export function closePanel() {
  inspect.open = null;
  opener?.focus();
  opener = null;
}

/** What activating a grouped mark does: the view zooms (From/To) to the period of the reports it stands for. */
function zoomTo(bin: Bin) {
  inspect.tip = null;
  setFilters({ ...view.filters, from: bin.start, to: bin.end });
}

/** A grouped mark's label says what it stands for and what activating it does. */
export function binLabel(label: string, bin: Bin | undefined): string {
  if (!bin) return label;
  return `${label}; latest of ${bin.n} reports in the ${bin.size} ${bin.start === bin.end ? bin.start : `${bin.start} to ${bin.end}`}, activate to zoom to them`;
}

/**
 * Attributes and handlers that make a chart mark inspectable: reachable from its chart's one Tab stop with the
 * arrow keys (lib/keys.ts), tooltip on hover and focus, the sentence panel on click, Enter or Space; a grouped mark
 * (`bin`, lib/bins.ts) zooms to its reports instead. `kind` names the chart for tests (`data-mark`).
 */
export function markAttrs(kind: string, prov: Provenance, text: string, bin?: Bin) {
  const label = binLabel(text, bin);
  const activate = (target: SVGElement) => (bin ? zoomTo(bin) : openPanel(prov, label, target));
  return {
    'data-mark': kind,
    'data-fact': prov.fact_id,
    'data-reports': bin?.n,
    tabindex: -1,
    role: 'button',
    'aria-label': label,
    onmouseenter: (e: MouseEvent) => showTip(e.currentTarget as Element, prov, label, bin),
    onmouseleave: hideTip,
    onfocus: (e: FocusEvent) => showTip(e.currentTarget as Element, prov, label, bin),
    onblur: hideTip,
    onclick: (e: MouseEvent) => activate(e.currentTarget as SVGElement),
    onkeydown: (e: KeyboardEvent) => {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        activate(e.currentTarget as SVGElement);
      } else if (e.key === 'Escape') hideTip();
      else moveBetweenMarks(e);
    },
  };
}

/** The sentence split around the figure, for rendering as text nodes with the figure in a <mark>. */
export function quoteParts(detail: ProvenanceDetail): { before: string; figure: string; after: string } {
  if (!detail.figure) return { before: detail.quote, figure: '', after: '' };
  const [start, end] = detail.figure;
  return { before: detail.quote.slice(0, start), figure: detail.quote.slice(start, end), after: detail.quote.slice(end) };
}
