//! Proper names found without a glossary: runs of capitalised words, with the connectors
//! names use ("Alliance on China"), cleaned of sentence-initial ordinary words and dates,
//! and classified from cues in and around the name.

use super::lexicon::{Classes, Lexicon};
use super::matcher::TokenMatch;
use super::text::{fold, is_hyphen, Case, Token, TokenKind};
use super::StringMap;
use crate::model::Kind;

/// A name the finder settled on, with the other spellings that refer to it.
#[derive(Debug, Clone, PartialEq)]
pub struct FoundName {
    pub name: String,
    pub kind: Kind,
    pub aliases: Vec<String>,
    /// An acronym the article uses without a definition ("NATO").
    pub acronym: bool,
}

/// One place where a candidate name stands.
struct Occurrence {
    first: usize,
    last: usize,
}

#[derive(Default)]
struct Candidate {
    name: String,
    words: Vec<String>,
    votes: [i32; 7],
    occurrences: usize,
    /// An acronym used without a definition.
    acronym: bool,
}

/// Words seen in the article, for judging a capital at the start of a sentence. Gathered
/// from every run before [`NameFinder`] reads any.
#[derive(Default)]
pub struct Evidence {
    /// Folded words seen capitalised in the middle of a sentence, with [`MID_SENTENCE`],
    /// [`ALONE`] and [`AFTER_LOWER`] flags saying how.
    capitalized: StringMap,
    /// Folded words seen in lower case.
    lower: StringMap,
}

/// `Evidence::capitalized`: the word was seen capitalised mid-sentence.
const MID_SENTENCE: usize = 1;
/// The word was seen capitalised mid-sentence with no capitalised word beside it: a name
/// of its own ("the Greens"), not only a part of a longer one ("Business Council").
const ALONE: usize = 2;
/// The word was seen capitalised right after a lower-case word ("at First Solar"): a
/// common word capitalised there is part of a name.
const AFTER_LOWER: usize = 4;

impl Evidence {
    /// Notes the words of one run; `title_case` says it is a headline in title case.
    pub fn add_run(&mut self, run: &str, tokens: &[Token], title_case: bool) {
        for (at, token) in tokens.iter().enumerate() {
            if !token.is_word() {
                continue;
            }
            let text = token.text(run);
            let (map, flags) = if token.case == Case::Lower {
                (&mut self.lower, 0)
            } else if token.first_upper() && !token.sentence_start() && !title_case {
                let before = at.checked_sub(1).map(|b| &tokens[b]);
                let after = tokens.get(at + 1).filter(|t| t.space_before());
                let mut flags = MID_SENTENCE;
                if !before.is_some_and(Token::is_capitalized)
                    && !after.is_some_and(Token::is_capitalized)
                {
                    flags |= ALONE;
                }
                if before.is_some_and(|t| t.is_word() && t.case == Case::Lower) {
                    flags |= AFTER_LOWER;
                }
                (&mut self.capitalized, flags)
            } else {
                continue;
            };
            // Most words are seen many times: fold (and allocate) only for a new one.
            // A lower-case ASCII word is its own folded form.
            let folded_already = text
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit());
            if !(folded_already && map.contains_key(text)) {
                *map.entry(fold(text)).or_insert(0) |= flags;
            }
        }
    }

    /// How `folded` was seen capitalised mid-sentence: [`MID_SENTENCE`] and the other
    /// flags, or 0.
    fn capitalized(&self, folded: &str) -> usize {
        self.capitalized.get(folded).copied().unwrap_or(0)
    }
}

/// Gathers candidate names run by run, then settles each one's form and kind.
pub struct NameFinder<'a> {
    evidence: Evidence,
    lexicon: &'a Lexicon,
    candidates: Vec<Candidate>,
    by_key: StringMap,
    /// Folded words of people's names the glossaries already know: a bare "Okafor"
    /// after a glossary's "Jane Okafor" is a reference to her, not a name of its own.
    known_people: StringMap,
    /// Acronyms used without a definition are names: on with the acronym finder.
    pub acronyms: bool,
}

impl<'a> NameFinder<'a> {
    /// A finder that judges sentence-initial capitals by `evidence`, gathered from the
    /// whole article.
    pub fn new(evidence: Evidence, lexicon: &'a Lexicon) -> NameFinder<'a> {
        NameFinder {
            evidence,
            lexicon,
            candidates: Vec::new(),
            by_key: StringMap::default(),
            known_people: StringMap::default(),
            acronyms: true,
        }
    }

    /// Notes a folded word of a person's name from a glossary.
    pub fn add_known_person_word(&mut self, folded: String) {
        self.known_people.insert(folded, 0);
    }

    /// Reads one run. `known` are the run's glossary and acronym matches: a name whose
    /// every token they cover is theirs already. A title-case headline proves nothing.
    pub fn add_run(&mut self, run: &str, tokens: &[Token], title_case: bool, known: &[TokenMatch]) {
        let lexicon = self.lexicon;
        if title_case && !is_name_line(run, tokens, lexicon) {
            return;
        }
        let mut claimed = vec![false; tokens.len()];
        for m in known {
            claimed[m.first..=m.last].iter_mut().for_each(|c| *c = true);
        }
        let mut taken = vec![false; tokens.len()];
        let mut found: Vec<(Occurrence, Kind)> = Vec::new();
        for (first, last) in quoted_titles(run, tokens) {
            taken[first..=last].iter_mut().for_each(|t| *t = true);
            found.push((Occurrence { first, last }, Kind::Work));
        }
        // "LONDON —", "NAIROBI, Kenya —": a dateline's capitals are a city, not acronyms.
        let dateline = tokens
            .iter()
            .take(8)
            .position(|t| matches!(t.text(run), "\u{2014}" | "\u{2013}"))
            .map_or(0, |dash| dash);
        let mut at = 0;
        while at < tokens.len() {
            if taken[at] {
                at += 1;
                continue;
            }
            if self.acronyms && at >= dateline && is_acronym(run, tokens, at, lexicon) {
                found.push((
                    Occurrence {
                        first: at,
                        last: at,
                    },
                    Kind::Concept,
                ));
                at += 1;
                continue;
            }
            if !starts_name(run, tokens, at, lexicon) {
                at += 1;
                continue;
            }
            let last = extend_name(run, tokens, at, &taken, lexicon);
            let mut resume = last + 1;
            if let Some((first, last, person)) =
                refine(run, tokens, at, last, lexicon, &self.evidence, &mut resume)
            {
                let kind = if person { Kind::Person } else { Kind::Other };
                found.push((Occurrence { first, last }, kind));
            }
            at = resume;
        }
        for (occurrence, hint) in found {
            if claimed[occurrence.first..=occurrence.last]
                .iter()
                .all(|&c| c)
            {
                continue;
            }
            let words: Vec<String> = tokens[occurrence.first..=occurrence.last]
                .iter()
                .filter(|t| t.kind != TokenKind::Possessive || hint == Kind::Work)
                .map(|t| fold(t.text(run)))
                .collect();
            let key = key_of(run, &tokens[occurrence.first..=occurrence.last]);
            let candidates = &mut self.candidates;
            let index = *self.by_key.entry(key).or_insert_with(|| {
                candidates.push(Candidate {
                    name: surface(run, &tokens[occurrence.first..=occurrence.last]),
                    words,
                    acronym: hint == Kind::Concept,
                    ..Candidate::default()
                });
                candidates.len() - 1
            });
            let candidate = &mut candidates[index];
            candidate.occurrences += 1;
            if matches!(hint, Kind::Work | Kind::Person) {
                candidate.votes[hint as usize] += if hint == Kind::Work { 10 } else { 4 };
            }
            context_votes(run, tokens, &occurrence, lexicon, &mut candidate.votes);
        }
    }

    /// The names found, once every run has been read.
    pub fn finish(mut self) -> Vec<FoundName> {
        for candidate in &mut self.candidates {
            name_votes(&candidate.words, self.lexicon, &mut candidate.votes);
        }
        settle(self.candidates, self.lexicon, &self.known_people)
    }
}

/// An acronym used without a definition: "NATO", "FBI", "EUROPOL", two to eight capitals
/// standing alone (not a shouted phrase), and not a common word, a title or a Roman
/// numeral. "US" is the one country that is also a common word.
fn is_acronym(run: &str, tokens: &[Token], at: usize, lexicon: &Lexicon) -> bool {
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
fn is_name_line(run: &str, tokens: &[Token], lexicon: &Lexicon) -> bool {
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
fn is_initial(token: &Token) -> bool {
    token.end - token.start == 1 && token.is_capitalized()
}

fn starts_name(run: &str, tokens: &[Token], at: usize, lexicon: &Lexicon) -> bool {
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

/// The last token of the longest run of name words starting at `first`.
fn extend_name(
    run: &str,
    tokens: &[Token],
    first: usize,
    taken: &[bool],
    lexicon: &Lexicon,
) -> usize {
    let mut last = first;
    let text = |at: usize| tokens.get(at).map_or("", |t| t.text(run));
    let name_word = |at: usize| {
        tokens.get(at).is_some_and(|t| {
            t.is_capitalized()
                && !taken.get(at).is_some_and(|&t| t)
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
fn refine(
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
        if plain && !lexicon.is_place(&phrase.join(" ")) {
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
fn quoted_titles(run: &str, tokens: &[Token]) -> Vec<(usize, usize)> {
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

/// The key that groups spellings of one name: folded words, hyphens kept tight.
fn key_of(run: &str, tokens: &[Token]) -> String {
    let mut key = String::new();
    for (index, token) in tokens.iter().enumerate() {
        if token.kind == TokenKind::Possessive && index + 1 == tokens.len() {
            break;
        }
        if index > 0 && token.space_before() {
            key.push(' ');
        }
        key.push_str(&fold(token.text(run)));
    }
    key
}

/// The name as written, with runs of white space made single spaces.
fn surface(run: &str, tokens: &[Token]) -> String {
    let (Some(first), Some(last)) = (tokens.first(), tokens.last()) else {
        return String::new();
    };
    run[first.start as usize..last.end as usize]
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

const PERSON: usize = Kind::Person as usize;
const ORGANIZATION: usize = Kind::Organization as usize;
const PLACE: usize = Kind::Place as usize;
const EVENT: usize = Kind::Event as usize;

/// The kind a name's own words suggest, for names found elsewhere (acronym long forms).
pub fn kind_from_words(words: &[String], lexicon: &Lexicon) -> Kind {
    let mut votes = [0; 7];
    name_votes(words, lexicon, &mut votes);
    winner(&votes)
}

/// Cues from the name's own words. The head noun decides: the word before the first
/// connector ("Alliance" in "Inter-Parliamentary Alliance on China"), else the last.
fn name_votes(words: &[String], lexicon: &Lexicon, votes: &mut [i32; 7]) {
    let words: Vec<&str> = words
        .iter()
        .map(String::as_str)
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .collect();
    let (Some(&first), Some(&last)) = (words.first(), words.last()) else {
        return;
    };
    let head = words
        .iter()
        .position(|w| lexicon.is_connector(w))
        .filter(|&at| at > 0)
        .map_or(last, |at| words[at - 1]);
    if lexicon.is_place(&words.join(" ")) {
        votes[PLACE] += 8;
    }
    // "South Asia", "Northern Ireland": a compass word before a known place.
    if words.len() == 2
        && lexicon.is_place(last)
        && matches!(
            first,
            "north"
                | "south"
                | "east"
                | "west"
                | "northern"
                | "southern"
                | "eastern"
                | "western"
                | "central"
                | "upper"
                | "lower"
        )
    {
        votes[PLACE] += 6;
    }
    if lexicon.is_organization_word(head) || lexicon.is_organization_word(last) {
        votes[ORGANIZATION] += 4;
    }
    if lexicon.is_place_word(head) || lexicon.is_place_word(last) {
        votes[PLACE] += 4;
    }
    if lexicon.is_event_word(head) || lexicon.is_event_word(last) {
        votes[EVENT] += 4;
    }
    // "89th General Assembly of Interpol": a numbered assembly is one meeting of the body,
    // an event, though "Assembly" alone names an organisation.
    if is_numeric_ordinal(first)
        && matches!(
            head,
            "assembly"
                | "congress"
                | "conference"
                | "convention"
                | "meeting"
                | "plenum"
                | "session"
                | "summit"
        )
    {
        votes[EVENT] += 6;
    }
    let plain = words.iter().all(|w| {
        !lexicon.is_organization_word(w) && !lexicon.is_place_word(w) && !lexicon.is_connector(w)
    });
    if words.len() >= 2 && plain && words.len() <= 4 {
        if lexicon.is_given_name(first) {
            votes[PERSON] += 3;
        }
        if words.len() <= 3 && lexicon.is_family_name_first(first) {
            votes[PERSON] += 3;
        }
    }
}

/// "1st", "89th", "1,000th": a number with an English ordinal suffix.
fn is_numeric_ordinal(word: &str) -> bool {
    word.starts_with(|c: char| c.is_ascii_digit())
        && ["st", "nd", "rd", "th"].iter().any(|s| word.ends_with(s))
}

/// Cues from the words around one occurrence.
fn context_votes(
    run: &str,
    tokens: &[Token],
    at: &Occurrence,
    lexicon: &Lexicon,
    votes: &mut [i32; 7],
) {
    let word = |index: usize| {
        tokens
            .get(index)
            .filter(|t| t.kind == TokenKind::Word)
            .map(|t| fold(t.text(run)))
    };
    let noun_votes = |noun: &str, votes: &mut [i32; 7], weight: i32| {
        let classes = lexicon.classes(noun);
        let kind = if classes.any(Classes::ROLE_NOUN) {
            PERSON
        } else if classes.any(Classes::ORGANIZATION_NOUN) {
            ORGANIZATION
        } else if classes.any(Classes::PLACE_NOUN) {
            PLACE
        } else if classes.any(Classes::EVENT_NOUN) {
            EVENT
        } else {
            return false;
        };
        votes[kind] += weight;
        true
    };
    // Before: "leader Xi Jinping", "the NGO China Action", "chairman of Interpol", "in Lyon".
    // "Her cabinet colleague, Ciarán McGrath,": a role noun before a comma.
    if at.first > 1 && tokens[at.first - 1].text(run) == "," {
        if let Some(before) = word(at.first - 2) {
            if lexicon.is_role_noun(&before) {
                votes[PERSON] += 2;
            }
        }
    }
    if at.first > 0 {
        if let Some(before) = word(at.first - 1) {
            if tokens[at.first - 1].case == Case::Lower
                || tokens[at.first - 1].case == Case::AllCaps
            {
                if before == "of" && at.first >= 2 {
                    if let Some(noun) = word(at.first - 2) {
                        let classes = lexicon.classes(&noun);
                        if classes.any(Classes::ROLE_NOUN) {
                            votes[ORGANIZATION] += 3;
                        } else if classes.any(Classes::PLACE_NOUN) {
                            votes[PLACE] += 3;
                        }
                    }
                } else if matches!(
                    before.as_str(),
                    "in" | "from" | "near" | "across" | "throughout"
                ) {
                    votes[PLACE] += 1;
                } else if before == "at" {
                    // "Analysts at Goldman Sachs", "a vote at Interpol".
                    votes[ORGANIZATION] += 1;
                } else {
                    noun_votes(&before, votes, 2);
                }
            }
        }
    }
    // After: "Fox Hunt campaign", "X said", "Istanbul, Turkey", "X, a vice-minister".
    let mut next = at.last + 1;
    if tokens
        .get(next)
        .is_some_and(|t| t.kind == TokenKind::Possessive)
    {
        next += 1;
    }
    if let Some(after) = word(next) {
        if lexicon.is_event_noun(&after) {
            votes[EVENT] += 3;
        } else if matches!(
            after.as_str(),
            "said" | "says" | "told" | "wrote" | "argued" | "added"
        ) {
            // Organisations say things too ("Goldman Sachs said"): a weak cue.
            votes[PERSON] += 1;
        }
    }
    let punct = tokens.get(next).map(|t| t.text(run));
    let describes = matches!(punct, Some(","))
        || matches!(word(next).as_deref(), Some("is" | "was" | "are" | "were"));
    if describes {
        let rest = next + 1;
        if punct == Some(",") && tokens.get(rest).is_some_and(Token::is_capitalized) {
            let mut end = rest;
            while tokens
                .get(end + 1)
                .is_some_and(|t| t.is_capitalized() && t.space_before())
            {
                end += 1;
            }
            let words: Vec<String> = (rest..=end).filter_map(word).collect();
            if lexicon.is_place(&words.join(" ")) {
                votes[PLACE] += 2;
            }
        }
        if matches!(word(rest).as_deref(), Some("who" | "whose")) {
            votes[PERSON] += 3;
        }
        if matches!(word(rest).as_deref(), Some("a" | "an" | "the" | "one")) {
            for (index, token) in tokens.iter().enumerate().skip(rest + 1).take(7) {
                if matches!(token.text(run), "," | "." | ";" | "(") {
                    break;
                }
                if let Some(noun) = word(index) {
                    if noun_votes(&noun, votes, 3) {
                        break;
                    }
                }
            }
        }
    }
}

/// Picks each candidate's kind, folds shorter spellings into longer names, and drops
/// what is not a name on its own (a bare surname).
fn settle(
    candidates: Vec<Candidate>,
    lexicon: &Lexicon,
    known_people: &StringMap,
) -> Vec<FoundName> {
    let kinds: Vec<Kind> = candidates.iter().map(|c| winner(&c.votes)).collect();
    let person_words: Vec<&str> = candidates
        .iter()
        .zip(&kinds)
        .filter(|(c, &k)| k == Kind::Person && c.words.len() > 1)
        .flat_map(|(c, _)| c.words.iter().map(String::as_str))
        .collect();
    // "Apple" and "Apple Inc.": one company, whichever comes first.
    let companies: Vec<&str> = candidates
        .iter()
        .filter(|c| c.words.len() == 2 && lexicon.is_corporate(&c.words[1]))
        .map(|c| c.words[0].as_str())
        .collect();
    let mut names: Vec<FoundName> = Vec::new();
    let mut owners: Vec<(usize, Vec<String>)> = Vec::new();
    for (candidate, kind) in candidates.iter().zip(kinds) {
        let words: Vec<String> = candidate
            .words
            .iter()
            .filter(|w| w.chars().any(char::is_alphanumeric))
            .cloned()
            .collect();
        let Some(word) = words.first().map(String::as_str) else {
            continue;
        };
        if words.len() == 1 && !candidate.acronym {
            if companies.contains(&word) {
                continue;
            }
            if (person_words.contains(&word) && !lexicon.is_place(word))
                || known_people.contains_key(word)
                || lexicon.is_given_name(word)
                || lexicon.is_family_name_first(word)
            {
                continue;
            }
        }
        // "the Bank" after "the Bank of England", "UN" after "United Nations": a lone
        // organisation word links to the name it heads, an acronym to the name whose
        // initials it spells. A legislature is a name on its own; other lone
        // organisation words ("the Government") are not.
        // "De la Vega" opening a sentence is "de la Vega" elsewhere, and the other way
        // round: a particle's capital depends on where it stands.
        let mut spellings = vec![candidate.name.clone()];
        if lexicon.classes(word).any(Classes::PARTICLE) {
            let mut flipped = candidate.name.clone();
            if let Some(first) = flipped.get_mut(..1) {
                if first.bytes().all(|b| b.is_ascii_lowercase()) {
                    first.make_ascii_uppercase();
                } else {
                    first.make_ascii_lowercase();
                }
            }
            spellings.push(flipped);
        }
        let lone_institution = words.len() == 1 && lexicon.is_organization_word(word);
        if lone_institution || candidate.acronym {
            let owner = owners.iter().find(|(_, longer)| {
                longer.len() > 1
                    && if candidate.acronym {
                        initials(longer, lexicon) == *word
                    } else {
                        head(longer, lexicon) == word
                    }
            });
            if let Some(&(index, _)) = owner {
                names[index].aliases.append(&mut spellings);
                continue;
            }
            if lone_institution && !matches!(word, "parliament" | "senate" | "congress") {
                continue;
            }
        }
        // "General Assembly" after "89th General Assembly of Interpol" is the same body, though
        // the numbered one is an event (one session) and the shorter an organisation.
        let owner = owners.iter().find(|(index, longer)| {
            let inside = words.len() >= 2
                && longer.len() > words.len()
                && longer.windows(words.len()).any(|w| w == words.as_slice())
                && (names[*index].kind == kind
                    || kind == Kind::Other
                    || is_numeric_ordinal(&longer[0]));
            inside
        });
        if let Some(&(index, _)) = owner {
            names[index].aliases.append(&mut spellings);
            continue;
        }
        let mut aliases = spellings.split_off(1);
        if words.len() == 2 && lexicon.is_corporate(&words[1]) {
            aliases.extend(candidate.name.split_whitespace().next().map(str::to_owned));
        }
        owners.push((names.len(), words));
        names.push(FoundName {
            name: candidate.name.clone(),
            kind: if lone_institution {
                Kind::Organization
            } else {
                kind
            },
            aliases,
            acronym: candidate.acronym,
        });
    }
    names
}

/// The head noun of a name's folded words: the word before the first connector
/// ("alliance" in "Inter-Parliamentary Alliance on China"), else the last.
fn head<'w>(words: &'w [String], lexicon: &Lexicon) -> &'w str {
    words
        .iter()
        .position(|w| lexicon.is_connector(w))
        .filter(|&at| at > 0)
        .map_or(words.last(), |at| words.get(at - 1))
        .map_or("", String::as_str)
}

/// The folded initials of a name's words, connectors and particles left out: "nato" for
/// "North Atlantic Treaty Organization", "fbi" for "Federal Bureau of Investigation".
pub fn initials(words: &[String], lexicon: &Lexicon) -> String {
    words
        .iter()
        .filter(|w| {
            !lexicon
                .classes(w)
                .any(Classes::CONNECTOR | Classes::PARTICLE)
        })
        .filter_map(|w| w.chars().next())
        .collect()
}

fn winner(votes: &[i32; 7]) -> Kind {
    let order = [
        Kind::Work,
        Kind::Organization,
        Kind::Person,
        Kind::Place,
        Kind::Event,
    ];
    order
        .into_iter()
        .filter(|k| votes[*k as usize] > 0)
        .max_by_key(|k| {
            (
                votes[*k as usize],
                std::cmp::Reverse(order.iter().position(|o| o == k)),
            )
        })
        .unwrap_or(Kind::Other)
}
