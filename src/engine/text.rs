//! Splitting a text run into tokens, with the case, sentence and folding facts the
//! matchers need. Every other part of the engine works on these tokens, so "a whole
//! word" means the same thing everywhere.

/// One token of a text run. Offsets are UTF-8 byte offsets into the run.
///
/// Every pass of the engine goes through every token of the article, so a token is kept
/// to 16 bytes (a test checks): a 32-bit hash, and three yes/no facts packed into
/// `flags` behind methods.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub start: u32,
    pub end: u32,
    /// A hash of the folded form (see [`fold_char`]); equal folds give equal hashes.
    pub hash: u32,
    pub kind: TokenKind,
    pub case: Case,
    flags: u8,
}

/// `Token::flags`: the token starts a sentence (or the run).
const SENTENCE_START: u8 = 1;
/// `Token::flags`: white space separates the token from the one before it.
const SPACE_BEFORE: u8 = 2;
/// `Token::flags`: the first cased letter is a capital.
const FIRST_UPPER: u8 = 4;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters, with any digits, marks and inner apostrophes ("O’Brien").
    Word,
    /// Starts with a digit: "2018", "89th".
    Number,
    /// A possessive ending split off its word: "’s" or "'s".
    Possessive,
    /// Any other single character that is not white space.
    Punct,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Case {
    /// No cased letters: digits, punctuation, or scripts without case.
    Uncased,
    Lower,
    /// An upper-case first letter and no other capitals: "Interpol", "I".
    Capitalized,
    /// Two or more letters, all capitals: "IPAC", "INTERPOL".
    AllCaps,
    /// Anything else: "McDonald", "iPhone".
    Mixed,
}

impl Token {
    /// The token starts a sentence (or the run), so its capital letter proves nothing.
    pub fn sentence_start(&self) -> bool {
        self.flags & SENTENCE_START != 0
    }

    /// White space separates this token from the one before it.
    pub fn space_before(&self) -> bool {
        self.flags & SPACE_BEFORE != 0
    }

    /// The first cased letter is a capital.
    pub fn first_upper(&self) -> bool {
        self.flags & FIRST_UPPER != 0
    }

    pub fn text<'a>(&self, run: &'a str) -> &'a str {
        &run[self.start as usize..self.end as usize]
    }

    pub fn is_word(&self) -> bool {
        self.kind == TokenKind::Word
    }

    /// A word that begins with a capital: the raw material of proper names.
    pub fn is_capitalized(&self) -> bool {
        self.kind == TokenKind::Word && self.first_upper()
    }
}

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
/// would add about 20 KB to the wasm, and this is what matching needs of them.
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
    match chars.next() {
        Some(first) => std::iter::once(upper(first)).chain(chars).collect(),
        None => String::new(),
    }
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

fn is_closing_quote(c: char) -> bool {
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
fn is_unspaced_script(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF
        | 0x20000..=0x2FA1F)
}

/// Abbreviations whose full stop does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "st", "gen", "sen", "rep", "gov", "lt", "col", "capt", "sgt",
    "jr", "sr", "rev", "hon", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
    "oct", "nov", "dec", "vs", "etc", "no", "vol", "fig", "inc", "ltd", "corp", "co", "mt", "ft",
    "e.g", "i.e",
];

/// Adds one folded character to a running hash. A rotate and an exclusive or: cheap
/// enough for every byte of the text, with the mixing left to [`finish_hash`]. Two
/// different words can share a hash, so a match is confirmed on the text itself
/// (`matcher::case_fits`).
#[inline(always)]
pub fn hash_step(hash: u64, c: char) -> u64 {
    hash.rotate_left(8) ^ c as u64
}

/// Mixes a finished token's hash so that its bits are spread for the hash table, and
/// keeps the well-mixed top half.
#[inline(always)]
pub fn finish_hash(hash: u64) -> u32 {
    let mixed = (hash ^ (hash >> 32)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    ((mixed ^ (mixed >> 29)) >> 32) as u32
}

/// The hash [`tokenize`] gives a token whose folded text is `folded`.
pub fn hash_folded(folded: &str) -> u32 {
    finish_hash(folded.chars().fold(0, hash_step))
}

/// Splits a run into tokens. White space is not a token; everything else is.
pub fn tokenize(run: &str) -> Vec<Token> {
    let mut tokens = Vec::with_capacity(run.len() / 5 + 1);
    tokenize_into(run, &mut tokens);
    tokens
}

/// [`tokenize`] into a buffer the caller reuses; it is cleared first.
pub fn tokenize_into(run: &str, tokens: &mut Vec<Token>) {
    tokens.clear();
    let bytes = run.as_bytes();
    let char_at = |at: usize| run[at..].chars().next().unwrap_or(' ');
    let mut at = 0;
    let mut space_before = false;
    let mut sentence_start = true;
    while at < bytes.len() {
        let start = at;
        let byte = bytes[at];
        // ASCII white space is most of what lies between tokens: skip it at once.
        if matches!(byte, b' ' | b'\n' | b'\t' | b'\r' | 0x0C) {
            space_before = true;
            at += 1;
            continue;
        }
        let c = if byte < 0x80 {
            byte as char
        } else {
            char_at(at)
        };
        at += c.len_utf8();
        if byte >= 0x80 && c.is_whitespace() {
            space_before = true;
            continue;
        }
        // ASCII letters and digits fold by setting one bit; only the rest needs fold_char.
        let (folded, starts_word) = if byte.is_ascii_alphanumeric() {
            ((byte | 0x20) as char, true)
        } else if byte < 0x80 {
            (fold_char(c), false)
        } else {
            (fold_char(c), is_word_char(c) && !is_unspaced_script(c))
        };
        let mut token = Token {
            start: start as u32,
            end: at as u32,
            kind: TokenKind::Punct,
            case: Case::Uncased,
            hash: 0,
            flags: if sentence_start { SENTENCE_START } else { 0 }
                | if space_before { SPACE_BEFORE } else { 0 },
        };
        let mut hash = hash_step(0, folded);
        if starts_word {
            let mut shape = CaseShape::default();
            shape.add(c);
            token.kind = if c.is_numeric() {
                TokenKind::Number
            } else {
                TokenKind::Word
            };
            while at < bytes.len() {
                // Most text is ASCII letters: a tight loop takes them, counting cases in
                // locals.
                let (ascii_start, mut upper, mut lower) = (at, 0, 0);
                while let Some(&b) = bytes.get(at) {
                    let class = ASCII_CLASS[b as usize];
                    if class == 0 {
                        break;
                    }
                    upper += (class & ASCII_UPPER) as u32;
                    lower += (class & ASCII_LOWER) as u32 >> 1;
                    // Setting 0x20 lower-cases a letter and leaves a digit as it is.
                    hash = hash_step(hash, (b | 0x20) as char);
                    at += 1;
                }
                shape.add_ascii(&bytes[ascii_start..at], upper, lower);
                let Some(&b) = bytes.get(at) else {
                    break;
                };
                let next = if b < 0x80 { b as char } else { char_at(at) };
                if is_word_char(next) && !is_unspaced_script(next) {
                    shape.add(next);
                    hash = hash_step(hash, fold_char(next));
                    at += next.len_utf8();
                } else if next == SOFT_HYPHEN {
                    // A soft hyphen is a place a word may break, not a break: it stays
                    // inside the word and out of its hash, so "Tauta\u{AD}hikura" is
                    // "Tautahikura".
                    at += 2;
                } else if is_apostrophe(next) && !is_possessive_at(run, at) {
                    // An apostrophe between two word characters stays inside the word.
                    let after = run[at + next.len_utf8()..].chars().next();
                    if after.is_some_and(|a| is_word_char(a) && !is_unspaced_script(a)) {
                        hash = hash_step(hash, '\'');
                        at += next.len_utf8();
                    } else {
                        break;
                    }
                } else {
                    break;
                }
            }
            token.end = at as u32;
            token.hash = finish_hash(hash);
            if shape.first_upper {
                token.flags |= FIRST_UPPER;
            }
            token.case = if token.kind == TokenKind::Number {
                Case::Uncased
            } else {
                shape.case()
            };
            sentence_start = false;
        } else {
            if is_apostrophe(c)
                && is_possessive_at(run, start)
                && tokens
                    .last()
                    .is_some_and(|t| t.end as usize == start && t.kind == TokenKind::Word)
            {
                at += 1;
                token.end = at as u32;
                token.kind = TokenKind::Possessive;
                hash = hash_step(hash, 's');
            } else if is_unspaced_script(c) {
                token.kind = TokenKind::Word;
            }
            token.hash = finish_hash(hash);
            sentence_start = ends_sentence(run, tokens, &token, sentence_start);
        }
        tokens.push(token);
        space_before = false;
    }
}

/// Whether the token after `token` starts a sentence.
fn ends_sentence(run: &str, before: &[Token], token: &Token, was_start: bool) -> bool {
    let c = token.text(run).chars().next().unwrap_or(' ');
    match c {
        '!' | '?' | '\u{3002}' | '\u{FF01}' | '\u{FF1F}' | '\u{061F}' | '\u{0964}' => true,
        '.' => match before.last() {
            Some(previous)
                if previous.end == token.start
                    && previous.is_word()
                    && previous.end - previous.start <= 4 =>
            {
                let word = previous.text(run);
                // "Nov." and the initials in "U.S." or "J. R. Smith" end no sentence.
                !(ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(word))
                    || (word.chars().count() == 1 && previous.first_upper()))
            }
            _ => true,
        },
        // Quotes and brackets pass the state on: `He left." The` and `. (The`.
        c if is_opening_quote(c) || is_closing_quote(c) => was_start,
        _ => false,
    }
}

/// Whether the apostrophe at byte `at` begins a possessive "’s" followed by a non-word character.
fn is_possessive_at(run: &str, at: usize) -> bool {
    let mut rest = run[at..].chars();
    rest.next();
    matches!(rest.next(), Some('s')) && rest.next().is_none_or(|c| !is_word_char(c))
}

/// [`ASCII_CLASS`] of a capital letter.
const ASCII_UPPER: u8 = 1;
/// [`ASCII_CLASS`] of a small letter.
const ASCII_LOWER: u8 = 2;
/// [`ASCII_CLASS`] of a digit.
const ASCII_DIGIT: u8 = 4;

/// What each byte is, if it is an ASCII letter or digit, and 0 for every other byte: one
/// load in the loop that runs for every letter of the article, in place of four range
/// checks.
static ASCII_CLASS: [u8; 256] = {
    let mut table = [0; 256];
    let mut b = 0;
    while b < 128 {
        table[b] = match b as u8 {
            b'A'..=b'Z' => ASCII_UPPER,
            b'a'..=b'z' => ASCII_LOWER,
            b'0'..=b'9' => ASCII_DIGIT,
            _ => 0,
        };
        b += 1;
    }
    table
};

#[derive(Default)]
struct CaseShape {
    letters: u32,
    upper: u32,
    lower: u32,
    first_upper: bool,
}

impl CaseShape {
    /// A stretch of ASCII letters and digits, with its capitals and small letters
    /// already counted.
    #[inline(always)]
    fn add_ascii(&mut self, stretch: &[u8], upper: u32, lower: u32) {
        if self.letters == 0 && upper + lower > 0 {
            self.first_upper = stretch
                .iter()
                .find(|b| b.is_ascii_alphabetic())
                .is_some_and(u8::is_ascii_uppercase);
        }
        self.letters += upper + lower;
        self.upper += upper;
        self.lower += lower;
    }

    fn add(&mut self, c: char) {
        let (upper, lower) = if c.is_ascii() {
            (c.is_ascii_uppercase(), c.is_ascii_lowercase())
        } else {
            (is_upper(c), is_lower(c))
        };
        if upper || lower {
            if self.letters == 0 {
                self.first_upper = upper;
            }
            self.letters += 1;
            self.upper += upper as u32;
            self.lower += lower as u32;
        }
    }

    fn case(&self) -> Case {
        match (self.upper, self.lower) {
            (0, 0) => Case::Uncased,
            (0, _) => Case::Lower,
            (u, 0) if u >= 2 => Case::AllCaps,
            (1, _) if self.first_upper => Case::Capitalized,
            _ => Case::Mixed,
        }
    }
}
