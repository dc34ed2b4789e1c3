import { el, svg, formatDate, humanize, time } from './dom.js';

/**
 * The events of /api/timeline on a horizontal axis drawn to scale: equal spans of time take equal widths. Labels
 * stack in rows above the axis so that none overlaps another, and the drawing is redone at the width it is shown,
 * so text keeps its size on a phone. The list below says the same in words, for screen readers and small screens.
 */

const PADDING = 28;
const EDGE = 4;
const LABEL_FONT_SIZE = 13;
const DATE_FONT_SIZE = 12;
const ROW_HEIGHT = 46;
const LABEL_GAP = 18;
const TICK_STEPS = [1, 2, 5, 10, 20, 25, 50, 100, 200, 500];

const SHAPES = {
	SUMMIT: { glyph: '●', draw: (x, y) => svg('circle', { cx: x, cy: y, r: 7, class: 'marker marker--summit' }) },
	TREATY_SIGNED: { glyph: '■', draw: (x, y) => svg('rect', { x: x - 6, y: y - 6, width: 12, height: 12, class: 'marker marker--treaty' }) },
	ORGANIZATION_FOUNDED: { glyph: '◆', draw: (x, y) => svg('path', { d: `M${x} ${y - 8}L${x + 8} ${y}L${x} ${y + 8}L${x - 8} ${y}Z`, class: 'marker marker--founded' }) },
};
const OTHER_SHAPE = { glyph: '○', draw: (x, y) => svg('circle', { cx: x, cy: y, r: 6, class: 'marker marker--other' }) };

function shapeOf(type) {
	return SHAPES[type] || OTHER_SHAPE;
}

function instantOf(event) {
	return Date.parse(`${event.date.slice(0, 10)}T00:00:00Z`);
}

export function timelineFigure(events) {
	const dated = events.filter(event => event.date && !Number.isNaN(instantOf(event)))
		.sort((a, b) => instantOf(a) - instantOf(b));
	const canvas = el('div', { class: 'timeline__canvas' });
	const first = dated[0];
	const last = dated[dated.length - 1];
	const figure = el('figure', { class: 'card timeline' },
		canvas,
		el('figcaption', {}, `${dated.length} dated events from ${formatDate(first.date, first.datePrecision)} to `
			+ `${formatDate(last.date, last.datePrecision)}, drawn to scale.`),
		el('ol', { class: 'timeline__list' }, dated.map(listItem)));

	let drawnWidth = 0;
	// Redrawing in the next frame keeps the observer from reacting to the height change its own drawing causes.
	new ResizeObserver(() => requestAnimationFrame(() => {
		const width = Math.round(canvas.clientWidth);
		if (width > 0 && width !== drawnWidth) {
			drawnWidth = width;
			canvas.replaceChildren(drawing(dated, width));
		}
	})).observe(canvas);
	return figure;
}

function listItem(event) {
	const where = [event.venue, event.place].filter(Boolean).join(', ');
	return el('li', { 'data-event-id': event.id },
		el('span', { class: 'timeline__glyph', 'aria-hidden': 'true' }, shapeOf(event.type).glyph),
		time(event.date, event.datePrecision),
		' ',
		el('span', { class: 'tag' }, humanize(event.type)),
		' ',
		el('span', { class: 'timeline__title' }, event.title),
		where ? el('span', { class: 'muted' }, ` · ${where}`) : null);
}

function drawing(events, width) {
	const start = instantOf(events[0]);
	const span = instantOf(events[events.length - 1]) - start;
	const usable = width - 2 * PADDING;
	const xOf = event => span === 0 ? width / 2 : PADDING + (instantOf(event) - start) / span * usable;

	const measure = textMeasure();
	const rows = [];
	const labels = events.map(event => {
		const x = xOf(event);
		const title = fitted(event.title, width - 2 * EDGE, measure.label);
		const dateText = formatDate(event.date, event.datePrecision);
		const labelWidth = Math.max(measure.label(title), measure.date(dateText));
		const left = Math.max(EDGE, Math.min(x, width - EDGE - labelWidth));
		let row = rows.findIndex(taken => taken.every(([from, to]) => left + labelWidth + LABEL_GAP <= from || to + LABEL_GAP <= left));
		if (row < 0) {
			row = rows.length;
			rows.push([]);
		}
		rows[row].push([left, left + labelWidth]);
		return { event, x, left, title, dateText, row };
	});

	const axisY = 12 + rows.length * ROW_HEIGHT + 18;
	const height = axisY + 36;
	const root = svg('svg', {
		class: 'timeline__svg', width, height, viewBox: `0 0 ${width} ${height}`, role: 'img',
		'aria-label': `Timeline of ${events.length} events drawn to scale; the list below names them.`,
	});
	root.append(svg('line', { x1: PADDING, y1: axisY, x2: width - PADDING, y2: axisY, class: 'timeline__axis' }));
	for (const tick of ticks(start, span, usable)) {
		const x = span === 0 ? width / 2 : PADDING + (tick.instant - start) / span * usable;
		root.append(
			svg('line', { x1: x, y1: axisY, x2: x, y2: axisY + 6, class: 'timeline__tick' }),
			svg('text', { x, y: axisY + 22, 'text-anchor': 'middle', class: 'timeline__year' }, tick.year));
	}
	for (const label of labels) {
		const titleY = axisY - 24 - label.row * ROW_HEIGHT;
		root.append(svg('g', { class: 'timeline__event', 'data-event-id': label.event.id, 'data-date': label.event.date, 'data-type': label.event.type },
			svg('title', {}, `${label.dateText}: ${label.event.title}`),
			svg('line', { x1: label.x, y1: axisY, x2: label.x, y2: titleY - 28, class: 'timeline__leader' }),
			shapeOf(label.event.type).draw(label.x, axisY),
			svg('text', { x: label.left, y: titleY - 16, 'font-size': DATE_FONT_SIZE, class: 'timeline__date' }, label.dateText),
			svg('text', { x: label.left, y: titleY, 'font-size': LABEL_FONT_SIZE, class: 'timeline__label' }, label.title)));
	}
	return root;
}

/** Widths of label and date texts in the page's own font, as the drawing's CSS sets them. */
function textMeasure() {
	const context = document.createElement('canvas').getContext('2d');
	const family = getComputedStyle(document.body).fontFamily;
	const widthIn = font => text => {
		context.font = font;
		return Math.ceil(context.measureText(text).width);
	};
	return { label: widthIn(`${LABEL_FONT_SIZE}px ${family}`), date: widthIn(`bold ${DATE_FONT_SIZE}px ${family}`) };
}

function fitted(text, width, widthOf) {
	if (widthOf(text) <= width) {
		return text;
	}
	let length = text.length - 1;
	while (length > 1 && widthOf(`${text.slice(0, length)}…`) > width) {
		length--;
	}
	return `${text.slice(0, length).trimEnd()}…`;
}

function ticks(start, span, usable) {
	const startYear = new Date(start).getUTCFullYear();
	const endYear = new Date(start + span).getUTCFullYear();
	const step = TICK_STEPS.find(candidate => (endYear - startYear) / candidate <= usable / 72) || TICK_STEPS[TICK_STEPS.length - 1];
	const result = [];
	for (let year = Math.ceil(startYear / step) * step; year <= endYear; year += step) {
		const instant = Date.UTC(year, 0, 1);
		if (instant >= start && instant <= start + span) {
			result.push({ year, instant });
		}
	}
	return result;
}
