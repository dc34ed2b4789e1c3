/** Small helpers that build the page from data with text nodes only, so nothing the API returns is parsed as HTML. */

const SVG_NAMESPACE = 'http://www.w3.org/2000/svg';

export function el(tag, attributes = {}, ...children) {
	return fill(document.createElement(tag), attributes, children);
}

export function svg(tag, attributes = {}, ...children) {
	return fill(document.createElementNS(SVG_NAMESPACE, tag), attributes, children);
}

function fill(element, attributes, children) {
	for (const [name, value] of Object.entries(attributes)) {
		if (value === undefined || value === null || value === false) {
			continue;
		}
		if (name === 'class') {
			element.setAttribute('class', value);
		}
		else if (name.startsWith('on') && typeof value === 'function') {
			element.addEventListener(name.slice(2), value);
		}
		else {
			element.setAttribute(name, value === true ? '' : String(value));
		}
	}
	for (const child of children.flat(Infinity)) {
		if (child === undefined || child === null || child === false) {
			continue;
		}
		element.append(child instanceof Node ? child : document.createTextNode(String(child)));
	}
	return element;
}

const MONTH_FORMAT = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const DAY_FORMAT = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** An ISO date as a reader would write it, as precise as the article was. */
export function formatDate(isoDate, precision = 'DAY') {
	if (!isoDate) {
		return 'date unknown';
	}
	const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
	if (Number.isNaN(date.getTime())) {
		return isoDate;
	}
	if (precision === 'YEAR') {
		return String(date.getUTCFullYear());
	}
	return (precision === 'MONTH' ? MONTH_FORMAT : DAY_FORMAT).format(date);
}

export function time(isoDate, precision) {
	return el('time', { datetime: isoDate }, formatDate(isoDate, precision));
}

/** An enum constant such as TREATY_SIGNED as words: "Treaty signed". */
export function humanize(constant) {
	const words = String(constant || '').toLowerCase().replaceAll('_', ' ');
	return words.charAt(0).toUpperCase() + words.slice(1);
}

export function plural(count, one, many = `${one}s`) {
	return `${count} ${count === 1 ? one : many}`;
}

export function status(text) {
	return el('p', { class: 'status' }, text);
}

/** The API's problem in words a reader can act on; role=alert so assistive technology announces it. */
export function problemNotice(problem, what) {
	const heading = problem.status
		? `Could not load ${what}: the API answered ${problem.status} ${problem.title}`
		: `Could not load ${what}: ${problem.title}`;
	return el('div', { class: 'notice notice--error', role: 'alert' },
		el('p', { class: 'notice__title' }, el('span', { class: 'notice__label' }, 'Error:'), ' ', heading),
		problem.detail ? el('p', {}, problem.detail) : null);
}

export function emptyNotice(text) {
	return el('div', { class: 'notice' },
		el('p', {}, el('span', { class: 'notice__label' }, 'No data:'), ' ', text));
}

/** Replaces the content, skipping the nulls that stand for parts a view leaves out. */
export function replaceBody(container, ...children) {
	container.replaceChildren(...children.flat(Infinity).filter(child => child !== null && child !== undefined));
}
