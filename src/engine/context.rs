//! What a card says when no glossary describes a name, taken from the article itself.
//!
//! A summary comes from a definition, in order of trust: an appositive after the name
//! ("IPAC, a global alliance of …,"; "Ana Ruiz, head of the tribunal,"), a relative
//! clause ("Dahlin, who …"; "the tribunal, which oversees …"), an appositive before it
//! ("The country's top court, the Tribunal, …"), and a defining sentence ("X is a …",
//! "X (XY) was the …"). Each is a whole clause or a whole sentence, never a fragment, and
//! a clause that may say something else (a list, a date, a reported claim, a pronoun
//! whose referent is elsewhere) is not taken: precision comes first.
//!
//! With no definition, a card shows the sentence in which the name first appears
//! ([`first_passage`]), sliced from the text at sentence boundaries and never altered.

use super::lexicon::Lexicon;
use super::pause::{pause_point, Clock};
use super::text::{capitalize, fold, is_opening_quote, tokenize_into, Token, TokenKind};

/// A summary and the sentence it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Described {
    pub summary: String,
    pub run: usize,
    pub sentence: String,
}

/// One mention to look around: tokens `first..=last` of run `run`, naming `entity`.
#[derive(Debug, Clone, Copy)]
pub struct Spot {
    pub run: usize,
    pub first: usize,
    pub last: usize,
    pub entity: usize,
}

/// The sentence of a run in which a name appears, for a card with no summary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Passage {
    pub run: usize,
    /// Byte range of the passage in the run: a whole sentence, or a window of a very
    /// long one cut at word boundaries.
    pub start: usize,
    pub end: usize,
    /// The passage's text, exactly as in the run.
    pub text: String,
    /// Byte range of the name within `text`.
    pub mark_start: usize,
    pub mark_end: usize,
    /// Whether the sentence goes on before `start` or after `end` (a card shows an
    /// ellipsis there).
    pub cut_before: bool,
    pub cut_after: bool,
}

/// The longest summary a card shows before it is cut at a word boundary.
const MAX_SUMMARY: usize = 320;

/// The longest passage a card shows, in bytes of the run; a longer sentence is cut to a
/// window around the name.
const MAX_PASSAGE: usize = 280;

/// Words that report a claim rather than state a fact: a clause or sentence with one is
/// what someone said, not what the name is.
const REPORTING: &[&str] = &[
    "said",
    "says",
    "say",
    "told",
    "tells",
    "according",
    "claimed",
    "claims",
    "alleged",
    "allegedly",
    "reportedly",
    "added",
    "announced",
    "wrote",
    "insisted",
    "argued",
    "denied",
];

/// Personal pronouns whose referent is outside the clause ("whom he married"): a card
/// that shows the clause alone would not say who is meant.
const PRONOUNS: &[&str] = &[
    "he", "she", "him", "they", "them", "we", "us", "i", "me", "you", "it", "his", "her", "its",
    "their", "our", "my", "your",
];

/// Words that make "X, the next day," a time, not a description.
const TIME_WORDS: &[&str] = &[
    "day",
    "days",
    "week",
    "weeks",
    "month",
    "months",
    "year",
    "years",
    "morning",
    "afternoon",
    "evening",
    "night",
    "time",
    "same",
    "next",
    "following",
    "previous",
    "latter",
    "former's",
    "last",
    "first",
    "second",
    "moment",
    "weekend",
    "hour",
    "hours",
];

/// Verbs after "which" that describe what an organisation or thing is or does, rather
/// than an event it took part in.
const DEFINING_VERBS: &[&str] = &[
    "is",
    "was",
    "are",
    "were",
    "has",
    "have",
    "represents",
    "represented",
    "runs",
    "ran",
    "oversees",
    "oversaw",
    "governs",
    "governed",
    "leads",
    "led",
    "includes",
    "included",
    "operates",
    "operated",
    "manages",
    "owns",
    "controls",
    "coordinates",
    "brings",
    "promotes",
    "monitors",
    "tracks",
    "investigates",
    "campaigns",
    "advocates",
    "serves",
    "served",
    "works",
    "worked",
    "helps",
    "links",
    "connects",
    "covers",
    "holds",
    "houses",
    "hosts",
    "produces",
    "makes",
    "publishes",
    "regulates",
    "supervises",
    "founded",
    "heads",
    "headed",
    "chairs",
    "chaired",
    "advises",
    "studies",
    "trains",
    "funds",
];

/// Words before a role noun in "Ana Ruiz, former head of the tribunal,".
const ROLE_ADJECTIVES: &[&str] = &[
    "former",
    "deputy",
    "acting",
    "chief",
    "vice",
    "senior",
    "then",
    "interim",
    "longtime",
    "outgoing",
    "incoming",
    "founding",
    "executive",
    "managing",
    "general",
    "co",
];

/// Prepositions that open a sentence with "the …, NAME,": "At the ministry, Ana Ruiz,"
/// is a place, not a description of Ana Ruiz.
const PREPOSITIONS: &[&str] = &[
    "after", "before", "during", "in", "at", "on", "since", "until", "from", "for", "with", "by",
    "to", "into", "of", "about", "over", "under", "near", "like", "than", "against",
];

/// For each entity that has a name in `names`, the first description found around its
/// spots: an appositive or relative clause at any spot is preferred to a defining
/// sentence, and each is tried in reading order. `spots` must be in reading order.
///
/// The article's tokens are not kept between passes (they are most of the engine's
/// memory), so a run is tokenized again here, and only while one of its spots names an
/// entity still without a description.
pub async fn describe_all(
    runs: &[&str],
    spots: &[Spot],
    names: &[Option<&str>],
    lexicon: &Lexicon,
    clock: &dyn Clock,
) -> Vec<Option<Described>> {
    let mut found: Vec<Option<Described>> = vec![None; names.len()];
    let mut tokens = Vec::new();
    for appositive_only in [true, false] {
        let mut tokenized = None;
        for spot in spots {
            let Some(name) = names[spot.entity] else {
                continue;
            };
            if found[spot.entity].is_some() {
                continue;
            }
            let run = runs[spot.run];
            if tokenized != Some(spot.run) {
                pause_point(clock).await;
                tokenize_into(run, &mut tokens);
                tokenized = Some(spot.run);
            }
            let summary = if appositive_only {
                appositive_after(run, &tokens, spot, name, lexicon)
                    .or_else(|| appositive_before(run, &tokens, spot, lexicon))
            } else {
                defining_sentence(run, &tokens, spot)
            };
            found[spot.entity] = summary.map(|summary| Described {
                summary: shorten(&summary),
                run: spot.run,
                sentence: sentence_around(run, &tokens, spot.first),
            });
        }
    }
    found
}

/// For each wanted `(entity, run, start, end)` (a first mention, as bytes of its run),
/// the passage around it. `wanted` must be in reading order.
pub async fn first_passages(
    runs: &[&str],
    wanted: &[(usize, usize, usize, usize)],
    clock: &dyn Clock,
) -> Vec<(usize, Passage)> {
    let mut tokens = Vec::new();
    let mut tokenized = None;
    let mut passages = Vec::with_capacity(wanted.len());
    for &(entity, run, start, end) in wanted {
        let text = runs[run];
        if tokenized != Some(run) {
            pause_point(clock).await;
            tokenize_into(text, &mut tokens);
            tokenized = Some(run);
        }
        if let Some(passage) = first_passage(text, &tokens, run, start, end) {
            passages.push((entity, passage));
        }
    }
    passages
}

/// The sentence around the name at bytes `start..end` of `run`, cut to a window of
/// [`MAX_PASSAGE`] bytes at word boundaries when it is longer.
pub fn first_passage(
    text: &str,
    tokens: &[Token],
    run: usize,
    start: usize,
    end: usize,
) -> Option<Passage> {
    let at = tokens.iter().position(|t| t.start as usize >= start)?;
    let (first, last) = sentence_bounds(tokens, at);
    let sentence_start = tokens[first].start as usize;
    let sentence_end = tokens[last].end as usize;
    let (mut from, mut to) = (sentence_start, sentence_end);
    if to - from > MAX_PASSAGE {
        // Keep the name in view: start a third of the window before it, or at the
        // sentence's start when that is closer, and cut both ends at a token.
        let room = MAX_PASSAGE.saturating_sub(end - start);
        let want_from = start.saturating_sub(room / 3).max(sentence_start);
        from = tokens[first..=at]
            .iter()
            .find(|t| t.start as usize >= want_from && t.kind == TokenKind::Word)
            .map_or(start, |t| t.start as usize);
        let want_to = (from + MAX_PASSAGE).max(end);
        to = tokens[at..=last]
            .iter()
            .filter(|t| t.end as usize <= want_to && t.kind != TokenKind::Punct)
            .map(|t| t.end as usize)
            .next_back()
            .unwrap_or(end)
            .max(end);
    }
    Some(Passage {
        run,
        start: from,
        end: to,
        text: text.get(from..to)?.to_owned(),
        mark_start: start - from,
        mark_end: end - from,
        cut_before: from > sentence_start,
        cut_after: to < sentence_end,
    })
}

fn word(run: &str, token: &Token) -> Option<String> {
    (token.kind == TokenKind::Word).then(|| fold(token.text(run)))
}

fn is(run: &str, token: Option<&Token>, text: &str) -> bool {
    token.is_some_and(|t| t.text(run) == text)
}

/// The folded words of tokens `range`.
fn words_of(run: &str, tokens: &[Token]) -> Vec<String> {
    tokens.iter().filter_map(|t| word(run, t)).collect()
}

fn any_in(words: &[String], list: &[&str]) -> bool {
    words.iter().any(|w| list.contains(&w.as_str()))
}

/// ", a global alliance of members of parliaments from over 20 countries," or ", who
/// founded it," or ", head of the court," after the name.
fn appositive_after(
    run: &str,
    tokens: &[Token],
    spot: &Spot,
    name: &str,
    lexicon: &Lexicon,
) -> Option<String> {
    let mut at = spot.last + 1;
    // Step over a bracketed short form: "Inter-Parliamentary Alliance on China (IPAC),".
    if is(run, tokens.get(at), "(") {
        at += tokens[at..]
            .iter()
            .take(8)
            .position(|t| t.text(run) == ")")?
            + 1;
    }
    if !is(run, tokens.get(at), ",") {
        return None;
    }
    let start = at + 1;
    let opener = word(run, tokens.get(start)?)?;
    let relative = match opener.as_str() {
        "who" | "whose" => true,
        "which" => {
            let verb = word(run, tokens.get(start + 1)?)?;
            if !DEFINING_VERBS.contains(&verb.as_str()) {
                return None;
            }
            true
        }
        "a" | "an" | "the" | "one" => false,
        _ if is_role_opening(run, &tokens[start..], lexicon) => false,
        _ => return None,
    };
    let end = clause_end(run, tokens, start);
    let clause_tokens = &tokens[start..=end];
    let words = words_of(run, clause_tokens);
    if !(3..=40).contains(&words.len())
        || any_in(&words, REPORTING)
        || any_in(&words, PRONOUNS)
        || ends_in_a_list(run, tokens, end)
    {
        return None;
    }
    if !relative {
        // "the next day" is a time; "the Netherlands and Spain" is a list of names, and
        // "the Inter-Parliamentary Alliance" another name for the same thing.
        let head = &words[..words.len().min(3)];
        if any_in(head, TIME_WORDS) || !has_lowercase_word(run, &clause_tokens[1..]) {
            return None;
        }
        let capitalized_and = clause_tokens.windows(2).any(|w| {
            matches!(word(run, &w[0]).as_deref(), Some("and" | "or")) && w[1].first_upper()
        });
        if clause_tokens.get(1).is_some_and(|t| t.first_upper()) && capitalized_and {
            return None;
        }
    }
    let clause = &run[tokens[start].start as usize..tokens[end].end as usize];
    Some(if relative {
        [name, ", ", clause, "."].concat()
    } else {
        [&capitalize(clause), "."].concat()
    })
}

/// "head of", "former head of", "deputy director at": a role without an article.
fn is_role_opening(run: &str, tokens: &[Token], lexicon: &Lexicon) -> bool {
    let mut at = 0;
    while at < 2
        && word(run, &tokens[at])
            .is_some_and(|w| ROLE_ADJECTIVES.contains(&w.as_str()) || w.ends_with('-'))
    {
        at += 1;
    }
    let Some(role) = tokens.get(at).and_then(|t| word(run, t)) else {
        return false;
    };
    let role = role.rsplit('-').next().unwrap_or(&role).to_owned();
    lexicon.is_role_noun(&role)
        && tokens
            .get(at + 1)
            .and_then(|t| word(run, t))
            .is_some_and(|w| matches!(w.as_str(), "of" | "at" | "for" | "to"))
}

/// Whether any of `tokens` is a lower-case word: a description, not only a name.
fn has_lowercase_word(run: &str, tokens: &[Token]) -> bool {
    tokens.iter().any(|t| {
        t.is_word()
            && !t.first_upper()
            && !matches!(
                fold(t.text(run)).as_str(),
                "of" | "and" | "the" | "on" | "for"
            )
    })
}

/// Whether the clause ending at token `end` is one item of a list: "France, the
/// Netherlands, and Spain", or a clause cut at a comma inside a series of numbers.
fn ends_in_a_list(run: &str, tokens: &[Token], end: usize) -> bool {
    if !is(run, tokens.get(end + 1), ",") {
        return false;
    }
    let next = tokens.get(end + 2);
    next.is_some_and(|t| t.kind == TokenKind::Number)
        || (next.and_then(|t| word(run, t)).as_deref() == Some("and")
            && tokens.get(end + 3).is_some_and(|t| t.first_upper()))
}

/// "The country's top court, the Supreme Tribunal, ruled" or "said the head of the
/// agency, Ana Ruiz.": a description of the name just before it.
fn appositive_before(
    run: &str,
    tokens: &[Token],
    spot: &Spot,
    lexicon: &Lexicon,
) -> Option<String> {
    let mut comma = spot.first.checked_sub(1)?;
    if word(run, &tokens[comma]).as_deref() == Some("the") {
        comma = comma.checked_sub(1)?;
    }
    if !is(run, tokens.get(comma), ",") {
        return None;
    }
    // The name closes the appositive: a comma that is not the start of a list, or the
    // sentence's end.
    match tokens.get(spot.last + 1).map(|t| t.text(run)) {
        None | Some("." | ";" | ")") => {}
        Some(",") => {
            let next = tokens.get(spot.last + 2).and_then(|t| word(run, t));
            if matches!(next.as_deref(), Some("and" | "or")) {
                return None;
            }
        }
        _ => return None,
    }
    // The phrase runs back from the comma to a determiner or a possessive name, with no
    // punctuation in between.
    let mut begin = comma;
    let mut opener = None;
    while begin > 0 && comma - begin < 14 {
        let token = &tokens[begin - 1];
        if token.kind == TokenKind::Punct {
            break;
        }
        begin -= 1;
        let folded = word(run, token);
        let possessive = token.is_capitalized()
            && tokens
                .get(begin + 1)
                .is_some_and(|t| t.kind == TokenKind::Possessive);
        if possessive || matches!(folded.as_deref(), Some("the" | "a" | "an")) {
            opener = Some(begin);
        }
        if token.sentence_start() {
            break;
        }
    }
    let opener = opener?;
    let phrase = &tokens[opener..comma];
    let words = words_of(run, phrase);
    let head = phrase.last()?;
    let before = opener.checked_sub(1).map(|b| &tokens[b]);
    // After a word within the sentence ("said", "to"), or at the sentence's start; an
    // introductory phrase ("At the ministry, Ana Ruiz said") is not a description.
    let starts_well = tokens[opener].sentence_start()
        || before.is_some_and(|b| {
            b.is_word()
                && !b.first_upper()
                && !(b.sentence_start()
                    && word(run, b).is_some_and(|w| PREPOSITIONS.contains(&w.as_str())))
        });
    let described = words.iter().any(|w| {
        let w = w.rsplit('-').next().unwrap_or(w);
        lexicon.is_role_noun(w) || lexicon.is_organization_noun(w) || lexicon.is_place_noun(w)
    });
    if !starts_well
        || !described
        || words.len() < 2
        || head.first_upper()
        || !head.is_word()
        || any_in(&words, PRONOUNS)
        || any_in(&words, REPORTING)
        || any_in(&words, TIME_WORDS)
        || (words.len() < 3 && !phrase.iter().any(|t| t.kind == TokenKind::Possessive))
    {
        return None;
    }
    let text = &run[tokens[opener].start as usize..head.end as usize];
    Some([&capitalize(text), "."].concat())
}

/// The last token of a clause: before the next comma, semicolon, dash or sentence end,
/// stepping over brackets.
fn clause_end(run: &str, tokens: &[Token], start: usize) -> usize {
    let mut at = start;
    let mut depth = 0;
    while at + 1 < tokens.len() {
        let next = &tokens[at + 1];
        match next.text(run) {
            "(" => depth += 1,
            ")" if depth > 0 => depth -= 1,
            ")" | "," | ";" | ":" | "\u{2014}" | "\u{2013}" if depth == 0 => break,
            "." | "!" | "?"
                if depth == 0 && tokens.get(at + 2).is_none_or(|t| t.sentence_start()) =>
            {
                break
            }
            _ => {}
        }
        at += 1;
    }
    at
}

/// "Peter Dahlin is the founder of …" or "The World Health Organization (WHO) is a
/// United Nations agency …": a sentence that opens with the name and defines it.
fn defining_sentence(run: &str, tokens: &[Token], spot: &Spot) -> Option<String> {
    let first = &tokens[spot.first];
    let opens = first.sentence_start()
        || (spot.first > 0
            && tokens[spot.first - 1].sentence_start()
            && word(run, &tokens[spot.first - 1]).as_deref() == Some("the"));
    // A name after an opening quote starts a quotation, which is someone's claim.
    let opening = if first.sentence_start() {
        spot.first
    } else {
        spot.first - 1
    };
    let quoted = opening.checked_sub(1).is_some_and(|q| {
        let quote = &tokens[q];
        quote.kind == TokenKind::Punct
            && (quote.space_before() || q == 0)
            && quote.text(run).chars().next().is_some_and(is_opening_quote)
    });
    if !opens || quoted {
        return None;
    }
    let mut at = spot.last + 1;
    if is(run, tokens.get(at), "(") {
        at += tokens[at..]
            .iter()
            .take(8)
            .position(|t| t.text(run) == ")")?
            + 1;
    }
    let verb = word(run, tokens.get(at)?)?;
    at += 1;
    let verb_fits = match verb.as_str() {
        "is" | "was" | "are" | "were" | "remains" => true,
        "has" | "had" if word(run, tokens.get(at)?).as_deref() == Some("been") => {
            at += 1;
            true
        }
        _ => false,
    };
    let article = word(run, tokens.get(at)?)?;
    if !verb_fits || !matches!(article.as_str(), "a" | "an" | "the" | "one") {
        return None;
    }
    let (from, to) = sentence_bounds(tokens, spot.first);
    let words = words_of(run, &tokens[from..=to]);
    if words.len() < 5 || any_in(&words, REPORTING) || is(run, tokens.get(to), "?") {
        return None;
    }
    Some(run[tokens[from].start as usize..tokens[to].end as usize].to_owned())
}

/// Whether a sentence begins at token `i`. The tokenizer marks the token after a full
/// stop, and passes the mark through quotes and brackets; a sentence begins at the
/// opening quote rather than the word after it, a closing quote glued to the full stop
/// ends the sentence before it, and a lower-case word after "a.m." goes on the same
/// sentence.
fn begins_sentence(tokens: &[Token], i: usize) -> bool {
    let Some(token) = tokens.get(i) else {
        return false;
    };
    if i == 0 {
        return true;
    }
    if !token.sentence_start()
        || (token.kind == TokenKind::Punct && !token.space_before())
        || (token.is_word() && !token.first_upper() && token.case != super::text::Case::Uncased)
    {
        return false;
    }
    let before = &tokens[i - 1];
    !(before.sentence_start()
        && before.kind == TokenKind::Punct
        && (before.space_before() || i == 1))
}

/// The first and last tokens of the sentence that holds token `at`.
fn sentence_bounds(tokens: &[Token], at: usize) -> (usize, usize) {
    let first = (0..=at)
        .rev()
        .find(|&i| begins_sentence(tokens, i))
        .unwrap_or(0);
    let end = (at + 1..tokens.len())
        .find(|&i| begins_sentence(tokens, i))
        .unwrap_or(tokens.len());
    (first, end.saturating_sub(1).max(at))
}

/// The whole sentence that holds token `at`.
pub fn sentence_around(run: &str, tokens: &[Token], at: usize) -> String {
    let (first, last) = sentence_bounds(tokens, at);
    run[tokens[first].start as usize..tokens[last].end as usize].to_owned()
}

/// Cuts a long summary at a word boundary and marks the cut.
fn shorten(text: &str) -> String {
    if text.chars().count() <= MAX_SUMMARY {
        return text.to_owned();
    }
    let cut: String = text.chars().take(MAX_SUMMARY).collect();
    let at = cut.rfind(' ').unwrap_or(cut.len());
    [cut[..at].trim_end_matches([',', ';', ':']), "\u{2026}"].concat()
}
