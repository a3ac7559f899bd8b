// The entry of gloss-json.js, a module the loader fetches only for a document over
// LARGE_JSON characters, parsed in slices, or for JSON that will not parse, whose error
// it places by line and column (fetch.mjs).

export { parseJson } from './json.mjs';
export { describeJsonError } from './json-errors.mjs';
