//! Which spans of a run may be names: runs of capitalised words with the connectors,
//! particles, initials, titles and hyphens names use, trimmed of what opens or closes a
//! sentence rather than a name; acronyms used without a definition; quoted titles.

use super::evidence::Evidence;
use crate::lexicon::{Classes, Lexicon};
use crate::text::{fold, is_hyphen, Case, Token, TokenKind};

/// An acronym used without a definition: "NATO", "FBI", "EUROPOL", two to eight capitals
/// standing alone (not a shouted phrase), and not a common word, a title or a Roman
/// numeral. "US" is the one country that is also a common word. Not one either: a word
/// glued by a hyphen to a small one ("TOP-level"), a word the article also writes in
/// lower case ("WEEKLY"), or a label that is a whole run ("REPAIRABLE").
pub(super) fn is_acronym(
    run: &str,
    tokens: &[Token],
    at: usize,
    lexicon: &Lexicon,
    evidence: &Evidence,
) -> bool {
    let token = &tokens[at];
    let text = token.text(run);
    let caps = |t: Option<&Token>| t.is_some_and(|t| t.case == Case::AllCaps);
    let glued = |t: Option<&Token>| t.is_some_and(|t| !t.space_before() && is_hyphen_token(run, t));
    let folded = fold(text);
    token.case == Case::AllCaps
        && token.is_word()
        && text.len() <= 8
        && tokens.len() > 1
        && !caps(at.checked_sub(1).map(|b| &tokens[b]))
        && !caps(tokens.get(at + 1))
        && !glued(tokens.get(at + 1))
        && !text.bytes().all(|b| matches!(b, b'I' | b'V' | b'X'))
        && !(text.len() >= 4 && evidence.lower.contains_key(&folded))
        && (text == "US"
            || !lexicon
                .classes(&folded)
                .any(Classes::COMMON | Classes::CALENDAR | Classes::HONORIFIC))
}

/// A line of names set like a headline, "Homeland Security Secretary Peter J. Lindqvist"
/// or "Mayor Andrew Tipene, Whanganui District Council", as lists of officials are: no
/// capitalised common word ("Why", "Into", "The"), which headlines have, and a title, a
/// comma, a bracket or an initial, which names have.
pub(super) fn is_name_line(run: &str, tokens: &[Token], lexicon: &Lexicon) -> bool {
    let mut sign = false;
    for token in tokens {
        let text = token.text(run);
        if token.is_capitalized() {
            let classes = lexicon.classes(&fold(text));
            if classes.any(Classes::COMMON) {
                return false;
            }
            sign |= classes.any(Classes::HONORIFIC) || is_initial(token);
        }
        sign |= matches!(text, "," | "(");
    }
    sign
}

/// "I'm", "We've", "Don't": a word with a contraction's ending is never a name.
fn is_contraction(text: &str) -> bool {
    let bytes = text.as_bytes();
    // One or two small letters after a straight or curly (UTF-8 E2 80 99) apostrophe.
    (1..=2).any(|tail| {
        let rest = bytes.len().saturating_sub(tail);
        rest > 1
            && bytes[rest..].iter().all(u8::is_ascii_lowercase)
            && (bytes[rest - 1] == b'\'' || bytes[..rest].ends_with(&[0xE2, 0x80, 0x99]))
    })
}

/// A capital letter on its own: the initial in "Laura K. Brenner" or "U.S.".
pub(super) fn is_initial(token: &Token) -> bool {
    token.end - token.start == 1 && token.is_capitalized()
}

/// "CFOs", "MPs": the plural of an abbreviation is a common noun.
fn is_plural_abbreviation(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.len() >= 3
        && bytes.ends_with(b"s")
        && bytes[..bytes.len() - 1].iter().all(u8::is_ascii_uppercase)
}

/// Whether a name may start at token `at`: a capitalised word, an ordinal before one, or
/// (in English) a particle before one ("al-Shabaab", "de la Vega"); in French "la", "le"
/// and "de" before a capital are articles.
pub(super) fn starts_name(
    run: &str,
    tokens: &[Token],
    at: usize,
    lexicon: &Lexicon,
    french: bool,
) -> bool {
    let token = &tokens[at];
    let next = tokens.get(at + 1);
    (token.is_capitalized()
        && token.case != Case::AllCaps
        && !is_contraction(token.text(run))
        && !is_plural_abbreviation(token.text(run)))
        || (is_ordinal(run, token)
            && next.is_some_and(|t| t.is_capitalized() && t.space_before()))
        // "al-Shabaab", "de la Vega": a name may open with a lower-case particle.
        || (token.case == Case::Lower
            && !french
            && token.end - token.start <= 4
            && (next.is_some_and(|t| t.is_capitalized() && t.space_before())
                || tokens.get(at + 2).is_some_and(Token::is_capitalized)
                    && next.is_some_and(|t| t.case == Case::Lower || is_hyphen_token(run, t)))
            && lexicon.classes(token.text(run)).any(Classes::PARTICLE)
            && extend_name(run, tokens, at, &[], lexicon) > at)
}

pub(super) fn is_hyphen_token(run: &str, token: &Token) -> bool {
    token.kind == TokenKind::Punct && token.text(run).chars().all(is_hyphen)
}

fn is_ordinal(run: &str, token: &Token) -> bool {
    token.kind == TokenKind::Number && is_numeric_ordinal(token.text(run))
}

/// Whether token `at` lies in one of `spans`, each a first and last token.
pub(super) fn in_spans(spans: &[(usize, usize)], at: usize) -> bool {
    spans.iter().any(|&(first, last)| first <= at && at <= last)
}

/// The last token of the longest run of name words starting at `first`; the `taken`
/// spans (quoted titles) are no part of it.
pub(super) fn extend_name(
    run: &str,
    tokens: &[Token],
    first: usize,
    taken: &[(usize, usize)],
    lexicon: &Lexicon,
) -> usize {
    let mut last = first;
    let text = |at: usize| tokens.get(at).map_or("", |t| t.text(run));
    let name_word = |at: usize| {
        tokens.get(at).is_some_and(|t| {
            t.is_capitalized()
                && !in_spans(taken, at)
                && t.case != Case::AllCaps
                && !is_contraction(t.text(run))
                && !is_plural_abbreviation(t.text(run))
        })
    };
    loop {
        let next = last + 1;
        if name_word(next) && tokens[next].space_before() {
            last = next;
            continue;
        }
        // "Inter-Parliamentary", "Jean-Philippe": a hyphen between capitalised words.
        if name_word(next + 1)
            && text(next).chars().all(is_hyphen)
            && !tokens[next].space_before()
            && !tokens[next + 1].space_before()
        {
            last = next + 1;
            continue;
        }
        // "Smith & Nephew", "Harrow & Finch": an ampersand joins two capitalised words.
        if text(next) == "&" && name_word(next + 1) {
            last = next + 1;
            continue;
        }
        if joins_capitals(run, tokens, first, next, lexicon) {
            last = next;
            continue;
        }
        // "World War II", "Pope Leo XIV": a Roman numeral ends a name.
        if tokens.get(next).is_some_and(|t| {
            t.case == Case::AllCaps
                && t.space_before()
                && t.text(run).bytes().all(|b| b"IVX".contains(&b))
        }) {
            return next;
        }
        // "Mr. Smith", "Laura K. Brenner", "U.S. Africa Command": the full stop of a title
        // or an initial does not end the name.
        if text(next) == "."
            && (is_initial(&tokens[last])
                || lexicon.classes(&fold(text(last))).any(Classes::HONORIFIC))
            && name_word(next + 1)
        {
            last = next + 1;
            continue;
        }
        if let Some(at) = across_connectors(run, tokens, first, last, lexicon, &name_word) {
            last = at;
            continue;
        }
        // "U.S.": the full stop after a closing initial is part of it.
        if is_initial(&tokens[last]) && text(next) == "." && !tokens[next].space_before() {
            last = next;
        }
        return last;
    }
}

/// Up to two lower-case connectors or particles between capitalised words: "Alliance on
/// China", "Republic of the Congo", "al-Rashidi", "van der Berg". Gives the capitalised
/// word after them when they join it to the name `first..=last`.
fn across_connectors(
    run: &str,
    tokens: &[Token],
    first: usize,
    last: usize,
    lexicon: &Lexicon,
    name_word: &dyn Fn(usize) -> bool,
) -> Option<usize> {
    let text = |at: usize| tokens.get(at).map_or("", |t| t.text(run));
    // Whether the name so far holds one of `classes`' words: only an institution's name
    // goes on past "for", "on" or "and" ("Institute for Health and Social Policy"), so
    // that "Madrid for the Kent coast" and "Germany and Spain" stay apart.
    let holds =
        |classes: u32| (first..=last).any(|at| lexicon.classes(&fold(text(at))).any(classes));
    let next = last + 1;
    let mut at = next;
    let mut connector = None;
    while at < next + 2 && tokens.get(at).is_some_and(|t| t.case == Case::Lower) {
        let word = fold(text(at));
        let classes = lexicon.classes(&word);
        if !classes.any(Classes::CONNECTOR | Classes::PARTICLE) {
            break;
        }
        if classes.any(Classes::CONNECTOR) && connector.is_none() {
            connector = Some(word);
        }
        at += 1;
        if text(at).chars().all(is_hyphen) && !text(at).is_empty() {
            at += 1;
            break;
        }
    }
    let joins = match connector.as_deref() {
        None | Some("of") => true,
        Some("for" | "on") => holds(Classes::ORGANIZATION_WORD),
        Some("and") => {
            and_joins(run, tokens, first, last, at, lexicon)
                || at == next + 1
                    && holds(Classes::ORGANIZATION_WORD | Classes::PLACE_WORD)
                    && !complete_before_and(run, tokens, last, lexicon)
                    && (name_word(at + 1) || portfolio(run, tokens, last, lexicon))
        }
        _ => false,
    };
    (at > next && joins && name_word(at)).then_some(at)
}

/// "Trinidad and Tobago", "Saint Vincent and the Grenadines": "and" inside a known
/// place's name, `and_end` the first capitalised word after it.
fn and_joins(
    run: &str,
    tokens: &[Token],
    first: usize,
    last: usize,
    and_end: usize,
    lexicon: &Lexicon,
) -> bool {
    let mut words: Vec<String> = (first..and_end)
        .filter(|&at| tokens[at].is_word())
        .map(|at| fold(tokens[at].text(run)))
        .collect();
    (and_end..tokens.len().min(and_end + 2))
        .take_while(|&at| tokens[at].is_capitalized())
        .any(|at| {
            words.push(fold(tokens[at].text(run)));
            let phrase: Vec<&str> = words.iter().map(String::as_str).collect();
            lexicon.is_place_phrase(&phrase)
        })
        && last < and_end
}

/// "Corvanta Group and Halden Shipping": a name that ends in an organisation's word or
/// a company's form before "and" is complete, unless the word is a portfolio after a
/// connector ("Committee on Energy and Climate Change").
fn complete_before_and(run: &str, tokens: &[Token], last: usize, lexicon: &Lexicon) -> bool {
    lexicon
        .classes(&fold(tokens[last].text(run)))
        .any(Classes::ORGANIZATION_WORD | Classes::CORPORATE)
        && !after_connector(run, tokens, last, lexicon)
}

fn after_connector(run: &str, tokens: &[Token], at: usize, lexicon: &Lexicon) -> bool {
    at.checked_sub(1).is_some_and(|b| {
        tokens[b].case == Case::Lower
            && lexicon
                .classes(&fold(tokens[b].text(run)))
                .any(Classes::CONNECTOR)
    })
}

/// "Ministry of Trade and Fisheries": one capitalised word after "and" joins a portfolio,
/// a plain word after a connector ("of Trade"), but not a place ("Bank of England and
/// Barclays").
fn portfolio(run: &str, tokens: &[Token], last: usize, lexicon: &Lexicon) -> bool {
    after_connector(run, tokens, last, lexicon)
        && !lexicon.is_place_phrase(&[&fold(tokens[last].text(run))])
}

/// "Fjordverft AS", "Kestria FC", "Touch ID": a word in capitals after a capitalised one
/// is part of its name when it is a company's form or an organisation's word, or a short
/// word after a single one that is not a place.
fn joins_capitals(
    run: &str,
    tokens: &[Token],
    first: usize,
    next: usize,
    lexicon: &Lexicon,
) -> bool {
    let Some(token) = tokens
        .get(next)
        .filter(|t| t.case == Case::AllCaps && t.is_word() && t.space_before())
    else {
        return false;
    };
    let classes = lexicon.classes(&fold(token.text(run)));
    if classes.any(Classes::HONORIFIC) || !tokens[next - 1].is_word() {
        return false;
    }
    classes.any(Classes::CORPORATE | Classes::ORGANIZATION_WORD)
        || (next == first + 1
            && token.end - token.start <= 3
            && !tokens[first].sentence_start()
            && !lexicon
                .classes(&fold(tokens[first].text(run)))
                .any(Classes::PLACE | Classes::COMMON)
            && !tokens
                .get(next + 1)
                .is_some_and(|t| t.is_capitalized() && t.space_before()))
}

/// Capitalised titles of works in quotation marks: “Trial By Media,”.
pub(super) fn quoted_titles(run: &str, tokens: &[Token], lexicon: &Lexicon) -> Vec<(usize, usize)> {
    let mut found = Vec::new();
    for (open, token) in tokens.iter().enumerate() {
        let quote = token.text(run);
        if !(quote == "\u{201C}" || quote == "\"")
            || !tokens.get(open + 1).is_some_and(Token::is_capitalized)
        {
            continue;
        }
        let mut words = 0;
        let mut last = None;
        for (at, t) in tokens.iter().enumerate().skip(open + 1).take(14) {
            let text = t.text(run);
            if matches!(text, "\u{201D}" | "\"") {
                break;
            }
            match t.kind {
                TokenKind::Word
                    if t.is_capitalized()
                        || lexicon.classes(&fold(text)).any(Classes::TITLE_MINOR_WORD) =>
                {
                    words += 1;
                    last = Some(at);
                }
                TokenKind::Possessive => {}
                TokenKind::Punct if matches!(text, "," | "." | ":" | "-" | "?" | "!") => {}
                _ => {
                    last = None;
                    break;
                }
            }
        }
        if let Some(last) = last.filter(|_| words >= 2) {
            let closes = tokens[last + 1..]
                .iter()
                .take(2)
                .any(|t| matches!(t.text(run), "\u{201D}" | "\""));
            if closes && tokens[last].is_capitalized() {
                found.push((open + 1, last));
            }
        }
    }
    found
}

/// "1st", "89th", "1,000th": a number with an English ordinal suffix.
pub(super) fn is_numeric_ordinal(word: &str) -> bool {
    word.starts_with(|c: char| c.is_ascii_digit())
        && ["st", "nd", "rd", "th"].iter().any(|s| word.ends_with(s))
}
