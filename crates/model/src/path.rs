//! JSON paths, as errors and warnings name the place in the input: `body[3].text`.

/// The path of the member `key` of the value at `path`: `image.src`, or `title` at the top.
pub fn member_path(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_owned()
    } else {
        let mut joined = String::with_capacity(path.len() + key.len() + 1);
        joined.push_str(path);
        joined.push('.');
        joined.push_str(key);
        joined
    }
}

/// The path of element `at` of the array at `path`: `body[3]`.
pub fn element_path(path: &str, at: usize) -> String {
    let mut indexed = String::from(path);
    indexed.push('[');
    indexed.push_str(&gloss_base::decimal(at));
    indexed.push(']');
    indexed
}
