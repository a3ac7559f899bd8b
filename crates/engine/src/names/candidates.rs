//! Which spans of a run may be names: runs of capitalised words with the connectors,
//! particles, initials, titles and hyphens names use, trimmed of what opens or closes a
//! sentence rather than a name; acronyms used without a definition; quoted titles.

use super::evidence::Evidence;
use crate::lexicon::{Classes, Lexicon};
use crate::text::{fold, is_hyphen, text_at, Case, Token, TokenKind};

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
    // The checks that need no folded word first: they turn away nearly every token.
    if !(token.case == Case::AllCaps
        && token.is_word()
        && text.len() <= 8
        && tokens.len() > 1
        && !caps(at.checked_sub(1).map(|b| &tokens[b]))
        && !caps(tokens.get(at + 1))
        && !glued(tokens.get(at + 1))
        && !text.bytes().all(|b| matches!(b, b'I' | b'V' | b'X')))
    {
        return false;
    }
    let folded = fold(text);
    !(text.len() >= 4 && evidence.lower.contains_key(&folded))
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
            let classes = lexicon.of(text);
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
    (1..3).any(|tail| {
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

/// "ministre de la Transition écologique", "chargé du Numérique": in French the
/// portfolio after a minister's title is capitalised, yet names nothing of its own.
pub(super) fn after_french_title(run: &str, tokens: &[Token], at: usize) -> bool {
    let text = |at: usize| tokens[at].text(run);
    let mut before = at;
    while before > 0
        && at - before < 2
        && matches!(
            text(before - 1),
            "de" | "du" | "des" | "la" | "l\u{2019}" | "l'" | "d\u{2019}" | "d'"
        )
    {
        before -= 1;
    }
    before < at
        && before > 0
        && matches!(
            text(before - 1),
            "ministre"
                | "ministres"
                | "charg\u{E9}"
                | "charg\u{E9}e"
                | "d\u{E9}l\u{E9}gu\u{E9}"
                | "d\u{E9}l\u{E9}gu\u{E9}e"
                | "secr\u{E9}taire"
                | "commissaire"
        )
}

/// "the MP for Hexley North", "a TD for Cork South-West": the name at `at` is a
/// constituency.
pub(super) fn after_member_for(run: &str, tokens: &[Token], at: usize) -> bool {
    at >= 2
        && tokens[at - 1].text(run) == "for"
        && matches!(
            tokens[at - 2].text(run),
            "MP" | "MSP" | "MLA" | "MEP" | "TD" | "member"
        )
}

fn is_ordinal(run: &str, token: &Token) -> bool {
    token.kind == TokenKind::Number && is_numeric_ordinal(token.text(run))
}

/// Whether token `at` lies in one of `spans`, each a first and last token.
pub(super) fn in_spans(spans: &[(usize, usize)], at: usize) -> bool {
    spans.iter().any(|&(first, last)| first <= at && at <= last)
}

/// A capitalised word that may continue a name: not in a quoted title (`taken`), not in
/// capitals, not a contraction or the plural of an abbreviation.
fn name_word(run: &str, tokens: &[Token], taken: &[(usize, usize)], at: usize) -> bool {
    tokens.get(at).is_some_and(|t| {
        t.is_capitalized()
            && !in_spans(taken, at)
            && t.case != Case::AllCaps
            && !is_contraction(t.text(run))
            && !is_plural_abbreviation(t.text(run))
    })
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
    let text = |at: usize| text_at(run, tokens, at);
    let word = |at: usize| name_word(run, tokens, taken, at);
    loop {
        let next = last + 1;
        last = if word(next) && tokens[next].space_before() {
            next
        } else if word(next + 1)
            && (text(next) == "&"
                || text(next).chars().all(is_hyphen)
                    && !tokens[next].space_before()
                    && !tokens[next + 1].space_before())
        {
            // "Inter-Parliamentary", "Jean-Philippe", "Smith & Nephew".
            next + 1
        } else if joins_capitals(run, tokens, first, next, lexicon) {
            next
        } else if tokens.get(next).is_some_and(|t| {
            t.case == Case::AllCaps
                && t.space_before()
                && t.text(run).bytes().all(|b| b"IVX".contains(&b))
        }) {
            // "World War II", "Pope Leo XIV": a Roman numeral ends a name.
            return next;
        } else if text(next) == "."
            && (is_initial(&tokens[last]) || lexicon.of(text(last)).any(Classes::HONORIFIC))
            && word(next + 1)
        {
            // "Mr. Smith", "Laura K. Brenner", "U.S. Africa Command": the full stop of a
            // title or an initial does not end the name.
            next + 1
        } else if let Some(at) = across_connectors(run, tokens, first, last, taken, lexicon) {
            at
        } else {
            break;
        };
    }
    // "U.S.": the full stop after a closing initial is part of it.
    if is_initial(&tokens[last]) && text(last + 1) == "." && !tokens[last + 1].space_before() {
        last += 1;
    }
    last
}

/// Up to two lower-case connectors or particles between capitalised words: "Alliance on
/// China", "Republic of the Congo", "al-Rashidi", "van der Berg". Gives the capitalised
/// word after them when they join it to the name `first..=last`. Only an institution's
/// name goes on past "for", "on" or "and" ("Institute for Health and Social Policy"), so
/// that "Madrid for the Kent coast" and "Germany and Spain" stay apart.
fn across_connectors(
    run: &str,
    tokens: &[Token],
    first: usize,
    last: usize,
    taken: &[(usize, usize)],
    lexicon: &Lexicon,
) -> Option<usize> {
    let classes = |at: usize| lexicon.of(tokens[at].text(run));
    let next = last + 1;
    let mut at = next;
    let mut connector = "";
    let mut elided = false;
    while at < next + 2 && tokens.get(at).is_some_and(|t| t.case == Case::Lower) {
        let found = classes(at);
        if !found.any(Classes::CONNECTOR | Classes::PARTICLE) {
            break;
        }
        elided |= tokens[at].text(run).ends_with(['\'', '\u{2019}']);
        if found.any(Classes::CONNECTOR) && connector.is_empty() {
            connector = tokens[at].text(run);
        }
        at += 1;
        if tokens.get(at).is_some_and(|t| is_hyphen_token(run, t)) {
            at += 1;
            break;
        }
    }
    if at == next || !name_word(run, tokens, taken, at) {
        return None;
    }
    // The name's words other than initials and titles, and the classes any of its words
    // has, in one loop: each filtered or searched range was code of its own.
    let (mut words, mut held) = (0, Classes::default());
    #[allow(clippy::needless_range_loop)]
    for at in first..last + 1 {
        let found = classes(at);
        held = held | found;
        if tokens[at].end - tokens[at].start > 1 && !found.any(Classes::HONORIFIC) {
            words += 1;
        }
    }
    let holds = |wanted: u32| held.any(wanted);
    // "(M.) Julien d'Aubigny", "Conseil de l'Union": an elided particle joins a lone
    // given name, a title aside, or an institution's name, not a whole name to the next
    // ("Anne Dupont d'Airbus").
    if elided && words > 1 && !holds(Classes::ORGANIZATION_WORD) {
        return None;
    }
    let portfolio = last > first
        && tokens[last - 1].case == Case::Lower
        && classes(last - 1).any(Classes::CONNECTOR);
    let last_classes = classes(last);
    let joins = match connector {
        "" | "of" => true,
        "for" | "on" => holds(Classes::ORGANIZATION_WORD),
        // "Trinidad and Tobago": a known place. "Limerick City and County Council": an
        // institution's name, unless it is complete before "and" ("Corvanta Group and
        // Halden Shipping") and its last word is no portfolio ("Committee on Energy and
        // Climate Change"); one word after "and" only after a portfolio ("Ministry of
        // Trade and Fisheries"), not a place ("Bank of England and Barclays").
        "and" => {
            lexicon
                .of(&run[tokens[first].start as usize..tokens[at].end as usize])
                .any(Classes::PLACE)
                || at == next + 1
                    && holds(Classes::ORGANIZATION_WORD | Classes::PLACE_WORD)
                    && (portfolio
                        || !last_classes.any(Classes::ORGANIZATION_WORD | Classes::CORPORATE))
                    && (name_word(run, tokens, taken, at + 1)
                        || portfolio && !last_classes.any(Classes::PLACE))
        }
        _ => false,
    };
    joins.then_some(at)
}

/// "Fjordverft AS", "Kestria FC", "Touch ID": a word in capitals after a capitalised one
/// is part of its name when it is a company's form or an organisation's word, or a short
/// word after a single one that is not a place or a common word.
fn joins_capitals(
    run: &str,
    tokens: &[Token],
    first: usize,
    next: usize,
    lexicon: &Lexicon,
) -> bool {
    let Some(token) = tokens
        .get(next)
        .filter(|t| t.case == Case::AllCaps && t.space_before())
    else {
        return false;
    };
    let classes = lexicon.of(token.text(run));
    !classes.any(Classes::HONORIFIC)
        && (classes.any(Classes::CORPORATE | Classes::ORGANIZATION_WORD)
            || next == first + 1
                && token.end - token.start <= 3
                && !tokens[first].sentence_start()
                && !lexicon
                    .of(tokens[first].text(run))
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
                    if t.is_capitalized() || lexicon.of(text).any(Classes::TITLE_MINOR_WORD) =>
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
