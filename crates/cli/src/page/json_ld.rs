//! A page's `<script type="application/ld+json">` read as the loader reads it
//! (`readJsonLd` in `www/loader/enhance.mjs`): the wrappers that hid scripts from old
//! browsers come off, and only when the text is not JSON as it stands, HTML entities are
//! decoded and raw line breaks and tabs read as spaces.

use super::rules::is_js_space;
use crate::json::parse_json;
use serde_json::Value;

/// The script's value, or `None` where the loader's would be undefined.
pub fn read_json_ld(text: &str) -> Option<Value> {
    let text = unwrapped(text);
    if let Ok(value) = parse_json(text) {
        return Some(value);
    }
    let decoded: String = decode_entities(text)?
        .chars()
        .map(|c| {
            if matches!(c, '\n' | '\r' | '\t') {
                ' '
            } else {
                c
            }
        })
        .collect();
    parse_json(&decoded).ok()
}

/// A character of the wrappers' padding, `[\s\/*]`.
fn padding(c: char) -> bool {
    c == '/' || c == '*' || is_js_space(c)
}

/// The text without `<!--` and `<![CDATA[` at its start and `-->` and `]]>` at its end,
/// with the spaces, slashes and stars around them: the loader's
/// `^[\s\/*]*((<!--|<![CDATA[)[\s\/*]*)+|[\s\/*]*((-->|]]>)[\s\/*]*)+$`, replaced
/// globally, so the end's wrappers are looked for after the start's.
fn unwrapped(text: &str) -> &str {
    let mut start = 0;
    let mut rest = text.trim_start_matches(padding);
    while let Some(after) = rest
        .strip_prefix("<!--")
        .or_else(|| rest.strip_prefix("<![CDATA["))
    {
        rest = after.trim_start_matches(padding);
        start = text.len() - rest.len();
    }
    let text = &text[start..];
    // The leftmost place from which the rest is padding and closing wrappers, one at
    // least: found from the end, since a wrapper's first character is no padding.
    let mut end = text.len();
    let mut closed = None;
    loop {
        let before = text[..end].trim_end_matches(padding);
        match before
            .strip_suffix("-->")
            .or_else(|| before.strip_suffix("]]>"))
        {
            Some(open) => {
                end = open.len();
                closed = Some(end);
            }
            None => break,
        }
    }
    match closed {
        // The padding before the first closing wrapper goes with it.
        Some(at) => &text[..text[..at].trim_end_matches(padding).len()],
        None => text,
    }
}

/// `text.replace(/&(#?\w+);/g, …)`: `&quot;`, `&amp;`, `&lt;`, `&gt;` and `&apos;` by
/// name, any other name left as written, and a number as `String.fromCodePoint('0' +
/// digits)` reads it. `None` where that throws (a number that is no code point), which
/// leaves the loader's value undefined.
fn decode_entities(text: &str) -> Option<String> {
    let word = |c: char| c.is_ascii_alphanumeric() || c == '_';
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        let after = &rest[at + 1..];
        let number = after.starts_with('#');
        let name_from = usize::from(number);
        let name_end = after[name_from..]
            .find(|c: char| !word(c))
            .map_or(after.len(), |end| end + name_from);
        let name = &after[name_from..name_end];
        if name.is_empty() || !after[name_end..].starts_with(';') {
            out.push('&');
            rest = after;
            continue;
        }
        rest = &after[name_end + 1..];
        if number {
            let code = js_number(&["0", name].concat())?;
            out.push(char::from_u32(code).unwrap_or('\u{FFFD}'));
            continue;
        }
        match name {
            "quot" => out.push('"'),
            "amp" => out.push('&'),
            "lt" => out.push('<'),
            "gt" => out.push('>'),
            "apos" => out.push('\''),
            _ => out.push_str(&["&", name, ";"].concat()),
        }
    }
    out.push_str(rest);
    Some(out)
}

/// `Number(text)` where it is a code point, as `String.fromCodePoint` wants one: an
/// integer from 0 to 0x10FFFF, written in decimal (with an exponent or not), or in hex,
/// octal or binary after `0x`, `0o` or `0b`. `text` holds only ASCII letters, digits and
/// `_`.
fn js_number(text: &str) -> Option<u32> {
    let radix = match text.get(..2).map(str::to_ascii_lowercase).as_deref() {
        Some("0x") => 16,
        Some("0o") => 8,
        Some("0b") => 2,
        _ => 10,
    };
    let value = if radix == 10 {
        let (digits, exponent) = match text.find(['e', 'E']) {
            Some(at) => (&text[..at], Some(&text[at + 1..])),
            None => (text, None),
        };
        let decimal = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
        if !decimal(digits) || exponent.is_some_and(|e| !decimal(e)) {
            return None;
        }
        text.parse::<f64>().ok()?
    } else {
        let digits = &text[2..];
        if digits.is_empty() || !digits.chars().all(|c| c.is_digit(radix)) {
            return None;
        }
        // Past 0x10FFFF it is no code point, however long.
        match digits.trim_start_matches('0') {
            "" => 0.0,
            digits => u32::from_str_radix(digits, radix).map_or(f64::INFINITY, f64::from),
        }
    };
    (value <= f64::from(0x10FFFF_u32)).then_some(value as u32)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn wrappers_come_off_as_the_loader_takes_them_off() {
        let value = json!({"headline": "A"});
        for text in [
            r#"{"headline": "A"}"#,
            r#"<!-- {"headline": "A"} -->"#,
            "//<![CDATA[\n{\"headline\": \"A\"}\n//]]>",
            "/*<![CDATA[*/ {\"headline\": \"A\"} /*]]>*/",
            "<!--<![CDATA[{\"headline\": \"A\"}]]>-->",
            r#"{&quot;headline&quot;: &#x22;A&#34;}"#,
            "{\"headline\":\n\"A\"}",
        ] {
            assert_eq!(read_json_ld(text), Some(value.clone()), "{text}");
        }
        // A line break inside a string reads as a space once nothing else reads.
        assert_eq!(
            read_json_ld("{\"headline\": \"A\nB\"}"),
            Some(json!({"headline": "A B"}))
        );
        // `&#1e1;` is `Number('01e1')`, 10, a line feed, which becomes a space.
        assert_eq!(
            read_json_ld(r#"{&quot;headline&quot;: "A&#1e1;B &nbsp;"}"#),
            Some(json!({"headline": "A B &nbsp;"}))
        );
        for garbage in [
            "",
            "<!-- -->",
            "not json",
            r#"{&quot;headline&quot;: "A&#xZZ;"}"#,
            r#"{&quot;headline&quot;: "A&#1114112;"}"#,
        ] {
            assert_eq!(read_json_ld(garbage), None, "{garbage}");
        }
    }

    #[test]
    fn numbers_are_read_as_javascript_reads_them() {
        for (text, code) in [
            ("065", Some(65)),
            ("0x41", Some(0x41)),
            ("0X41", Some(0x41)),
            ("0b11", Some(3)),
            ("0o17", Some(15)),
            ("01e3", Some(1000)),
            ("0e999", Some(0)),
            ("0x", None),
            ("00b11", None),
            ("0_1", None),
            ("01e", None),
            ("0x110000", None),
            ("0x0000000000041", Some(0x41)),
            ("0x000", Some(0)),
        ] {
            assert_eq!(js_number(text), code, "{text}");
        }
    }
}
