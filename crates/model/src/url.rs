//! The URL allow-list. Links may be http, https, mailto or relative; images http, https or
//! relative. Everything else, in any spelling, is refused.

/// The warning for a URL the allow-list refused, wherever it is dropped.
pub const DROPPED: &str =
    "this URL was dropped: only http, https, mailto (for links) and relative URLs are allowed";

/// What a URL will be used for: the allowed schemes differ.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UrlUse {
    Link,
    Image,
}

/// Returns the URL, trimmed, if it may be used for `purpose`; `None` if it must be dropped.
///
/// Browsers strip tabs and newlines from URLs and ignore leading control characters and
/// spaces, which is how `java\tscript:` and `\u{1}javascript:` get through naive checks.
/// Such characters anywhere in the URL are refused outright, so the scheme read here is
/// the scheme the browser will see.
pub fn allowed_url(url: &str, purpose: UrlUse) -> Option<&str> {
    // Spaces trimmed by bytes: a space is ASCII, so the ends are char boundaries.
    let bytes = url.as_bytes();
    let start = bytes.iter().position(|&b| b != b' ').unwrap_or(bytes.len());
    let end = bytes
        .iter()
        .rposition(|&b| b != b' ')
        .map_or(start, |last| last + 1);
    let url = &url[start..end];
    if url.is_empty() || url.chars().any(|c| c.is_control() || c == '\u{FEFF}') {
        return None;
    }
    let Some(scheme) = scheme_of(url) else {
        return Some(url);
    };
    let allowed: &[&str] = match purpose {
        UrlUse::Link => &["http", "https", "mailto"],
        UrlUse::Image => &["http", "https"],
    };
    allowed
        .iter()
        .any(|a| a.eq_ignore_ascii_case(scheme))
        .then_some(url)
}

/// The scheme of an absolute URL, or `None` for a relative one. A colon counts only if it
/// comes before any `/`, `?` or `#`, as in the URL standard.
fn scheme_of(url: &str) -> Option<&str> {
    // A byte scan rather than `find` with a pattern of chars, whose searcher costs the
    // wasm more; the four are ASCII, so the index is the same.
    let end = url
        .bytes()
        .position(|b| matches!(b, b':' | b'/' | b'?' | b'#'))?;
    if url.as_bytes()[end] != b':' {
        return None;
    }
    Some(&url[..end])
}

#[cfg(test)]
mod tests {
    use super::{allowed_url, UrlUse};

    #[test]
    fn allow_list() {
        let rows: &[(&str, UrlUse, Option<&str>)] = &[
            (
                "https://example.org/a",
                UrlUse::Link,
                Some("https://example.org/a"),
            ),
            (
                "HTTP://example.org",
                UrlUse::Link,
                Some("HTTP://example.org"),
            ),
            (
                "mailto:someone@example.org",
                UrlUse::Link,
                Some("mailto:someone@example.org"),
            ),
            ("mailto:someone@example.org", UrlUse::Image, None),
            ("/relative/path", UrlUse::Image, Some("/relative/path")),
            ("page.html#x:y", UrlUse::Link, Some("page.html#x:y")),
            ("javascript:alert(1)", UrlUse::Link, None),
            ("JaVaScRiPt:alert(1)", UrlUse::Link, None),
            ("java\tscript:alert(1)", UrlUse::Link, None),
            ("\u{1}javascript:alert(1)", UrlUse::Link, None),
            ("  javascript:alert(1)", UrlUse::Link, None),
            ("data:text/html,<script>", UrlUse::Image, None),
            ("vbscript:msgbox", UrlUse::Link, None),
            ("", UrlUse::Link, None),
        ];
        for (url, purpose, expected) in rows {
            assert_eq!(allowed_url(url, *purpose), *expected, "{url:?}");
        }
    }
}
