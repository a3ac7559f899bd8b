//! Which spans of a run may be names: runs of capitalised words with the connectors,
//! particles, initials, titles and hyphens names use, trimmed of what opens or closes a
//! sentence rather than a name; acronyms used without a definition; quoted titles.

use super::{Evidence, AFTER_LOWER, ALONE};
use crate::engine::lexicon::{Classes, Lexicon};
use crate::engine::text::{fold, is_hyphen, Case, Token, TokenKind};

/// An acronym used without a definition: "NATO", "FBI", "EUROPOL", two to eight capitals
/// standing alone (not a shouted phrase), and not a common word, a title or a Roman
/// numeral. "US" is the one country that is also a common word.
pub(super) fn is_acronym(run: &str, tokens: &[Token], at: usize, lexicon: &Lexicon) -> bool {
    let token = &tokens[at];
    let text = token.text(run);
    let caps = |t: Option<&Token>| t.is_some_and(|t| t.case == Case::AllCaps);
    token.case == Case::AllCaps
        && token.is_word()
        && text.len() <= 8
        && !caps(at.checked_sub(1).map(|b| &tokens[b]))
        && !caps(tokens.get(at + 1))
        && !text.bytes().all(|b| matches!(b, b'I' | b'V' | b'X'))
        && (text == "US"
            || !lexicon
                .classes(&fold(text))
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

pub(super) fn starts_name(run: &str, tokens: &[Token], at: usize, lexicon: &Lexicon) -> bool {
    let token = &tokens[at];
    let next = tokens.get(at + 1);
    (token.is_capitalized() && token.case != Case::AllCaps && !is_contraction(token.text(run)))
        || (is_ordinal(run, token)
            && next.is_some_and(|t| t.is_capitalized() && t.space_before()))
        // "al-Shabaab", "de la Vega": a name may open with a lower-case particle.
        || (token.case == Case::Lower
            && token.end - token.start <= 4
            && (next.is_some_and(|t| t.is_capitalized() && t.space_before())
                || tokens.get(at + 2).is_some_and(Token::is_capitalized)
                    && next.is_some_and(|t| t.case == Case::Lower || is_hyphen_token(run, t)))
            && lexicon.classes(token.text(run)).any(Classes::PARTICLE)
            && extend_name(run, tokens, at, &[], lexicon) > at)
}

fn is_hyphen_token(run: &str, token: &Token) -> bool {
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
        })
    };
    // Whether the name so far holds one of `classes`' words: only an institution's name
    // goes on past "for", "on" or "and" ("Institute for Health and Social Policy"), so
    // that "Madrid for the Kent coast" and "Germany and Spain" stay apart.
    let holds = |last: usize, classes: u32| {
        (first..=last).any(|at| lexicon.classes(&fold(text(at))).any(classes))
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
            && (is_initial(&tokens[last]) || lexicon.is_honorific(&fold(text(last))))
            && name_word(next + 1)
        {
            last = next + 1;
            continue;
        }
        // Up to two lower-case connectors or particles between capitalised words:
        // "Alliance on China", "Republic of the Congo", "al-Rashidi", "van der Berg".
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
            Some("for" | "on") => holds(last, Classes::ORGANIZATION_WORD),
            // "Limerick City and County Council": two capitalised words after "and".
            Some("and") => {
                at == next + 1
                    && name_word(at + 1)
                    && holds(last, Classes::ORGANIZATION_WORD | Classes::PLACE_WORD)
            }
            _ => false,
        };
        if at > next && joins && name_word(at) {
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

/// Trims what is not part of the name from both ends. Returns the name's tokens and
/// whether a title before it ("Mr.", "President") shows it is a person's. A name cut
/// short ("Jane Roe" of "Jane Roe of Ohio") sets `resume` to where the search goes on.
pub(super) fn refine(
    run: &str,
    tokens: &[Token],
    mut first: usize,
    mut last: usize,
    lexicon: &Lexicon,
    evidence: &Evidence,
    resume: &mut usize,
) -> Option<(usize, usize, bool)> {
    // Each word's folded form and classes, looked up once: the rules below ask about the
    // same few words many times.
    let start = first;
    let words: Vec<(String, Classes)> = (first..=last)
        .map(|at| {
            let word = fold(tokens[at].text(run));
            let classes = lexicon.classes(&word);
            (word, classes)
        })
        .collect();
    let word_at = |at: usize| words[at - start].0.as_str();
    let classes_at = |at: usize| words[at - start].1;
    let naming = Classes::ORGANIZATION_WORD | Classes::PLACE_WORD | Classes::EVENT_WORD;
    // The words after `at`, up to `last`, could be a person's name: capitalised words,
    // initials and particles, none of which would make it an organisation's or a place's.
    let personal = |at: usize, last: usize| {
        (at + 1..=last).all(|at| {
            let t = &tokens[at];
            !classes_at(at).any(naming | Classes::CONNECTOR | Classes::HONORIFIC)
                && (t.is_capitalized() || t.case == Case::Lower || t.kind == TokenKind::Punct)
        }) && tokens[last].is_capitalized()
    };
    let connector_before = |at: usize| {
        at.checked_sub(1).is_some_and(|b| {
            tokens[b].case == Case::Lower && lexicon.is_connector(&fold(tokens[b].text(run)))
        })
    };
    let mut person = false;
    // "Minister for Housing Siobhán O'Sullivan", "Secretary of State Ana Ruiz": after a
    // capitalised title and its portfolio, the person is the last two capitalised words.
    // Without a person, what follows the title's connector is the name: "Bank of
    // England" in "Governor of the Bank of England".
    let title_at_first =
        classes_at(first).any(Classes::HONORIFIC) && first < last && connector_before(first + 2);
    let after_title = first >= 2
        && connector_before(first)
        && tokens[first - 2].is_capitalized()
        && lexicon.is_honorific(&fold(tokens[first - 2].text(run)));
    if title_at_first || after_title {
        let capitals =
            || (first + title_at_first as usize..=last).filter(|&at| tokens[at].is_capitalized());
        let second_last = capitals().rev().nth(1);
        match second_last {
            Some(at) if capitals().count() >= 3 && personal(at - 1, last) => {
                first = at;
                person = true;
            }
            _ if title_at_first => first = capitals().next()?,
            _ => {}
        }
    }
    // "Senator Dana Whitfield of Ohio", "Aroha Wiremu of Ngāti Tūmanako": a person's name
    // ends before "of"; what follows is where they come from, a name of its own. The
    // part after the last title must be two or more plain words that are not a place
    // ("United States of America").
    if let Some(of) =
        (first + 2..last).find(|&at| word_at(at) == "of" && tokens[at].case == Case::Lower)
    {
        let title = (first..of)
            .rev()
            .find(|&at| classes_at(at).any(Classes::HONORIFIC));
        let name_start = title.map_or(first, |t| t + 1);
        let plain = (name_start..of)
            .filter(|&at| tokens[at].is_capitalized() && tokens[at].end - tokens[at].start > 1)
            .count()
            >= 2
            && (name_start..of).all(|at| !classes_at(at).any(naming | Classes::COMMON));
        let phrase: Vec<&str> = (name_start..of).map(word_at).collect();
        if plain && !lexicon.is_place_phrase(&phrase) {
            last = of - 1;
            *resume = of;
        }
    }
    // Dates, connectors, common words and demonyms do not end a name: "Read More",
    // "the Vermont Republican", "Monday May". A full stop does only after an initial
    // that follows another ("U.S.").
    while last > first
        && (classes_at(last)
            .any(Classes::CALENDAR | Classes::CONNECTOR | Classes::COMMON | Classes::DEMONYM)
            || (tokens[last].kind == TokenKind::Punct
                && !(last >= first + 3
                    && is_initial(&tokens[last - 1])
                    && tokens[last - 2].text(run) == ".")))
    {
        last -= 1;
    }
    // "General Mills", "St. Kilda": before one word, "General" heads a company and "St"
    // a place as often as they are titles, so the pair is kept whole.
    let pair = (matches!(word_at(first), "general" | "st" | "saint")
        && (first + 1..=last)
            .filter(|&at| tokens[at].is_word())
            .count()
            == 1)
        .then_some(first);
    loop {
        if first > last {
            return None;
        }
        let word = word_at(first);
        let classes = classes_at(first);
        let token = &tokens[first];
        let alone = first == last;
        let flags = evidence.capitalized(word);
        let skip = if classes.any(Classes::HONORIFIC)
            && !alone
            && pair != Some(first)
            && personal(first, last)
        {
            person = true;
            true
        } else if classes.any(Classes::COMMON) && !alone && flags & AFTER_LOWER != 0 {
            // "First Solar", "One Nation": a common word the article also capitalises
            // after a lower-case word heads a name.
            false
        } else if classes.any(Classes::COMMON | Classes::CALENDAR | Classes::CONNECTOR) {
            true
        } else if token.sentence_start() && token.case != Case::AllCaps {
            // A capital at a sentence start proves nothing: keep the word only if the
            // article shows it capitalised elsewhere (on its own, for a word alone), or it
            // is a known place, a given name or a particle ("Van der Berg").
            let known = (if alone { flags & ALONE } else { flags }) != 0
                || classes.any(Classes::PLACE | Classes::GIVEN_NAME | Classes::PARTICLE);
            // "Members of the Alliance": a plain word joined to a name by a connector is
            // the sentence's subject, unless it is the kind of word names start with.
            let joined_by_connector = tokens.get(first + 1).is_some_and(|t| {
                t.case == Case::Lower
                    && if first < last {
                        classes_at(first + 1)
                    } else {
                        lexicon.classes(&fold(t.text(run)))
                    }
                    .any(Classes::CONNECTOR)
            });
            let starts_names = classes.any(naming);
            // "Rival Samsung", "Officials Said": a common noun opening the sentence.
            let common_noun =
                classes.any(Classes::ROLE_NOUN | Classes::ORGANIZATION_NOUN | Classes::PLACE_NOUN);
            if alone {
                !known
            } else if starts_names && tokens[first + 1].is_capitalized() {
                // "Operation Silver Tide", "Department of Health": the word opens a name.
                false
            } else {
                !known
                    && (evidence.lower.contains_key(word)
                        || (joined_by_connector && !starts_names)
                        || common_noun)
            }
        } else {
            false
        };
        if !skip {
            break;
        }
        first += 1;
        while first <= last
            && (tokens[first].kind == TokenKind::Punct
                || tokens[first].case == Case::Lower && !classes_at(first).any(Classes::PARTICLE))
        {
            first += 1;
        }
    }
    // "Fed Chair Jerome Powell", "Italian Prime Minister Giorgia Meloni": a title inside
    // the run ends whatever came before it; the name is what follows.
    if let Some(title) = (first..last)
        .rev()
        .find(|&at| classes_at(at).any(Classes::HONORIFIC) && pair != Some(at))
    {
        if personal(title, last) {
            first = title + 1;
            person = true;
        }
    }
    // "R-Vt.", "D-Ga.": a party and state tag, not a name.
    if first < last && is_initial(&tokens[first]) && is_hyphen_token(run, &tokens[first + 1]) {
        return None;
    }
    if first == last {
        let letters = word_at(first).chars().filter(|c| c.is_alphabetic()).count();
        let not_alone = Classes::DEMONYM
            | Classes::CALENDAR
            | Classes::PLACE_WORD
            | Classes::EVENT_WORD
            | Classes::HONORIFIC
            | Classes::PARTICLE;
        // A lone organisation word mid-sentence ("the Bank", "Parliament") is kept for
        // `settle`, which links it to the name it heads or keeps it as a legislature.
        let lone_institution = classes_at(first).any(Classes::ORGANIZATION_WORD)
            && !tokens[first].sentence_start()
            && !person;
        if letters < 2
            || tokens[first].case == Case::AllCaps
            || !lone_institution && classes_at(first).any(not_alone | Classes::ORGANIZATION_WORD)
        {
            return None;
        }
    }
    // A date such as "May 6" or "Nov. 15" is not a name, and neither is a lone year.
    if (first..=last)
        .all(|at| classes_at(at).any(Classes::CALENDAR) || tokens[at].kind != TokenKind::Word)
    {
        return None;
    }
    Some((first, last, person))
}

/// Capitalised titles of works in quotation marks: “Trial By Media,”.
pub(super) fn quoted_titles(run: &str, tokens: &[Token]) -> Vec<(usize, usize)> {
    const MINOR: &[&str] = &[
        "a", "an", "the", "of", "on", "in", "and", "or", "for", "to", "by", "with", "at", "from",
    ];
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
                TokenKind::Word if t.is_capitalized() || MINOR.contains(&fold(text).as_str()) => {
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
