//! Splitting a text run into tokens, with the case, sentence and folding facts the
//! matchers need. Every other part of the engine works on these tokens, so "a whole
//! word" means the same thing everywhere.

mod chars;

pub use chars::*;

/// Abbreviations whose full stop does not end a sentence: "Nov.", "Mr.", "e.g.". The
/// tokenizer's own list, in the same form as the lexicon's (one folded word a line,
/// sorted), read here since the tokenizer runs without a lexicon.
const ABBREVIATIONS: &str = include_str!("../../data/abbreviations.txt");

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

    /// Makes the token start a sentence: the name finders' reading of what follows a
    /// dateline or opens a quotation.
    pub fn mark_sentence_start(&mut self) {
        self.flags |= SENTENCE_START;
    }
}

/// The text of token `at`, or "" past the end. Out of line in the wasm: the rules ask it
/// at dozens of places, and a closure for it was a copy at each.
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub fn text_at<'a>(run: &'a str, tokens: &[Token], at: usize) -> &'a str {
    tokens.get(at).map_or("", |t| t.text(run))
}

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

/// How many tokens of a long run the slow finders read between two pause points, so that
/// one long paragraph does not hold the page for a whole pass. A paragraph of ordinary
/// length is one part.
pub const PART: usize = 2048;

/// Tokenizes a run into `tokens` and says whether it is set in title case, as every pass
/// of the engine reads a run.
pub fn tokenize_run(run: &str, tokens: &mut Vec<Token>) -> bool {
    tokenize_into(run, tokens);
    is_title_case(run, tokens)
}

/// A headline set in title case ("China Seeks Its Way Back to Interpol"), where capitals
/// say nothing about names: short, with no full stop at the end, and most longer words
/// capitalised.
pub fn is_title_case(text: &str, tokens: &[Token]) -> bool {
    if tokens.len() > 40 || text.trim_end().ends_with(['.', '!', '?']) {
        return false;
    }
    let (mut long_words, mut capitalized) = (0, 0);
    for token in tokens.iter().filter(|t| t.is_word() && t.end - t.start > 3) {
        long_words += 1;
        capitalized += token.first_upper() as usize;
    }
    long_words >= 3 && capitalized * 10 >= long_words * 8
}

/// Splits a run into tokens. White space is not a token; everything else is.
pub fn tokenize(run: &str) -> Vec<Token> {
    let mut tokens = Vec::with_capacity(run.len() / 5 + 1);
    tokenize_into(run, &mut tokens);
    tokens
}

/// The folded text of each of `tokens` that `keep` keeps. One loop behind a `dyn`
/// predicate, where each caller's filtered and collected iterator was its own code in the
/// wasm.
#[inline(never)]
pub fn folded_words(run: &str, tokens: &[Token], keep: &dyn Fn(&Token) -> bool) -> Vec<String> {
    let mut words = Vec::new();
    for token in tokens {
        if keep(token) {
            words.push(fold(token.text(run)));
        }
    }
    words
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
            (at, hash) = rest_of_word(run, at, hash, &mut shape);
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

/// Reads the rest of a word from `at`: letters and digits, soft hyphens, and an
/// apostrophe between word characters. Returns where the word ends and its running hash.
/// Inlined, so the tokenizer's loop stays one loop.
#[inline(always)]
fn rest_of_word(run: &str, mut at: usize, mut hash: u64, shape: &mut CaseShape) -> (usize, u64) {
    let bytes = run.as_bytes();
    while at < bytes.len() {
        // Most text is ASCII letters: a tight loop takes them, counting cases in locals.
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
        let next = if b < 0x80 {
            b as char
        } else {
            run[at..].chars().next().unwrap_or(' ')
        };
        if is_word_char(next) && !is_unspaced_script(next) {
            shape.add(next);
            hash = hash_step(hash, fold_char(next));
            at += next.len_utf8();
        } else if next == SOFT_HYPHEN {
            // A soft hyphen is a place a word may break, not a break: it stays inside the
            // word and out of its hash, so "Tauta\u{AD}hikura" is "Tautahikura".
            at += 2;
        } else if is_apostrophe(next) && !is_possessive_at(run, at) {
            // An apostrophe between two word characters stays inside the word.
            let after = run[at + next.len_utf8()..].chars().next();
            if after.is_some_and(|a| is_word_char(a) && !is_unspaced_script(a)) {
                hash = hash_step(hash, '\'');
                at += next.len_utf8();
                // French elides an article or a particle into the next word: "l’Assemblée"
                // is "l’" and "Assemblée", so that the name is a word of its own.
                if is_elision(&bytes[..at - next.len_utf8()], shape.letters) {
                    break;
                }
            } else {
                break;
            }
        } else {
            break;
        }
    }
    (at, hash)
}

/// Whether a word of `letters` letters ending where `before` ends is an elided French
/// article or particle: "l", "d", "qu" and the like, in lower case. "O'Brien",
/// "D'Angelo" and "L'Oréal" stay whole: a capital is read as part of a name, which costs
/// a French sentence that opens with "L’Assemblée" its split.
fn is_elision(before: &[u8], letters: u32) -> bool {
    matches!(
        (letters, before),
        (
            1,
            [.., b'l' | b'd' | b'j' | b'm' | b'n' | b's' | b't' | b'c']
        ) | (2, [.., b'q', b'u'])
    )
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
                !(ABBREVIATIONS.lines().any(|a| a.eq_ignore_ascii_case(word))
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

#[cfg(test)]
mod tests {
    /// Rows: a text and the words it splits into.
    #[test]
    fn french_elisions_end_their_word() {
        let rows: &[(&str, &[&str])] = &[
            (
                "de l\u{2019}Assembl\u{E9}e",
                &["de", "l\u{2019}", "Assembl\u{E9}e"],
            ),
            ("qu\u{2019}il", &["qu\u{2019}", "il"]),
            (
                "shares in L'Or\u{E9}al rose",
                &["shares", "in", "L'Or\u{E9}al", "rose"],
            ),
            (
                "O\u{2019}Brien and D'Angelo",
                &["O\u{2019}Brien", "and", "D'Angelo"],
            ),
        ];
        for (text, words) in rows {
            let tokens = super::tokenize(text);
            let got: Vec<&str> = tokens.iter().map(|t| t.text(text)).collect();
            assert_eq!(&got, words, "{text}");
        }
    }

    #[test]
    fn abbreviations_are_sorted_folded_and_one_a_line() {
        let words: Vec<&str> = super::ABBREVIATIONS.lines().collect();
        assert!(
            words.windows(2).all(|pair| pair[0] < pair[1]),
            "sorted, no repeats"
        );
        for word in words {
            assert!(!word.is_empty() && word == super::fold(word), "{word:?}");
        }
    }
}
