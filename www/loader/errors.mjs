// Errors that say where: the loader shows `glossWhere` (a URL or a field) with the message.
// And the checks of what a host passes to gloss's public calls, which name the call and
// the argument or option at fault.

/** An Error whose `glossWhere` names the place it is about. */
export function fail(where, message) {
  var error = new Error(message);
  error.glossWhere = where;
  return error;
}

/** What `value` is, for a message: a string in quotes, an element by its tag, a number or
 *  null as written, and anything else by its type. */
function described(value) {
  return typeof value === 'string' ? JSON.stringify(value)
    : typeof value === 'function' ? 'a function'
    : !value || typeof value !== 'object' ? String(value)
    : value.nodeType === 1 ? '<' + value.localName + '>'
    : Array.isArray(value) ? 'an array' : 'an object';
}

/** The error a public call throws for a bad argument: `gloss: mount: the first argument
 *  must be an Element, got null`. */
export function argumentError(call, argument, expected, value) {
  return new Error('gloss: ' + call + ': ' + argument + ' must be ' + expected + ', got ' + described(value));
}

/** What each option takes: the `typeof` of its value, or the values it may be (gloss.d.ts,
 *  `Options`, says the same). */
var OPTIONS = {
  glossary: 'a string or an object',
  dwell: 'a number',
  hideDelay: 'a number',
  cards: 'a boolean',
  toggle: 'a boolean',
  theme: '"light", "dark" or "auto"',
  index: 'a boolean',
  auto: 'a boolean or an object',
  build: '"lean", "full" or "auto"',
  progress: 'a boolean',
  knowledge: 'a string or an object',
  wordsPerMinute: 'a number',
  messages: 'an object',
  lang: 'a string',
  timeout: 'a number',
  maxBytes: 'a number'
};

/** A copy of `options` with what gloss can use: an option it does not know, or one of the
 *  wrong type, is left out with one warning that names it, as an article's unknown field
 *  is; it never stops the widget. Names that start with `_` are test hooks. Options that
 *  are not an object at all are an error of `call`. */
export function checkedOptions(call, options) {
  if (options != null && typeof options !== 'object') throw argumentError(call, 'options', 'an object', options);
  var checked = {};
  for (var name in options) {
    var value = options[name];
    var takes = OPTIONS[name] || '';
    if (value == null || name[0] === '_' || takes.indexOf(typeof value) >= 0 || typeof value === 'string' && takes.split(/, | or /).indexOf('"' + value + '"') >= 0) {
      checked[name] = value;
    } else {
      console.warn((takes ? argumentError(call, name, takes, value).message : 'gloss: ' + call + ': ' + name + ' is not an option') + '; ignored');
    }
  }
  return checked;
}
