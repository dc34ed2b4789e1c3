import { getJson, getPage } from './api.js';
import { el, time, humanize, plural, status, problemNotice, emptyNotice, replaceBody } from './dom.js';
import { timelineFigure } from './timeline.js';
import { articleView } from './article.js';

/*
 * The explorer: an overview of every collection at "#/", and two views reached by real links, an article with a
 * passage marked ("#/articles/ID?start=S&end=E") and search results ("#/search?q=WORDS"). Plain fragments such as
 * "#statements" jump to a section of the overview. Each part of a view costs one request to the public API.
 */

const overview = document.getElementById('overview');
const detail = document.getElementById('detail');
const panels = {
	summits: document.querySelector('#summits .panel__body'),
	memberStates: document.querySelector('#member-states .panel__body'),
	timeline: document.querySelector('#timeline .panel__body'),
	statements: document.querySelector('#statements .panel__body'),
	articles: document.querySelector('#articles .panel__body'),
};
const countryNames = new Map();
let overviewLoaded = false;

function settle(panel, ...children) {
	panel.dataset.status = 'done';
	replaceBody(panel, ...children);
}

function fail(panel, problem, what) {
	panel.dataset.status = 'error';
	replaceBody(panel, problemNotice(problem, what));
}

function jsonLink(href) {
	return el('a', { class: 'json-link', href }, 'JSON');
}

function personName(person) {
	return person.title ? `${person.title} ${person.name}` : person.name;
}

function countryName(code) {
	return code ? countryNames.get(code) || code : null;
}

function moreThanShown(shown, total, path) {
	return total > shown
		? el('p', { class: 'muted' }, `Showing ${shown} of ${total}. The rest are at `, el('a', { href: path }, path), '.')
		: null;
}

// ---- overview ----

/** Every part at once; the summits wait for the member states, whose names they give the attendees' countries. */
function loadOverview() {
	overviewLoaded = true;
	return Promise.all([
		loadMemberStates().then(loadSummits),
		loadCounts(),
		loadTimeline(),
		loadStatements(),
		loadArticles(),
	]);
}

async function loadCounts() {
	const counts = document.getElementById('counts');
	try {
		const index = await getJson('/api');
		const c = index.counts;
		counts.textContent = c.documents === 0
			? 'No articles are loaded yet, so there is nothing to show. Articles are added with POST /api/documents.'
			: `Read from ${plural(c.documents, 'article')}: ${plural(c.memberStates, 'member state')}, `
				+ `${plural(c.people, 'person', 'people')}, ${plural(c.events, 'event')}, ${plural(c.statements, 'statement')}.`;
	}
	catch (problem) {
		counts.replaceChildren(problemNotice(problem, 'the index of the API'));
	}
}

/** One paged collection into its panel: the items drawn by render, or a notice when there are none or a problem. */
async function loadCollection(panel, path, parameters, { what, none, render }) {
	try {
		const { items, total } = await getPage(path, parameters);
		settle(panel, items.length === 0 ? emptyNotice(none) : render(items), moreThanShown(items.length, total, path));
		return items;
	}
	catch (problem) {
		fail(panel, problem, what);
		return [];
	}
}

function loadSummits() {
	return loadCollection(panels.summits, '/api/summits', { sort: 'date,desc' }, {
		what: 'the summits',
		none: 'The articles name no summit yet.',
		render: items => el('div', { class: 'summits' }, items.map(summitCard)),
	});
}

function summitCard(summit) {
	const rows = [
		['Date', time(summit.date, summit.datePrecision)],
		['City', summit.place || 'not named'],
		['Venue', summit.venue || 'not named'],
		['Occasion', summit.occasion || 'not named'],
		['Statements', String(summit.statementCount ?? 0)],
	];
	return el('article', { class: 'card summit', 'data-summit-id': summit.id },
		el('header', { class: 'card__header' },
			el('h3', {}, summit.title),
			jsonLink(`/api/summits/${encodeURIComponent(summit.id)}`)),
		el('dl', { class: 'facts' }, rows.map(([term, value]) => [el('dt', {}, term), el('dd', {}, value)])),
		el('h4', {}, `Attendees (${summit.attendees.length})`),
		summit.attendees.length === 0
			? el('p', { class: 'muted' }, 'The articles name no attendee.')
			: el('table', { class: 'attendees' },
				el('caption', { class: 'visually-hidden' }, `Attendees of ${summit.title}`),
				el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Name'), el('th', { scope: 'col' }, 'Title'), el('th', { scope: 'col' }, 'Country'))),
				el('tbody', {}, summit.attendees.map(person => el('tr', { 'data-person-id': person.id },
					el('th', { scope: 'row' }, person.name),
					el('td', {}, person.title || '—'),
					el('td', {}, countryName(person.country) || '—'))))));
}

async function loadMemberStates() {
	const memberStates = await loadCollection(panels.memberStates, '/api/member-states', { sort: 'name,asc' }, {
		what: 'the member states',
		none: 'The articles name no member state yet.',
		render: items => el('ul', { class: 'member-states', role: 'list' }, items.map(memberStateCard)),
	});
	memberStates.forEach(country => countryNames.set(country.code, country.name));
}

function memberStateCard(country) {
	return el('li', { class: 'card member-state', 'data-country': country.code },
		el('header', { class: 'card__header' },
			el('h3', {}, country.name),
			el('abbr', { class: 'tag', title: `ISO 3166-1 alpha-3 code of ${country.name}` }, country.code)),
		country.officialName && country.officialName !== country.name ? el('p', { class: 'muted' }, country.officialName) : null,
		country.leaders.length === 0
			? el('p', { class: 'muted' }, 'No leader named in the articles.')
			: el('ul', { class: 'leaders' }, country.leaders.map(leader =>
				el('li', { class: 'leader', 'data-person-id': leader.id },
					el('span', { class: 'leader__title' }, leader.title || 'Leader'), ' ',
					el('span', { class: 'leader__name' }, leader.name)))));
}

async function loadTimeline() {
	try {
		const events = await getJson('/api/timeline');
		settle(panels.timeline, events.some(event => event.date)
			? timelineFigure(events)
			: emptyNotice('The articles date no event yet.'));
	}
	catch (problem) {
		fail(panels.timeline, problem, 'the timeline');
	}
}

// ---- statements ----

const statementForm = document.getElementById('statement-filter');
const speakerSelect = document.getElementById('speaker-filter');
const statementQuery = document.getElementById('statement-query');
const statementCount = document.getElementById('statement-count');
let statementRequest = 0;

async function loadStatements() {
	const request = ++statementRequest;
	const speaker = speakerSelect.value;
	const q = statementQuery.value.trim();
	panels.statements.dataset.status = 'loading';
	try {
		const { items, total } = await getPage('/api/statements', { speaker, q });
		if (request !== statementRequest) {
			return;
		}
		const filtered = speaker || q;
		if (!filtered && speakerSelect.options.length === 1) {
			offerSpeakers(items);
		}
		statementCount.textContent = filtered
			? `${plural(total, 'statement')} ${total === 1 ? 'matches' : 'match'}.`
			: `${plural(total, 'statement')} in the articles.`;
		settle(panels.statements, items.length === 0
			? emptyNotice(filtered ? 'No statement matches this filter.' : 'The articles quote nobody yet.')
			: el('ol', { class: 'statements', role: 'list' }, items.map(statementCard)),
			moreThanShown(items.length, total, '/api/statements'));
	}
	catch (problem) {
		if (request === statementRequest) {
			statementCount.textContent = '';
			fail(panels.statements, problem, 'the statements');
		}
	}
}

function passageHref(statement) {
	const span = statement.span;
	return `#/articles/${encodeURIComponent(span.documentId)}?start=${span.start}&end=${span.end}`;
}

function statementCard(statement) {
	const kind = statement.kind === 'QUOTE' ? 'quote' : 'reported';
	return el('li', { class: `card statement statement--${kind}`, 'data-statement-id': statement.id, 'data-speaker': statement.speaker?.id },
		el('blockquote', { class: 'statement__text' }, el('p', {}, statement.text)),
		el('p', { class: 'statement__meta' },
			el('span', { class: 'statement__speaker' }, statement.speaker?.name || 'Unknown speaker'),
			el('span', { class: 'tag' }, statement.kind === 'QUOTE' ? 'Quoted' : humanize(statement.kind)),
			statement.topic ? el('span', { class: 'muted' }, statement.topic) : null),
		el('p', { class: 'statement__links' },
			statement.span
				? el('a', { class: 'passage-link', href: passageHref(statement) }, 'Show the passage in the article')
				: null,
			jsonLink(`/api/statements/${encodeURIComponent(statement.id)}`)));
}

/** Speakers come from the statements themselves, so an organization or a country that spoke is offered too. */
function offerSpeakers(statements) {
	const speakers = new Map();
	for (const statement of statements) {
		if (statement.speaker?.id) {
			const entry = speakers.get(statement.speaker.id) || { name: statement.speaker.name, count: 0 };
			entry.count++;
			speakers.set(statement.speaker.id, entry);
		}
	}
	const options = [...speakers].sort(([, a], [, b]) => a.name.localeCompare(b.name))
		.map(([id, speaker]) => el('option', { value: id }, `${speaker.name} (${speaker.count})`));
	speakerSelect.append(...options);
}

let typingTimer;
statementForm.addEventListener('submit', event => {
	event.preventDefault();
	loadStatements();
});
speakerSelect.addEventListener('change', () => loadStatements());
statementQuery.addEventListener('input', () => {
	clearTimeout(typingTimer);
	typingTimer = setTimeout(loadStatements, 300);
});

// ---- articles ----

function loadArticles() {
	return loadCollection(panels.articles, '/api/documents', { sort: 'publishedAt,desc' }, {
		what: 'the articles',
		none: 'No article is loaded yet. Articles are added with POST /api/documents.',
		render: items => el('ul', { class: 'articles', role: 'list' }, items.map(articleItem)),
	});
}

function articleItem(documentSummary) {
	const counts = documentSummary.factCounts || {};
	return el('li', { class: 'card article-item', 'data-document-id': documentSummary.id },
		el('h3', {}, el('a', { href: `#/articles/${encodeURIComponent(documentSummary.id)}` }, documentSummary.title)),
		el('p', { class: 'muted' },
			[documentSummary.publisher, documentSummary.category, documentSummary.sourceName].filter(Boolean).join(' · '),
			documentSummary.publishedAt ? [' · published ', time(documentSummary.publishedAt.slice(0, 10))] : null),
		el('p', { class: 'article-item__counts' },
			`${plural(counts.countries ?? 0, 'country', 'countries')}, ${plural(counts.people ?? 0, 'person', 'people')}, `
				+ `${plural(counts.events ?? 0, 'event')}, ${plural(counts.statements ?? 0, 'statement')} `,
			jsonLink(`/api/documents/${encodeURIComponent(documentSummary.id)}`)));
}

// ---- detail views ----

function backLink() {
	return el('p', { class: 'back' }, el('a', { href: '#/' }, '← Back to the overview'));
}

function showDetail(...children) {
	overview.hidden = true;
	detail.hidden = false;
	replaceBody(detail, backLink(), ...children);
}

async function showArticle(id, parameters) {
	const start = Number.parseInt(parameters.get('start'), 10);
	const end = Number.parseInt(parameters.get('end'), 10);
	const highlight = Number.isInteger(start) && Number.isInteger(end) && end > start ? { start, end } : null;
	showDetail(status('Loading the article…'));
	document.title = 'Article · csto-facts explorer';
	try {
		const documentDetail = await getJson(`/api/documents/${encodeURIComponent(id)}`);
		const view = articleView(documentDetail, highlight);
		const mark = view.querySelector('mark');
		showDetail(
			highlight && mark
				? el('p', { class: 'notice', id: 'passage-note' },
					el('span', { class: 'notice__label' }, 'Source:'),
					` The marked passage is characters ${start} to ${end} of the article's text, where the statement was read.`)
				: null,
			view);
		document.title = `${documentDetail.title} · csto-facts explorer`;
		if (mark) {
			mark.setAttribute('tabindex', '-1');
			mark.focus({ preventScroll: true });
			mark.scrollIntoView({ block: 'center' });
		}
		else {
			view.querySelector('h2').focus();
		}
	}
	catch (problem) {
		showDetail(el('h1', { tabindex: '-1' }, 'Article'), problemNotice(problem, 'the article'));
		detail.querySelector('h1').focus();
	}
}

async function showSearch(q) {
	const input = document.getElementById('search-input');
	input.value = q;
	document.title = `Search: ${q} · csto-facts explorer`;
	const heading = el('h1', { tabindex: '-1' }, `Search results for “${q}”`);
	showDetail(heading, status('Searching…'));
	heading.focus();
	try {
		const { items, total } = await getPage('/api/search', { q });
		showDetail(heading,
			el('p', { class: 'result-count', 'aria-live': 'polite' }, `${plural(total, 'result')}.`),
			items.length === 0
				? emptyNotice('Nothing matches these words. Try a name, a city or a word of a quote.')
				: el('ol', { class: 'search-results', role: 'list' }, items.map(searchResult)),
			moreThanShown(items.length, total, `/api/search?q=${encodeURIComponent(q)}`));
	}
	catch (problem) {
		showDetail(heading, problemNotice(problem, 'the search results'));
	}
}

function searchResult(result) {
	const title = result.type === 'STATEMENT'
		? el('a', { href: `#/statements/${encodeURIComponent(result.id)}` }, result.label)
		: result.label;
	return el('li', { class: 'card search-result', 'data-type': result.type },
		el('p', { class: 'search-result__head' },
			el('span', { class: 'tag' }, humanize(result.type)), ' ',
			el('strong', {}, title)),
		result.snippet ? el('p', {}, result.snippet) : null,
		result.href ? jsonLink(result.href) : null);
}

/** A statement's own link: one request for its span, then the article with the passage marked. */
async function showStatement(id) {
	showDetail(status('Loading the statement…'));
	try {
		const statement = await getJson(`/api/statements/${encodeURIComponent(id)}`);
		window.location.replace(passageHref(statement));
	}
	catch (problem) {
		showDetail(el('h1', { tabindex: '-1' }, 'Statement'), problemNotice(problem, 'the statement'));
		detail.querySelector('h1').focus();
	}
}

// ---- routing ----

function route() {
	const hash = window.location.hash;
	if (hash.startsWith('#/') && hash.length > 2) {
		const [path, query = ''] = hash.slice(2).split('?');
		const parameters = new URLSearchParams(query);
		const [view, id] = path.split('/');
		if (view === 'articles' && id) {
			return showArticle(decodeURIComponent(id), parameters);
		}
		if (view === 'statements' && id) {
			return showStatement(decodeURIComponent(id));
		}
		if (view === 'search' && parameters.get('q')) {
			return showSearch(parameters.get('q'));
		}
	}
	detail.hidden = true;
	detail.replaceChildren();
	overview.hidden = false;
	document.title = 'csto-facts explorer';
	const target = hash.length > 1 && !hash.startsWith('#/') ? document.getElementById(hash.slice(1)) : null;
	if (target) {
		target.scrollIntoView();
	}
	else if (hash.startsWith('#/')) {
		window.scrollTo(0, 0);
	}
	if (!overviewLoaded) {
		// The sections above the target grow as their data arrives, so it is scrolled to again once all is in.
		loadOverview().then(() => target?.scrollIntoView());
	}
}

document.getElementById('search-form').addEventListener('submit', event => {
	event.preventDefault();
	const q = document.getElementById('search-input').value.trim();
	if (q) {
		window.location.hash = `#/search?q=${encodeURIComponent(q)}`;
	}
});

window.addEventListener('hashchange', route);
route();
