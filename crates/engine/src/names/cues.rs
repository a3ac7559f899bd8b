//! The cues around one occurrence of a name: the words before it (a role, "in", "shares
//! in", "Oslo-based"), after it ("said", "-based", "'s chief executive", "government"),
//! what a comma or "is" after it says it is ("X, a logistics firm", "X, 58,", "X, who"),
//! and a match's result ("beat X 2-1"). Each adds votes weighed by [`WEIGHTS`].

use super::votes::{Votes, EVENT, ORGANIZATION, PERSON, PLACE, WEIGHTS};
use super::Occurrence;
use crate::lexicon::{Classes, Lexicon};
use crate::text::{fold, is_hyphen, Case, Token, TokenKind};

/// Cues from the words around one occurrence.
pub(super) fn context_votes(
    run: &str,
    tokens: &[Token],
    at: &Occurrence,
    lexicon: &Lexicon,
    votes: &mut Votes,
) {
    let around = Around {
        run,
        tokens,
        lexicon,
    };
    around.before(at, votes);
    let mut next = at.last + 1;
    let possessive = tokens
        .get(next)
        .is_some_and(|t| t.kind == TokenKind::Possessive);
    if possessive {
        next += 1;
    }
    around.after(at, next, possessive, votes);
    around.description(next, votes);
    if around.in_a_match(at) {
        let words: Vec<String> = (at.first..=at.last)
            .filter_map(|i| around.word(i))
            .collect();
        let words: Vec<&str> = words.iter().map(String::as_str).collect();
        if !lexicon.classes(&words.join(" ")).any(Classes::COUNTRY) {
            votes[ORGANIZATION] += WEIGHTS.team;
        }
    }
}

/// The kind a noun before or after a name gives it: "leader" a person, "agency" an
/// organisation, "town" a place, "summit" an event.
pub(super) fn noun_kind(classes: Classes) -> Option<usize> {
    [
        (Classes::ROLE_NOUN, PERSON),
        (Classes::ORGANIZATION_NOUN, ORGANIZATION),
        (Classes::PLACE_NOUN, PLACE),
        (Classes::EVENT_NOUN, EVENT),
    ]
    .into_iter()
    .find_map(|(class, kind)| classes.any(class).then_some(kind))
}

/// The words around an occurrence, as the cues read them.
struct Around<'a> {
    run: &'a str,
    tokens: &'a [Token],
    lexicon: &'a Lexicon,
}

impl Around<'_> {
    /// The folded word at `index`, if that token is a word.
    fn word(&self, index: usize) -> Option<String> {
        self.tokens
            .get(index)
            .filter(|t| t.kind == TokenKind::Word)
            .map(|t| fold(t.text(self.run)))
    }

    fn text(&self, index: usize) -> &str {
        self.tokens.get(index).map_or("", |t| t.text(self.run))
    }

    fn classes(&self, index: usize) -> Classes {
        self.word(index)
            .map_or_else(Classes::default, |w| self.lexicon.classes(&w))
    }

    /// A hyphen glued to the words on both sides, as in "Oslo-based".
    fn glued_hyphen(&self, index: usize) -> bool {
        self.tokens.get(index).is_some_and(|t| {
            !t.space_before()
                && t.kind == TokenKind::Punct
                && t.text(self.run).chars().all(is_hyphen)
        }) && self
            .tokens
            .get(index + 1)
            .is_some_and(|t| !t.space_before())
    }

    /// Votes for the kind `noun` gives, if it gives one, and says whether it did.
    fn noun_votes(&self, noun: &str, votes: &mut Votes, weight: i32) -> bool {
        let kind = noun_kind(self.lexicon.classes(noun));
        if let Some(kind) = kind {
            votes[kind] += weight;
        }
        kind.is_some()
    }

    /// Before: "leader Xi Jinping", "the NGO China Action", "chairman of Interpol", "in
    /// Lyon", "based in Gothenburg", "shares in Corvanta", "Oslo-based Brevik", and a
    /// role noun before a comma, "Her cabinet colleague, Ciarán McGrath,".
    fn before(&self, at: &Occurrence, votes: &mut Votes) {
        let first = at.first;
        if first > 1
            && self.text(first - 1) == ","
            && self.classes(first - 2).any(Classes::ROLE_NOUN)
        {
            votes[PERSON] += WEIGHTS.role_noun_before_comma;
        }
        let Some(before) = first.checked_sub(1).and_then(|b| self.word(b)) else {
            return;
        };
        if !matches!(self.tokens[first - 1].case, Case::Lower | Case::AllCaps) {
            return;
        }
        let earlier = first.checked_sub(2).and_then(|b| self.word(b));
        let earlier_classes = earlier
            .as_deref()
            .map_or_else(Classes::default, |w| self.lexicon.classes(w));
        match before.as_str() {
            // "shares in Corvanta", "a stake of X": what a company is owned in.
            "in" | "of" if earlier_classes.any(Classes::BUSINESS) => {
                votes[ORGANIZATION] += WEIGHTS.shares_in;
            }
            "of" if earlier_classes.any(Classes::ROLE_NOUN) => {
                votes[ORGANIZATION] += WEIGHTS.noun_of
            }
            "of" if earlier_classes.any(Classes::PLACE_NOUN) => votes[PLACE] += WEIGHTS.noun_of,
            "of" => {}
            "in" if matches!(earlier.as_deref(), Some("based" | "born" | "headquartered")) => {
                votes[PLACE] += WEIGHTS.based;
            }
            "in" | "near" | "across" | "throughout" => votes[PLACE] += WEIGHTS.in_place,
            "from" => votes[PLACE] += WEIGHTS.place_preposition,
            // "Analysts at Goldman Sachs", "an engineer at First Solar": a role there.
            "at" if earlier_classes.any(Classes::ROLE_NOUN) => {
                votes[ORGANIZATION] += WEIGHTS.role_at;
            }
            // "A vote at Interpol".
            "at" => votes[ORGANIZATION] += WEIGHTS.at_preposition,
            // "Oslo-based Brevik Holdings": what is based somewhere is a company.
            "based" if first >= 3 && self.glued_hyphen(first - 2) => {
                votes[ORGANIZATION] += WEIGHTS.based_company;
            }
            _ => {
                self.noun_votes(&before, votes, WEIGHTS.noun_before);
            }
        }
    }

    /// The words right after: "Fox Hunt campaign", "the Unite union", "X-based", "X's
    /// chief executive", "the X government", "X said" (not after "of" or "in", where
    /// the name is no subject), "X said in a statement".
    fn after(&self, at: &Occurrence, next: usize, possessive: bool, votes: &mut Votes) {
        if !possessive && self.glued_hyphen(next) && self.word(next + 1).as_deref() == Some("based")
        {
            votes[PLACE] += WEIGHTS.based;
            return;
        }
        let Some(after) = self.word(next) else {
            return;
        };
        let classes = self.lexicon.classes(&after);
        if after == "government" {
            votes[PLACE] += WEIGHTS.government;
        } else if possessive && classes.any(Classes::BUSINESS) {
            votes[ORGANIZATION] += WEIGHTS.company_possession;
        } else if classes.any(Classes::EVENT_NOUN) {
            votes[EVENT] += WEIGHTS.event_noun_after;
        } else if !possessive && classes.any(Classes::ORGANIZATION_NOUN) {
            votes[ORGANIZATION] += WEIGHTS.noun_before;
        } else if classes.any(Classes::SAYING) && !possessive {
            let object = at
                .first
                .checked_sub(1)
                .and_then(|b| self.word(b))
                .is_some_and(|w| {
                    matches!(
                        w.as_str(),
                        "of" | "in" | "at" | "from" | "to" | "with" | "by"
                    )
                });
            if ["in", "a", "statement"]
                .iter()
                .enumerate()
                .all(|(i, w)| self.word(next + 1 + i).as_deref() == Some(*w))
            {
                votes[ORGANIZATION] += WEIGHTS.statement;
            } else if !object {
                // Organisations say things too ("Goldman Sachs said"): a weak cue.
                votes[PERSON] += WEIGHTS.said_after;
            }
        }
    }

    /// What a comma or "is" after the name says it is: "Istanbul, Turkey", "X, 58,",
    /// "X, who", "X, a vice-minister", "X, a hydrologist at …".
    fn description(&self, next: usize, votes: &mut Votes) {
        let tokens = self.tokens;
        let punct = tokens.get(next).map(|t| t.text(self.run));
        let describes = matches!(punct, Some(","))
            || matches!(
                self.word(next).as_deref(),
                Some("is" | "was" | "are" | "were")
            );
        if !describes {
            return;
        }
        let rest = next + 1;
        if punct == Some(",") && tokens.get(rest).is_some_and(Token::is_capitalized) {
            let mut end = rest;
            while tokens
                .get(end + 1)
                .is_some_and(|t| t.is_capitalized() && t.space_before())
            {
                end += 1;
            }
            let folded: Vec<String> = (rest..=end).filter_map(|at| self.word(at)).collect();
            let words: Vec<&str> = folded.iter().map(String::as_str).collect();
            if self.lexicon.is_place_phrase(&words) {
                votes[PLACE] += WEIGHTS.place_after_comma;
            }
        }
        // "De la Vega, 52, paints": an age.
        if punct == Some(",")
            && tokens
                .get(rest)
                .is_some_and(|t| t.kind == TokenKind::Number && t.end - t.start <= 3)
            && matches!(self.text(rest + 1), "," | ")")
        {
            votes[PERSON] += WEIGHTS.age;
        }
        let opening = self.word(rest);
        if matches!(opening.as_deref(), Some("who" | "whose")) {
            votes[PERSON] += WEIGHTS.who_after;
        }
        if matches!(opening.as_deref(), Some("a" | "an" | "the" | "one")) {
            self.apposition(rest + 1, votes);
        }
    }

    /// "X, a logistics firm based in …", "X, a hydrologist at …": the head of the
    /// apposition is its last noun before a preposition or a clause; the kind of the
    /// nearest noun that gives one, or a person's for a word like "hydrologist",
    /// "historian" or "demographer".
    fn apposition(&self, start: usize, votes: &mut Votes) {
        let mut end = start;
        while end < start + 7 {
            let stops = match self.word(end) {
                Some(w) => matches!(
                    w.as_str(),
                    "at" | "of"
                        | "in"
                        | "for"
                        | "from"
                        | "with"
                        | "on"
                        | "based"
                        | "who"
                        | "which"
                        | "that"
                        | "whose"
                        | "and"
                        | "since"
                        | "to"
                ),
                // "vice-minister", "non-governmental": a hyphen stays inside the noun.
                None => !self.glued_hyphen(end),
            };
            if stops {
                break;
            }
            end += 1;
        }
        for index in (start..end).rev() {
            let Some(noun) = self.word(index) else {
                continue;
            };
            if self.noun_votes(&noun, votes, WEIGHTS.apposition_noun) {
                return;
            }
            if index + 1 == end && ["ist", "ian", "grapher"].iter().any(|s| noun.ends_with(s)) {
                votes[PERSON] += WEIGHTS.apposition_noun;
                return;
            }
        }
    }

    /// A side in a match's result: "X beat Y 2-1", "drew 1-1 with X", "lost to X by six
    /// wickets". A single score is a team game's (tennis gives one per set: "6-3 7-6").
    fn in_a_match(&self, at: &Occurrence) -> bool {
        let verb_after = self.classes(at.last + 1).any(Classes::MATCH_VERB)
            || self
                .word(at.last + 1)
                .is_some_and(|w| matches!(w.as_str(), "were" | "was"))
                && self.classes(at.last + 2).any(Classes::MATCH_VERB);
        let verb_before = (1..=5).any(|back| {
            at.first.checked_sub(back).is_some_and(|b| {
                self.classes(b).any(Classes::MATCH_VERB)
                    && (back == 1
                        || (b + 1..at.first).all(|i| {
                            let t = &self.tokens[i];
                            t.kind != TokenKind::Word || t.case == Case::Lower
                        }))
            })
        });
        (verb_after || verb_before) && self.score_near(at)
    }

    /// A team game's score within the clause around the name: one "2-1", or "by six
    /// wickets", "by an innings".
    fn score_near(&self, at: &Occurrence) -> bool {
        let from = at.first.saturating_sub(8);
        let to = (at.last + 10).min(self.tokens.len());
        let mut scores = 0;
        let mut last_score = 0;
        for index in from..to {
            let text = self.text(index);
            if matches!(text, "." | ";") && index > at.last {
                break;
            }
            if self.tokens[index].kind == TokenKind::Number
                && self.glued_hyphen(index + 1)
                && self
                    .tokens
                    .get(index + 2)
                    .is_some_and(|t| t.kind == TokenKind::Number)
            {
                // "6-3 7-6": a second score right after the first is another set.
                if scores > 0 && index == last_score + 3 {
                    return false;
                }
                scores += 1;
                last_score = index;
            }
            if matches!(text, "wickets" | "runs" | "innings")
                && self.word(index.saturating_sub(2)).as_deref() == Some("by")
                || text == "innings"
            {
                return true;
            }
        }
        scores > 0
    }
}
