// Errors that say where: the loader shows `glossWhere` (a URL or a field) with the message.

/** An Error whose `glossWhere` names the place it is about. */
export function fail(where, message) {
  var error = new Error(message);
  error.glossWhere = where;
  return error;
}
