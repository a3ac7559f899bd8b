//! Characters as the tokenizer and the matchers see them: case, folding (curly and
//! straight quotes, every hyphen and dash), and which characters make up words.

/// Characters that count as the same when matching: curly and straight apostrophes and
/// quotes, and every hyphen and dash. Letters are lower-cased.
#[inline]
pub fn fold_char(c: char) -> char {
    match c {
        'A'..='Z' => (c as u8 | 0x20) as char,
        '\u{2018}' | '\u{2019}' | '\u{02BC}' | '\u{2032}' | '`' | '\u{00B4}' => '\'',
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{00AB}' | '\u{00BB}' | '\u{2033}' => '"',
        '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{FE58}' | '\u{FE63}' | '\u{FF0D}' => '-',
        c if c.is_ascii() => c,
        c => lower(c),
    }
}

/// Lower-cases a letter. The table covers the Latin, Greek, Cyrillic and Armenian
/// alphabets, where names in the news are written with capitals; other characters are
/// returned unchanged and still match themselves exactly. Rust's full Unicode case tables
/// would add far more to the wasm (docs/measurements.md, "Own case tables"), and this is
/// what matching needs of them.
pub fn lower(c: char) -> char {
    let code = c as u32;
    let shifted = match code {
        0x41..=0x5A | 0xC0..=0xD6 | 0xD8..=0xDE | 0x391..=0x3A1 | 0x3A3..=0x3AB | 0x410..=0x42F => {
            code + 0x20
        }
        0x100..=0x137 | 0x14A..=0x177 | 0x1E00..=0x1EFF if code % 2 == 0 => code + 1,
        0x139..=0x148 | 0x179..=0x17E if code % 2 == 1 => code + 1,
        0x178 => 0xFF,
        0x130 => 0x69,
        0x386 => 0x3AC,
        0x388..=0x38A => code + 0x25,
        0x38C => 0x3CC,
        0x38E..=0x38F => code + 0x3F,
        0x400..=0x40F => code + 0x50,
        0x460..=0x481 | 0x48A..=0x4BF | 0x4D0..=0x4FF if code % 2 == 0 => code + 1,
        0x531..=0x556 => code + 0x30,
        _ => code,
    };
    char::from_u32(shifted).unwrap_or(c)
}

/// Upper-cases a letter: the inverse of [`lower`] over the same alphabets.
pub fn upper(c: char) -> char {
    let code = c as u32;
    let shifted = match code {
        0x61..=0x7A | 0xE0..=0xF6 | 0xF8..=0xFE | 0x3B1..=0x3C1 | 0x3C3..=0x3CB | 0x430..=0x44F => {
            code - 0x20
        }
        0x101..=0x138 | 0x14B..=0x178 | 0x1E01..=0x1EFF if code % 2 == 1 => code - 1,
        0x13A..=0x149 | 0x17A..=0x17F if code % 2 == 0 => code - 1,
        0xFF => 0x178,
        0x3AC => 0x386,
        0x3AD..=0x3AF => code - 0x25,
        0x3CC => 0x38C,
        0x3CD..=0x3CE => code - 0x3F,
        0x450..=0x45F => code - 0x50,
        0x461..=0x481 | 0x48B..=0x4BF | 0x4D1..=0x4FF if code % 2 == 1 => code - 1,
        0x561..=0x586 => code - 0x30,
        _ => code,
    };
    char::from_u32(shifted).unwrap_or(c)
}

pub fn is_upper(c: char) -> bool {
    lower(c) != c
}

pub fn is_lower(c: char) -> bool {
    upper(c) != c || c == '\u{DF}'
}

/// A string with its first letter upper-cased.
pub fn capitalize(text: &str) -> String {
    let mut chars = text.chars();
    let mut capitalized = String::with_capacity(text.len());
    // Pushed, not collected from a chained iterator: that is generic code of its own.
    if let Some(first) = chars.next() {
        capitalized.push(upper(first));
        capitalized.push_str(chars.as_str());
    }
    capitalized
}

/// The folded form of a whole string, used for glossary keys.
pub fn fold(text: &str) -> String {
    let mut folded = String::with_capacity(text.len());
    fold_into(text, &mut folded);
    folded
}

/// Appends the folded form of `text` to `out`. ASCII text is copied and lower-cased in
/// place, a byte loop, unless it holds a backtick, the one ASCII character
/// [`fold_char`] turns into another: a glossary of thousands of names folds every one.
/// A soft hyphen is left out, as the tokenizer leaves it out of a word's hash.
pub fn fold_into(text: &str, out: &mut String) {
    if text.is_ascii() && !text.contains('`') {
        let start = out.len();
        out.push_str(text);
        out[start..].make_ascii_lowercase();
    } else {
        out.extend(text.chars().filter(|&c| c != SOFT_HYPHEN).map(fold_char));
    }
}

/// U+00AD, which marks where a word may be hyphenated and is invisible otherwise.
pub const SOFT_HYPHEN: char = '\u{AD}';

pub fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{02BC}')
}

pub fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}')
}

pub fn is_opening_quote(c: char) -> bool {
    matches!(
        c,
        '"' | '\u{201C}' | '\u{2018}' | '\u{00AB}' | '\u{201E}' | '(' | '['
    )
}

pub fn is_closing_quote(c: char) -> bool {
    matches!(
        c,
        '"' | '\u{201D}' | '\u{2019}' | '\u{00BB}' | ')' | ']' | '\''
    )
}

/// Word characters: letters and digits, plus the combining marks and joiners that live
/// inside words (accents, Indic vowel signs, emoji joiners) so they never split one.
#[inline(always)]
pub fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    c.is_alphanumeric()
        || matches!(c as u32,
            0x0300..=0x036F | 0x0483..=0x0489 | 0x0591..=0x05BD | 0x05BF | 0x05C1..=0x05C2
            | 0x05C4..=0x05C5 | 0x05C7 | 0x0610..=0x061A | 0x064B..=0x065F | 0x0670
            | 0x06D6..=0x06DC | 0x06DF..=0x06E4 | 0x06E7..=0x06E8 | 0x06EA..=0x06ED
            | 0x0900..=0x0963 | 0x0966..=0x0DFF | 0x0E31 | 0x0E34..=0x0E3A | 0x0E47..=0x0E4E
            | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x200C..=0x200D | 0x20D0..=0x20FF
            | 0xFE00..=0xFE0F | 0xFE20..=0xFE2F)
}

/// Scripts written without spaces between words. Each of their characters is a token of
/// its own, so a glossary name can match inside a run of them.
#[inline]
pub fn is_unspaced_script(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF
        | 0x20000..=0x2FA1F)
}
