// A program written against the TypeScript (fetch) client that OpenAPI Generator makes from the service's OpenAPI
// document, as a frontend developer would write it. The consumer tests compile it with the generated sources (every
// method, parameter and model name it uses must be what the document promises) and run it against a live service:
// it calls every operation and prints, for each answer, the body as sent and what the client decoded from it.
//
// Usage: node consumer.js BASE_URL API_KEY FIRST_ARTICLE SECOND_ARTICLE
import { readFileSync } from "node:fs";
import {
	ApiResponse,
	Configuration,
	ConflictsApi,
	CountriesApi,
	DocumentsApi,
	EventsApi,
	ExportApi,
	IndexApi,
	PeopleApi,
	ProblemFromJSON,
	ResponseError,
	SearchApi,
	StatementsApi,
} from "./client";

interface CallRecord {
	operation: string;
	status?: number;
	contentType?: string | null;
	raw?: string;
	decoded?: unknown;
	error?: string;
}

const records: CallRecord[] = [];

/** What the client decoded, as JSON: a Date (the client's reading of a date-time) is marked, to compare it as an instant. */
function plain(value: unknown): unknown {
	if (value instanceof Date) {
		return { $date: value.toISOString() };
	}
	if (Array.isArray(value)) {
		return value.map(plain);
	}
	if (value !== null && typeof value === "object") {
		const result: Record<string, unknown> = {};
		for (const [key, item] of Object.entries(value)) {
			if (item !== undefined) {
				result[key] = plain(item);
			}
		}
		return result;
	}
	return value;
}

async function call<T>(operation: string, invoke: () => Promise<ApiResponse<T>>): Promise<T | undefined> {
	try {
		const answer = await invoke();
		const raw = await answer.raw.clone().text();
		const value = await answer.value();
		records.push({ operation, status: answer.raw.status, contentType: answer.raw.headers.get("content-type"), raw,
			decoded: plain(value) });
		return value;
	}
	catch (failure) {
		if (failure instanceof ResponseError) {
			const raw = await failure.response.text();
			const record: CallRecord = { operation, status: failure.response.status,
				contentType: failure.response.headers.get("content-type"), raw };
			try {
				record.decoded = plain(ProblemFromJSON(JSON.parse(raw)));
			}
			catch (undecodable) {
				record.error = "the problem did not decode: " + String(undecodable);
			}
			records.push(record);
		}
		else {
			records.push({ operation, error: failure instanceof Error ? String(failure.stack) : String(failure) });
		}
		return undefined;
	}
}

async function main(): Promise<void> {
	const [basePath, apiKey, firstFile, secondFile] = process.argv.slice(2);
	const first = readFileSync(firstFile, "utf8");
	const second = readFileSync(secondFile, "utf8");
	// The key is given once, to the configuration; no write call names it.
	const configuration = new Configuration({ basePath, apiKey });
	const documents = new DocumentsApi(configuration);
	const countries = new CountriesApi(configuration);
	const people = new PeopleApi(configuration);
	const events = new EventsApi(configuration);
	const statements = new StatementsApi(configuration);
	const exports = new ExportApi(configuration);
	const upload = (text: string) => ({ documentUpload: { text, sourceName: "typescript-consumer" } });

	await call("createDocument", () => documents.createDocumentRaw(upload(first)));
	const stored = await call("createDocument", () => documents.createDocumentRaw(upload(second)));
	await call("createDocument", () => documents.createDocumentRaw(upload(second)));

	await call("getIndex", () => new IndexApi(configuration).getIndexRaw());
	await call("listDocuments", () => documents.listDocumentsRaw({ page: 0, size: 100, sort: ["publishedAt,desc"] }));
	await call("getDocument", () => documents.getDocumentRaw({ id: 1 }));
	await call("getDocumentOriginal", () => documents.getDocumentOriginalRaw({ id: 1 }));
	// One article stored already, one blank: each is answered on its own.
	await call("createDocumentBatch", () => documents.createDocumentBatchRaw({
		documentUpload: [upload(first).documentUpload, upload(" ").documentUpload] }));
	if (stored !== undefined) {
		await call("getDocument", () => documents.getDocumentRaw({ id: stored.id! }));
	}
	await call("listCountries", () => countries.listCountriesRaw({ size: 100 }));
	await call("listCountries", () => countries.listCountriesRaw({ member: true, q: "kaz" }));
	await call("listMemberStates", () => countries.listMemberStatesRaw({ sort: ["name,asc"] }));
	await call("getMemberState", () => countries.getMemberStateRaw({ code: "kaz" }));
	await call("listPeople", () => people.listPeopleRaw({ size: 100 }));
	await call("listPeople", () => people.listPeopleRaw({ country: "KAZ", q: "examplov" }));
	await call("getPerson", () => people.getPersonRaw({ id: "marat-examplov" }));
	await call("listPersonStatements", () => people.listPersonStatementsRaw({ id: "marat-examplov", size: 100 }));
	const all = await call("listEvents", () => events.listEventsRaw({ size: 100 }));
	await call("listEvents", () => events.listEventsRaw({ type: "SUMMIT", from: new Date("2021-01-01") }));
	if (all?.content?.length) {
		await call("getEvent", () => events.getEventRaw({ id: all.content![0].id! }));
	}
	const summits = await call("listSummits", () => events.listSummitsRaw({ size: 100 }));
	if (summits?.content?.length) {
		await call("getSummit", () => events.getSummitRaw({ id: summits.content![0].id! }));
	}
	await call("getTimeline", () => events.getTimelineRaw());
	const said = await call("listStatements", () => statements.listStatementsRaw({ size: 100 }));
	await call("listStatements", () => statements.listStatementsRaw({ speaker: "marat-examplov", kind: "QUOTE", q: "security" }));
	if (said?.content?.length) {
		await call("getStatement", () => statements.getStatementRaw({ id: said.content![0].id! }));
	}
	await call("search", () => new SearchApi(configuration).searchRaw({ q: "examplov", size: 100 }));
	await call("listConflicts", () => new ConflictsApi(configuration).listConflictsRaw({ size: 100 }));
	await call("exportGraph", () => exports.exportGraphRaw());
	for (const collection of ["documents", "countries", "member-states", "people", "events", "summits", "statements"]) {
		await call("exportCsv", () => exports.exportCsvRaw({ collection }));
	}

	// Problems: each is a ResponseError whose body decodes as the document's Problem.
	await call("getPerson", () => people.getPersonRaw({ id: "nobody-of-that-name" }));
	await call("listPeople", () => people.listPeopleRaw({ size: 500 }));
	await call("exportCsv", () => exports.exportCsvRaw({ collection: "no-such-collection" }));
	const wrongKey = new Configuration({ basePath, apiKey: "not-the-key" });
	await call("createDocument", () => new DocumentsApi(wrongKey).createDocumentRaw(upload(second)));

	if (stored !== undefined) {
		await call("deleteDocument", () => documents.deleteDocumentRaw({ id: stored.id! }));
		await call("getDocument", () => documents.getDocumentRaw({ id: stored.id! }));
	}
	process.stdout.write(JSON.stringify({ calls: records }));
}

main().catch((failure) => {
	process.stderr.write(String(failure instanceof Error ? failure.stack : failure));
	process.exitCode = 1;
});
