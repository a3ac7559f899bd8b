//! Finds where a JSON path such as `entities[2].aliases[0]` points in JSON text, so that
//! problems found after parsing can still be reported by line and column.

/// The 1-based line and column of the value at `path`, or `None` if the path is not there.
pub fn position_of_path(text: &str, path: &str) -> Option<(usize, usize)> {
    let mut scanner = Scanner {
        bytes: text.as_bytes(),
        at: 0,
    };
    for step in parse_path(path)? {
        scanner.skip_space();
        match step {
            Step::Key(key) => scanner.enter_key(&key)?,
            Step::Index(index) => scanner.enter_index(index)?,
        }
    }
    scanner.skip_space();
    let before = &text[..scanner.at];
    let line = before.matches('\n').count() + 1;
    // Columns count UTF-16 code units, as browsers' strings do, like a syntax error's.
    let column = before
        .rsplit('\n')
        .next()
        .map_or(0, |l| l.encode_utf16().count())
        + 1;
    Some((line, column))
}

enum Step {
    Key(String),
    Index(usize),
}

fn parse_path(path: &str) -> Option<Vec<Step>> {
    let mut steps = Vec::new();
    for part in path.split('.').filter(|p| !p.is_empty()) {
        let (key, mut rest) = part.split_at(part.find('[').unwrap_or(part.len()));
        if !key.is_empty() {
            steps.push(Step::Key(key.to_owned()));
        }
        while let Some(close) = rest.find(']') {
            steps.push(Step::Index(rest.get(1..close)?.parse().ok()?));
            rest = &rest[close + 1..];
        }
    }
    Some(steps)
}

struct Scanner<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Scanner<'_> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn skip_space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\n' | b'\r' | b'\t')) {
            self.at += 1;
        }
    }

    /// Skips one string and returns its raw contents (escapes are kept as written).
    fn string(&mut self) -> Option<&str> {
        if self.peek()? != b'"' {
            return None;
        }
        let start = self.at + 1;
        self.at = start;
        loop {
            match self.peek()? {
                b'\\' => self.at += 2,
                b'"' => break,
                _ => self.at += 1,
            }
        }
        let raw = std::str::from_utf8(&self.bytes[start..self.at]).ok();
        self.at += 1;
        raw
    }

    fn skip_value(&mut self) -> Option<()> {
        self.skip_space();
        match self.peek()? {
            b'"' => {
                self.string()?;
            }
            open @ (b'{' | b'[') => {
                let close = if open == b'{' { b'}' } else { b']' };
                self.at += 1;
                loop {
                    self.skip_space();
                    match self.peek()? {
                        c if c == close => break,
                        b',' | b':' => self.at += 1,
                        _ => self.skip_value()?,
                    }
                }
                self.at += 1;
            }
            _ => {
                while !matches!(
                    self.peek()?,
                    b',' | b'}' | b']' | b' ' | b'\n' | b'\r' | b'\t'
                ) {
                    self.at += 1;
                }
            }
        }
        Some(())
    }

    fn enter_key(&mut self, key: &str) -> Option<()> {
        if self.peek()? != b'{' {
            return None;
        }
        self.at += 1;
        loop {
            self.skip_space();
            match self.peek()? {
                b'}' => return None,
                b',' => self.at += 1,
                _ => {
                    let found = self.string()? == key;
                    self.skip_space();
                    if self.peek()? != b':' {
                        return None;
                    }
                    self.at += 1;
                    self.skip_space();
                    if found {
                        return Some(());
                    }
                    self.skip_value()?;
                }
            }
        }
    }

    fn enter_index(&mut self, index: usize) -> Option<()> {
        if self.peek()? != b'[' {
            return None;
        }
        self.at += 1;
        for _ in 0..index {
            self.skip_value()?;
            self.skip_space();
            if self.peek()? != b',' {
                return None;
            }
            self.at += 1;
        }
        self.skip_space();
        Some(())
    }
}

#[cfg(test)]
mod tests {
    use super::position_of_path;

    #[test]
    fn finds_nested_values() {
        let text = "{\n  \"a\": 1,\n  \"entities\": [\n    {\"id\": \"x\"},\n    {\"id\": \"y\", \"aliases\": [\"\", \"b\"]}\n  ]\n}";
        assert_eq!(position_of_path(text, "a"), Some((2, 8)));
        assert_eq!(
            position_of_path(text, "entities[1].aliases[0]"),
            Some((5, 29))
        );
        assert_eq!(position_of_path(text, "entities[1].id"), Some((5, 12)));
        assert_eq!(position_of_path(text, "entities[5]"), None);
        assert_eq!(position_of_path(text, ""), Some((1, 1)));
    }
}
