//! Descriptions that come before the name: an appositive that opens the sentence ("The
//! leader of the Harbour Party, Ana Ruiz, said") and a descriptor right before it ("the
//! shipping regulator MarTrust").

use super::{describes, is, is_one_of, noun_of, word_at, Spot, LINKING_WORDS};
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
        || is_one_of(word_at(run, tokens, spot.last + 2), &["and", "or"])
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
    let opens = is_one_of(word_at(run, tokens, opener), &["the", "a", "an"])
        || (phrase.len() > 2 && phrase[1].kind == TokenKind::Possessive);
    // Its head is a lower-case noun, or a role's complement: "leader of the Harbour
    // Party" ends on the party's name. The role must be the phrase's own head, after the
    // article or possessive and at most one word: in "The visit by the president of
    // Kestria" it is not.
    let possessive = usize::from(phrase.len() > 2 && phrase[1].kind == TokenKind::Possessive);
    let role_of = phrase.windows(2).take(3 + possessive).any(|pair| {
        noun_of(lexicon, pair[0].text(run), Classes::ROLE_NOUN)
            && is_one_of(pair[1].text(run), &["of", "at", "for"])
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

/// "the shipping regulator MarTrust", "the consumer group Fairplay": an article, one word
/// that qualifies, and a noun of a kind, right before the name. One word only, and not a
/// noun of a kind itself, a time or a reporting verb: "the minister met president Tom
/// Lind" and "the next day minister" are no descriptors.
pub(super) fn descriptor_before(
    run: &str,
    tokens: &[Token],
    spot: &Spot,
    lexicon: &Lexicon,
) -> Option<String> {
    let noun = spot.first.checked_sub(1)?;
    let article = noun.checked_sub(2)?;
    let lower_word = |at: usize| tokens[at].is_word() && tokens[at].case == Case::Lower;
    let qualifier = tokens[article + 1].text(run);
    if !lower_word(noun)
        || !lower_word(article + 1)
        || !noun_of(lexicon, tokens[noun].text(run), NOUNS)
        || !is_one_of(tokens[article].text(run), &["the", "a", "an"])
        || is_one_of(qualifier, LINKING_WORDS)
        || noun_of(
            lexicon,
            qualifier,
            NOUNS | Classes::REPORTING | Classes::SAYING | Classes::TIME_WORD | Classes::PRONOUN,
        )
    {
        return None;
    }
    let text = &run[tokens[article].start as usize..tokens[noun].end as usize];
    Some([&super::capitalize(text), "."].concat())
}
