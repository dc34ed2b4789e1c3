import { el, time, plural } from './dom.js';

/**
 * An article as stored: its text cut into the paragraphs its blank lines separate, section headings as headings,
 * and the passage [start, end) of a statement's span marked. The offsets count UTF-16 code units, exactly as
 * JavaScript indexes strings, so slicing the text with them gives the quoted words.
 */
export function articleView(documentDetail, highlight) {
	const text = documentDetail.text;
	const headings = new Set((documentDetail.sections || [])
		.filter(section => section.heading)
		.map(section => section.start));
	const body = el('div', { class: 'article__text' });
	for (const block of blocksOf(text)) {
		if (block.start === 0 && text.slice(block.start, block.end).trim() === documentDetail.title) {
			continue;
		}
		const tag = headings.has(block.start) ? 'h3' : 'p';
		body.append(el(tag, { 'data-start': block.start }, ...marked(text, block, highlight)));
	}
	const counts = documentDetail.factCounts || {};
	return el('article', { class: 'card article', 'aria-labelledby': 'article-title' },
		el('h2', { id: 'article-title', tabindex: '-1' }, documentDetail.title),
		el('p', { class: 'article__meta' },
			documentDetail.publisher ? `${documentDetail.publisher} · ` : '',
			documentDetail.publishedAt ? time(documentDetail.publishedAt.slice(0, 10)) : 'publication date unknown',
			documentDetail.category ? ` · ${documentDetail.category}` : '',
			` · read into ${plural(counts.people ?? 0, 'person', 'people')}, ${plural(counts.events ?? 0, 'event')}, `
				+ `${plural(counts.statements ?? 0, 'statement')}`),
		body);
}

/** The runs of text between blank lines, with their offsets in the whole text. */
export function blocksOf(text) {
	const blocks = [];
	const separator = /\n[ \t]*\n\s*/g;
	let start = 0;
	for (const match of text.matchAll(separator)) {
		pushTrimmed(blocks, text, start, match.index);
		start = match.index + match[0].length;
	}
	pushTrimmed(blocks, text, start, text.length);
	return blocks;
}

function pushTrimmed(blocks, text, start, end) {
	while (start < end && /\s/.test(text[start])) {
		start++;
	}
	while (end > start && /\s/.test(text[end - 1])) {
		end--;
	}
	if (end > start) {
		blocks.push({ start, end });
	}
}

function marked(text, block, highlight) {
	if (!highlight || highlight.end <= block.start || highlight.start >= block.end) {
		return [text.slice(block.start, block.end)];
	}
	const from = Math.max(block.start, highlight.start);
	const to = Math.min(block.end, highlight.end);
	return [
		text.slice(block.start, from),
		el('mark', { class: 'passage' }, text.slice(from, to)),
		text.slice(to, block.end),
	];
}
