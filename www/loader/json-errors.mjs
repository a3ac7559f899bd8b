// Where JSON text first goes wrong, in the words the CLI uses too (crates/cli/src/json.rs), so
// that an author sees the same message in the browser and at the command line.

/** A JSON number at `lastIndex`, all or nothing; sticky, so a long text is not copied. */
var NUMBER = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;

/** Turns a JSON.parse error into "line L, column C: message". */
export function describeJsonError(text, error) {
  var found = findJsonError(text);
  var message = found ? found.message : String(error && error.message || error);
  var offset = found ? found.at : -1;
  if (offset < 0) return 'not valid JSON: ' + message;
  var before = text.slice(0, offset).split('\n');
  return 'line ' + before.length + ', column ' + (before[before.length - 1].length + 1) + ': ' + message;
}

/**
 * Finds where JSON text first goes wrong, for the error message: browsers' own
 * messages do not all give a position. Only runs once JSON.parse has failed.
 */
export function findJsonError(text) {
  var at = 0;
  function stop(message) { throw { at: at, message: message }; }
  function space() { while (/[ \t\n\r]/.test(text.charAt(at))) at++; }
  function literal(word) {
    if (text.slice(at, at + word.length) !== word) stop('expected a value');
    at += word.length;
  }
  function string() {
    at++;
    for (;;) {
      var c = text.charAt(at);
      if (c === '') stop('unterminated string');
      if (c === '"') { at++; return; }
      if (c < ' ') stop('control character in a string');
      if (c === '\\') {
        var escape = text.charAt(at + 1);
        if (escape === 'u' ? !/^[0-9a-fA-F]{4}$/.test(text.slice(at + 2, at + 6)) : '"\\/bfnrt'.indexOf(escape) < 0 || escape === '') {
          stop('invalid escape');
        }
        at += escape === 'u' ? 6 : 2;
      } else {
        at++;
      }
    }
  }
  function value() {
    space();
    var c = text.charAt(at);
    if (c === '{') return members('}', true);
    if (c === '[') return members(']', false);
    if (c === '"') return string();
    if (c === 't') return literal('true');
    if (c === 'f') return literal('false');
    if (c === 'n') return literal('null');
    NUMBER.lastIndex = at;
    var number = NUMBER.exec(text);
    if (!number) stop(c === '' ? 'unexpected end of input' : 'expected a value');
    at += number[0].length;
  }
  function members(close, keyed) {
    at++;
    space();
    if (text.charAt(at) === close) { at++; return; }
    for (;;) {
      if (keyed) {
        space();
        if (text.charAt(at) !== '"') stop('expected a quoted key');
        string();
        space();
        if (text.charAt(at) !== ':') stop('expected a colon');
        at++;
      }
      value();
      space();
      var c = text.charAt(at);
      if (c === close) { at++; return; }
      if (c !== ',') stop(c === '' ? 'unexpected end of input' : 'expected a comma or ' + close);
      at++;
      space();
      if (text.charAt(at) === close) stop('trailing comma');
    }
  }
  try {
    value();
    space();
    if (at < text.length) stop('unexpected text after the JSON value');
  } catch (problem) {
    if (problem && typeof problem.at === 'number') return problem;
    throw problem;
  }
  return null;
}
