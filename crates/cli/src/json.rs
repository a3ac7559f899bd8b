//! JSON text natively: the model's reader over `serde_json::Value`, and errors that carry
//! the line and column of the place their path names. The wasm never reads JSON text (the
//! loader parses it), so none of this is in the download.

use gloss_model::locate::position_of_path;
use gloss_model::value::{JsonValue, Shape};
use gloss_model::{read_article, read_glossary, Article, Entity, InputError, Read};

/// Reads and validates an article from JSON text, with line and column in every error.
/// The command line is strict: an entity a browser would skip is an error here.
pub fn article_from_json(text: &str) -> Result<Read<Article>, InputError> {
    let mut read = strict(read_article(&Json(&parse_json(text)?))).map_err(|e| locate(e, text))?;
    read.warnings = read.warnings.into_iter().map(|w| locate(w, text)).collect();
    Ok(read)
}

/// Reads and validates a glossary from JSON text, as strictly as an article.
pub fn glossary_from_json(text: &str) -> Result<Read<Vec<Entity>>, InputError> {
    strict(read_glossary(&Json(&parse_json(text)?))).map_err(|e| locate(e, text))
}

/// `read`, with its first skipped entry as the error.
fn strict<T>(read: Result<Read<T>, InputError>) -> Result<Read<T>, InputError> {
    let mut read = read?;
    match std::mem::take(&mut read.skipped).into_iter().next() {
        Some(problem) => Err(problem),
        None => Ok(read),
    }
}

/// JSON bytes as browsers decode them (`fetch` decodes with `TextDecoder`): a UTF-8
/// byte-order mark is dropped, and bytes that are not UTF-8 become U+FFFD, with a warning
/// at the first of them.
pub fn decode(bytes: Vec<u8>) -> (String, Vec<InputError>) {
    let bytes = match bytes.strip_prefix(b"\xEF\xBB\xBF") {
        Some(rest) => rest.to_vec(),
        None => bytes,
    };
    match String::from_utf8(bytes) {
        Ok(text) => (text, Vec::new()),
        Err(error) => {
            let valid = error.utf8_error().valid_up_to();
            let text = String::from_utf8_lossy(error.as_bytes()).into_owned();
            let warning = InputError {
                path: String::new(),
                position: Some(line_and_column(&text, valid)),
                message: "these bytes are not UTF-8; read as U+FFFD, as browsers read them".into(),
            };
            (text, vec![warning])
        }
    }
}

/// Where JSON text escapes a lone surrogate (`"\ud800"`, half of a UTF-16 pair without
/// its other half), as warnings: browsers' `JSON.parse` takes it, and the text reaches
/// gloss with U+FFFD in its place, which [`parse_json`] reads too.
pub fn lone_surrogate_warnings(text: &str) -> Vec<InputError> {
    lone_surrogates(text)
        .into_iter()
        .map(|at| InputError {
            path: String::new(),
            position: Some(line_and_column(text, at)),
            message: [
                &text[at..at + 6],
                " is half of a UTF-16 surrogate pair without its other half; read as U+FFFD, as browsers read it",
            ]
            .concat(),
        })
        .collect()
}

/// The byte offsets of the `\u` escapes of lone surrogates inside JSON strings.
fn lone_surrogates(text: &str) -> Vec<usize> {
    let bytes = text.as_bytes();
    let unit = |at: usize| -> Option<u16> {
        let hex = bytes.get(at + 2..at + 6)?;
        let escape = bytes[at + 1] == b'u' && hex.iter().all(u8::is_ascii_hexdigit);
        escape.then(|| u16::from_str_radix(std::str::from_utf8(hex).ok()?, 16).ok())?
    };
    let mut found = Vec::new();
    let (mut at, mut in_string) = (0, false);
    while at < bytes.len() {
        match bytes[at] {
            b'"' => in_string = !in_string,
            b'\\' if in_string => {
                match unit(at) {
                    Some(0xD800..=0xDBFF) if matches!(unit(at + 6), Some(0xDC00..=0xDFFF)) => {
                        at += 6
                    }
                    Some(0xD800..=0xDFFF) => found.push(at),
                    _ => {}
                }
                // Past the escaped character; a `\u` escape's digits are not quotes.
                at += 1;
            }
            _ => {}
        }
        at += 1;
    }
    found
}

/// Parses JSON text. A syntax error has no path: the text is not JSON at all. Its message
/// and place are found by [`find_json_error`], as the loader finds them in the browser,
/// so that an author reads the same words in both; serde_json's own are kept for the
/// faults that only it rejects (a number out of range). A lone surrogate escape, which
/// only serde_json rejects, is read as U+FFFD, as browsers read it
/// ([`lone_surrogate_warnings`]).
pub fn parse_json(text: &str) -> Result<serde_json::Value, InputError> {
    let first = serde_json::from_str(text);
    let lone = match first {
        Ok(value) => return Ok(value),
        Err(_) => lone_surrogates(text),
    };
    let mut replaced;
    let text = if lone.is_empty() {
        text
    } else {
        replaced = text.to_owned();
        for at in lone {
            replaced.replace_range(at..at + 6, "\\ufffd");
        }
        &replaced
    };
    serde_json::from_str(text).map_err(|error| {
        if let Some((offset, message)) = find_json_error(text) {
            return InputError {
                path: String::new(),
                position: Some(line_and_column(text, offset)),
                message: message.to_owned(),
            };
        }
        let message = error.to_string();
        let message = match message.rfind(" at line ") {
            Some(at) => message[..at].to_owned(),
            None => message,
        };
        InputError {
            path: String::new(),
            position: Some((error.line(), error.column())),
            message,
        }
    })
}

/// The line and column of a byte offset, both from 1. Columns count UTF-16 code units,
/// as the browser's strings do, so both sides name the same column.
pub fn line_and_column(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset];
    let line_start = before.rfind('\n').map_or(0, |at| at + 1);
    let line = before.matches('\n').count() + 1;
    (line, before[line_start..].encode_utf16().count() + 1)
}

/// Where JSON text first goes wrong, as a byte offset and a message: the same walk, and
/// the same words, as `findJsonError` in `www/loader/json-errors.mjs`. `None` if the walk
/// finds nothing wrong.
pub fn find_json_error(text: &str) -> Option<(usize, &'static str)> {
    let mut walk = Walk {
        text: text.as_bytes(),
        at: 0,
        depth: 0,
    };
    let result = walk.value().and_then(|()| {
        walk.space();
        if walk.at < walk.text.len() {
            Err("unexpected text after the JSON value")
        } else {
            Ok(())
        }
    });
    result.err().map(|message| (walk.at, message))
}

struct Walk<'a> {
    text: &'a [u8],
    at: usize,
    /// Arrays and objects open around `at`: the walk recurses, so it stops where
    /// serde_json does rather than overflow the stack on hostile nesting.
    depth: usize,
}

/// serde_json's own limit on nesting.
const MAX_DEPTH: usize = 128;

impl Walk<'_> {
    fn peek(&self) -> Option<u8> {
        self.text.get(self.at).copied()
    }

    fn space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    fn value(&mut self) -> Result<(), &'static str> {
        self.space();
        match self.peek() {
            Some(b'{') => self.members(b'}', true),
            Some(b'[') => self.members(b']', false),
            Some(b'"') => self.string(),
            Some(b't') => self.literal(b"true"),
            Some(b'f') => self.literal(b"false"),
            Some(b'n') => self.literal(b"null"),
            None => Err("unexpected end of input"),
            Some(_) => self.number(),
        }
    }

    fn literal(&mut self, word: &[u8]) -> Result<(), &'static str> {
        if !self.text[self.at..].starts_with(word) {
            return Err("expected a value");
        }
        self.at += word.len();
        Ok(())
    }

    fn string(&mut self) -> Result<(), &'static str> {
        self.at += 1;
        loop {
            match self.peek() {
                None => return Err("unterminated string"),
                Some(b'"') => {
                    self.at += 1;
                    return Ok(());
                }
                Some(c) if c < b' ' => return Err("control character in a string"),
                Some(b'\\') => {
                    let escape = self.text.get(self.at + 1).copied();
                    let valid = match escape {
                        Some(b'"' | b'\\' | b'/' | b'b' | b'f' | b'n' | b'r' | b't') => true,
                        Some(b'u') => self
                            .text
                            .get(self.at + 2..self.at + 6)
                            .is_some_and(|hex| hex.iter().all(u8::is_ascii_hexdigit)),
                        _ => false,
                    };
                    if !valid {
                        return Err("invalid escape");
                    }
                    self.at += if escape == Some(b'u') { 6 } else { 2 };
                }
                Some(_) => self.at += 1,
            }
        }
    }

    /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`, all or nothing.
    fn number(&mut self) -> Result<(), &'static str> {
        let text = self.text;
        let digits = |from: usize| {
            text[from..]
                .iter()
                .take_while(|c| c.is_ascii_digit())
                .count()
        };
        let mut end = self.at;
        if text.get(end) == Some(&b'-') {
            end += 1;
        }
        match text.get(end) {
            Some(b'0') => end += 1,
            Some(b'1'..=b'9') => end += digits(end),
            _ => return Err("expected a value"),
        }
        if text.get(end) == Some(&b'.') && digits(end + 1) > 0 {
            end += 1 + digits(end + 1);
        }
        if matches!(text.get(end), Some(b'e' | b'E')) {
            let sign = usize::from(matches!(text.get(end + 1), Some(b'+' | b'-')));
            if digits(end + 1 + sign) > 0 {
                end += 1 + sign + digits(end + 1 + sign);
            }
        }
        self.at = end;
        Ok(())
    }

    fn members(&mut self, close: u8, keyed: bool) -> Result<(), &'static str> {
        if self.depth == MAX_DEPTH {
            return Err("nested too deeply");
        }
        self.depth += 1;
        let result = self.members_within(close, keyed);
        self.depth -= 1;
        result
    }

    fn members_within(&mut self, close: u8, keyed: bool) -> Result<(), &'static str> {
        self.at += 1;
        self.space();
        if self.peek() == Some(close) {
            self.at += 1;
            return Ok(());
        }
        loop {
            if keyed {
                self.space();
                if self.peek() != Some(b'"') {
                    return Err("expected a quoted key");
                }
                self.string()?;
                self.space();
                if self.peek() != Some(b':') {
                    return Err("expected a colon");
                }
                self.at += 1;
            }
            self.value()?;
            self.space();
            match self.peek() {
                Some(c) if c == close => {
                    self.at += 1;
                    return Ok(());
                }
                Some(b',') => {}
                None => return Err("unexpected end of input"),
                Some(_) if close == b'}' => return Err("expected a comma or }"),
                Some(_) => return Err("expected a comma or ]"),
            }
            self.at += 1;
            self.space();
            if self.peek() == Some(close) {
                return Err("trailing comma");
            }
        }
    }
}

/// Finds the place a problem's path names in the text: the value there, or, for a
/// member that is missing (a required field), the nearest value around it that is there.
pub fn locate(error: InputError, text: &str) -> InputError {
    let mut path = error.path.as_str();
    let mut position = error.position;
    while position.is_none() {
        position = position_of_path(text, path);
        if path.is_empty() {
            break;
        }
        path = &path[..path.rfind(['.', '[']).unwrap_or(0)];
    }
    InputError { position, ..error }
}

/// A parsed JSON value as the model reads it: a borrowed `serde_json::Value`, so reading
/// an article copies none of the input's tree.
#[derive(Clone, Copy)]
pub struct Json<'a>(pub &'a serde_json::Value);

impl<'a> JsonValue for Json<'a> {
    fn shape(&self) -> Shape {
        use serde_json::Value;
        match self.0 {
            Value::Null => Shape::Null,
            Value::Bool(_) => Shape::Bool,
            Value::Number(_) => Shape::Number,
            Value::String(_) => Shape::String,
            Value::Array(_) => Shape::Array,
            Value::Object(_) => Shape::Object,
        }
    }
    fn member(&self, key: &'static str) -> Option<Self> {
        self.0.as_object()?.get(key).map(Json)
    }
    fn string(&self) -> Option<String> {
        self.0.as_str().map(str::to_owned)
    }
    fn boolean(&self) -> Option<bool> {
        self.0.as_bool()
    }
    fn number(&self) -> Option<f64> {
        self.0.as_f64()
    }
    fn elements(&self) -> Option<Vec<Self>> {
        self.0
            .as_array()
            .map(|array| array.iter().map(Json).collect())
    }
    fn keys(&self) -> Vec<String> {
        self.0
            .as_object()
            .map(|o| o.keys().cloned().collect())
            .unwrap_or_default()
    }
}
