//! Descriptions that come before the name: an appositive that opens the sentence ("The
//! leader of the Harbour Party, Ana Ruiz, said") and a descriptor right before it ("the
//! shipping regulator MarTrust").

use super::{describes, is, lowered, noun_of, word_at, Spot};
use crate::lexicon::{Classes, Lexicon};
use crate::text::{Case, Token, TokenKind};

/// Nouns that say what a name is: a role, an organisation, a place.
const NOUNS: u32 = Classes::ROLE_NOUN | Classes::ORGANIZATION_NOUN | Classes::PLACE_NOUN;

/// "The country's top court, the Supreme Tribunal, ruled", "The leader of the Harbour
/// Party, Ana Ruiz, said", "Kestria's president, Tom Lind, agreed": a description that
/// opens the sentence and names what follows it.
pub(super) fn appositive_before(
    run: &str,
    tokens: &[Token],
    spot: &Spot,
    lexicon: &Lexicon,
) -> Option<String> {
    let mut comma = spot.first.checked_sub(1)?;
    if word_at(run, tokens, comma).eq_ignore_ascii_case("the") {
        comma = comma.checked_sub(1)?;
    }
    // The name closes the appositive: at a comma that starts no list.
    if !is(run, tokens, comma, ",")
        || !is(run, tokens, spot.last + 1, ",")
        || matches!(
            lowered(word_at(run, tokens, spot.last + 2)).as_str(),
            "and" | "or"
        )
    {
        return None;
    }
    // The phrase runs from the sentence's start to the comma, with no punctuation but a
    // possessive in between.
    let opener = tokens[..comma]
        .iter()
        .rposition(|t| t.sentence_start() || t.kind == TokenKind::Punct)?;
    let phrase = &tokens[opener..comma];
    let head = phrase.last()?;
    // It opens with an article, or with a name's possessive ("Kestria's president").
    let opens = matches!(
        lowered(word_at(run, tokens, opener)).as_str(),
        "the" | "a" | "an"
    ) || (phrase.len() > 2 && phrase[1].kind == TokenKind::Possessive);
    // Its head is a lower-case noun, or a role's complement: "leader of the Harbour
    // Party" ends on the party's name.
    let role_of = phrase.windows(2).any(|pair| {
        noun_of(lexicon, pair[0].text(run), Classes::ROLE_NOUN)
            && matches!(lowered(pair[1].text(run)).as_str(), "of" | "at" | "for")
    });
    if !tokens[opener].sentence_start()
        || !opens
        || (head.first_upper() && !role_of)
        || !phrase
            .iter()
            .any(|t| t.is_word() && !t.first_upper() && noun_of(lexicon, t.text(run), NOUNS))
        || !describes(run, phrase, lexicon)
    {
        return None;
    }
    let text = &run[tokens[opener].start as usize..head.end as usize];
    Some([text, "."].concat())
}

/// "the shipping regulator MarTrust", "the consumer group Fairplay": an article, one or
/// two words that qualify, and a noun of a kind, right before the name.
pub(super) fn descriptor_before(
    run: &str,
    tokens: &[Token],
    spot: &Spot,
    lexicon: &Lexicon,
) -> Option<String> {
    let noun = spot.first.checked_sub(1)?;
    let lower_word = |at: usize| {
        let token = &tokens[at];
        token.is_word()
            && token.case == Case::Lower
            && !matches!(
                token.text(run),
                "of" | "and" | "or" | "in" | "at" | "for" | "to" | "with" | "on" | "by" | "from"
            )
    };
    if !lower_word(noun) || !noun_of(lexicon, tokens[noun].text(run), NOUNS) {
        return None;
    }
    let article = (noun.saturating_sub(3)..noun.saturating_sub(1))
        .rev()
        .find(|&at| !lower_word(at) || matches!(tokens[at].text(run), "the" | "a" | "an"))?;
    if !matches!(
        lowered(tokens[article].text(run)).as_str(),
        "the" | "a" | "an"
    ) || (article + 1..noun).any(|at| !lower_word(at))
    {
        return None;
    }
    let text = &run[tokens[article].start as usize..tokens[noun].end as usize];
    Some([&super::capitalize(text), "."].concat())
}
