// Reads the JSON-LD export as a consumer of linked data would, and prints what is wrong with it as a JSON array of
// sentences (empty when nothing is):
// - it expands with jsonld.js without the network (its context is inline) and without loss (safe mode drops nothing
//   silently: every term must map to an IRI);
// - every type and property is schema.org's, and each property is one schema.org gives the node's type: the nodes
//   are type-checked against the schema-dts types (a node of several types against their merge);
// - what points to another node points with an IRI (`@id`), not with text.
//
// Usage: node linked-data-check.mjs GRAPH_FILE BASE_IRI
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

import jsonld from "jsonld";
import ts from "typescript";

const SCHEMA_ORG = "https://schema.org/";
// Properties whose schema.org range is a thing (or a URL), never text.
const REFERENCES = ["about", "additionalType", "attendee", "isBasedOn", "location", "memberOf", "nationality",
	"publisher", "spokenByCharacter"].map((name) => SCHEMA_ORG + name);

const [graphFile, base] = process.argv.slice(2);
const graph = JSON.parse(readFileSync(graphFile, "utf8"));
const problems = [];

if (typeof graph["@context"] !== "object" || graph["@context"] === null) {
	problems.push(`the @context is not inline but ${JSON.stringify(graph["@context"])}`);
}

async function refuseNetwork(url) {
	throw new Error(`the export needs ${url} from the network to be read`);
}

function isAbsoluteIri(text) {
	return /^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(text);
}

function checkExpanded(node, where) {
	if (node === null || typeof node !== "object") {
		return;
	}
	if (Array.isArray(node)) {
		node.forEach((item) => checkExpanded(item, where));
		return;
	}
	const id = node["@id"];
	if (id !== undefined && !isAbsoluteIri(id)) {
		problems.push(`${where}: @id ${id} is not an absolute IRI after expansion`);
	}
	for (const type of node["@type"] ?? []) {
		if (!type.startsWith(SCHEMA_ORG)) {
			problems.push(`${where}: type ${type} is not schema.org's`);
		}
	}
	for (const [property, values] of Object.entries(node)) {
		if (property.startsWith("@")) {
			continue;
		}
		if (!property.startsWith(SCHEMA_ORG)) {
			problems.push(`${where}: property ${property} is not schema.org's`);
		}
		if (REFERENCES.includes(property)) {
			for (const value of values) {
				if (value["@value"] !== undefined) {
					problems.push(`${where}: ${property} holds the text ${JSON.stringify(value["@value"])}, not a thing`);
				}
			}
		}
		checkExpanded(values, `${where} ${property.replace(SCHEMA_ORG, "")}`);
	}
}

try {
	const expanded = await jsonld.expand(graph, { base, documentLoader: refuseNetwork, safe: true });
	for (const node of expanded.flatMap((item) => item["@graph"] ?? [item])) {
		checkExpanded(node, node["@id"] ?? "a node without @id");
	}
}
catch (failure) {
	problems.push(`the export does not expand: ${failure.message}${failure.details ? " " + JSON.stringify(failure.details) : ""}`);
}

// Each node as a TypeScript constant of its schema-dts type: the compiler names every property the type lacks.
const here = dirname(fileURLToPath(import.meta.url));
const leaves = new Set();
const declarations = (graph["@graph"] ?? []).map((node, index) => {
	let type = "Thing";
	if (Array.isArray(node["@type"])) {
		node["@type"].forEach((name) => leaves.add(`${name}Leaf`));
		type = `MergeLeafTypes<[${node["@type"].map((name) => `${name}Leaf`).join(", ")}]>`;
	}
	return `// ${node["@id"]}\nexport const node${index}: ${type} = ${JSON.stringify(node)};`;
});
const source = join(here, "linked-data-types.ts");
writeFileSync(source, `import type { MergeLeafTypes, Thing${[...leaves].map((leaf) => ", " + leaf).join("")} } from "schema-dts";\n`
	+ declarations.join("\n") + "\n");
const program = ts.createProgram([source], { strict: true, noEmit: true, skipLibCheck: true,
	target: ts.ScriptTarget.ES2022, moduleResolution: ts.ModuleResolutionKind.Node10 });
for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
	const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, " ");
	if (diagnostic.file) {
		const { line } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start ?? 0);
		const comment = diagnostic.file.text.split("\n")[line - 1] ?? "";
		problems.push(`schema-dts: ${comment.replace("// ", "")}: ${message}`);
	}
	else {
		problems.push(`schema-dts: ${message}`);
	}
}

process.stdout.write(JSON.stringify(problems));
