/** The explorer's only way to the data: GET requests to the public /api, answered as JSON or as RFC 9457 problems. */

export class ApiProblem extends Error {
	constructor(status, title, detail) {
		super(detail ? `${title}: ${detail}` : title);
		this.status = status;
		this.title = title;
		this.detail = detail;
	}
}

export async function getJson(path, parameters = {}) {
	const url = new URL(path, window.location.origin);
	for (const [name, value] of Object.entries(parameters)) {
		if (value !== undefined && value !== null && value !== '') {
			url.searchParams.set(name, value);
		}
	}
	let response;
	try {
		response = await fetch(url, { headers: { Accept: 'application/json' } });
	}
	catch (error) {
		throw new ApiProblem(0, 'The service could not be reached', 'Check your connection and reload the page.');
	}
	if (response.ok) {
		return response.json();
	}
	throw await problemOf(response);
}

async function problemOf(response) {
	const fallbackTitle = response.statusText || `HTTP ${response.status}`;
	const type = response.headers.get('Content-Type') || '';
	if (type.includes('json')) {
		try {
			const problem = await response.json();
			return new ApiProblem(response.status, problem.title || fallbackTitle, problem.detail || '');
		}
		catch (error) {
			// A body that is not the promised JSON still leaves the status to report.
		}
	}
	return new ApiProblem(response.status, fallbackTitle, '');
}

/** Every item of a paged collection, up to the contract's largest page, and whether more exist. */
export async function getPage(path, parameters = {}) {
	const page = await getJson(path, { size: 100, ...parameters });
	return { items: page.content, total: page.page.totalElements };
}
