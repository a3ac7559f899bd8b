//! Leftmost-longest matching of names against tokens, with gloss's case rules.
//!
//! Patterns are token sequences stored in a trie keyed by folded-token hashes, so a
//! text token costs one hash look-up and word boundaries come for free: a pattern can
//! only start and end where tokens do. See DESIGN.md for why this beats a byte-level
//! automaton here.

mod case_rules;

use crate::text::{fold_into, tokenize_into, Case, Token, TokenKind};
use case_rules::{case_fits, fold_keep_case, may_be_plural, plural_stems};
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// One name to look for, tokenized.
#[derive(Debug, Clone)]
struct Pattern {
    entity: usize,
    /// Where the pattern's tokens start in `Matcher::pattern_tokens`, and how many there
    /// are: one table for all patterns, since a glossary has thousands of them.
    first_token: u32,
    token_count: u32,
    /// The next pattern that ends at the same node, or `NO_PATTERN`.
    next_end: u32,
    /// The last word may take a plural ending: "red notice" finds "red notices".
    plural: bool,
}

/// The end of a list of patterns: `Node::first_end` and `Pattern::next_end`.
const NO_PATTERN: u32 = u32::MAX;

#[derive(Debug, Clone)]
struct PatternToken {
    case: Case,
    /// Where the token, folded, sits in `Matcher::folded`: to confirm a match the hashes
    /// found.
    folded: (u32, u32),
    /// The token with apostrophes and dashes folded but case kept, for mixed-case words.
    /// The token with case kept, for mixed-case words only ("McDonald"), whose exact
    /// shape must match.
    shape: Option<String>,
}

/// A match: tokens `first..=last` of a run are a mention of `entity`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TokenMatch {
    pub first: usize,
    pub last: usize,
    pub entity: usize,
}

struct Node {
    /// No pattern continues past this node.
    has_children: bool,
    /// The best pattern that ends here (the others follow it through
    /// `Pattern::next_end`), or `NO_PATTERN`. Two patterns rarely end at the same node,
    /// so a list per node would be an allocation for nothing.
    first_end: u32,
    /// Patterns that end here and accept a plural last word.
    plural_ends: bool,
    /// Some child has `plural_ends`, so a word that fails to match here may be a plural.
    plural_children: bool,
}

impl Default for Node {
    fn default() -> Node {
        Node {
            has_children: false,
            first_end: NO_PATTERN,
            plural_ends: false,
            plural_children: false,
        }
    }
}

/// Edge keys are a node number and a token hash that is already well mixed, so a rotate
/// and an exclusive or make the table's hash: hashing again would only cost time.
#[derive(Default)]
struct EdgeHasher(u64);

impl Hasher for EdgeHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = self.0.rotate_left(8) ^ b as u64;
        }
    }
    fn write_u32(&mut self, n: u32) {
        self.0 = self.0.rotate_left(29) ^ (n as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
    fn write_u64(&mut self, n: u64) {
        self.0 ^= n;
    }
}

/// The trie's edges, all in one table: (node, token hash) to child node.
type Edges = HashMap<(u32, u32), u32, BuildHasherDefault<EdgeHasher>>;

/// A set of patterns, ready to match.
#[derive(Default)]
pub struct Matcher {
    nodes: Vec<Node>,
    edges: Edges,
    patterns: Vec<Pattern>,
    pattern_tokens: Vec<PatternToken>,
    /// Every pattern token, folded, end to end: one allocation instead of one per token.
    folded: String,
    /// A reused buffer for tokenizing patterns.
    scratch: Vec<Token>,
    /// A bit per bucket of first-word hashes: most words of a text start no pattern, and
    /// this says so without a table look-up.
    first_words: Vec<u64>,
}

/// The bit of `first_words` for a token hash.
fn first_word_bit(hash: u32) -> (usize, u64) {
    let bucket = (hash >> 16) as usize;
    (bucket >> 6, 1 << (bucket & 63))
}

impl Matcher {
    pub fn new() -> Matcher {
        Matcher::with_capacity(0)
    }

    /// A matcher with room for about `names` patterns, so that building a large one does
    /// not grow and copy its tables over and over.
    pub fn with_capacity(names: usize) -> Matcher {
        let mut nodes = Vec::with_capacity(1 + names * 2);
        nodes.push(Node::default());
        let mut edges = Edges::default();
        edges.reserve(names * 2);
        Matcher {
            nodes,
            edges,
            patterns: Vec::with_capacity(names),
            pattern_tokens: Vec::with_capacity(names * 2),
            folded: String::with_capacity(names * 12),
            scratch: Vec::new(),
            first_words: vec![0; 1024],
        }
    }

    /// Adds `name` as a way to mention `entity`. Earlier patterns win ties, so add the
    /// most trusted source first. Returns false if the name has no tokens.
    pub fn add(&mut self, name: &str, entity: usize, plural: bool) -> bool {
        let mut tokens = std::mem::take(&mut self.scratch);
        tokenize_into(name, &mut tokens);
        let added = self.add_tokens(name, &tokens, entity, plural);
        self.scratch = tokens;
        added
    }

    fn add_tokens(&mut self, name: &str, tokens: &[Token], entity: usize, plural: bool) -> bool {
        if tokens.is_empty() || !tokens.iter().any(|t| t.kind != TokenKind::Punct) {
            return false;
        }
        let id = self.patterns.len() as u32;
        let (word, bit) = first_word_bit(tokens[0].hash);
        self.first_words[word] |= bit;
        let mut node = 0usize;
        let plural = plural && tokens.last().is_some_and(|t| t.kind == TokenKind::Word);
        let mut parent = 0usize;
        for token in tokens {
            parent = node;
            let next = self.nodes.len() as u32;
            self.nodes[node].has_children = true;
            let child = *self.edges.entry((node as u32, token.hash)).or_insert(next);
            if child == next {
                self.nodes.push(Node::default());
            }
            node = child as usize;
        }
        // Earlier patterns win ties, so a new one goes last in its node's list.
        match self.nodes[node].first_end {
            NO_PATTERN => self.nodes[node].first_end = id,
            mut last => {
                while self.patterns[last as usize].next_end != NO_PATTERN {
                    last = self.patterns[last as usize].next_end;
                }
                self.patterns[last as usize].next_end = id;
            }
        }
        self.nodes[node].plural_ends |= plural;
        self.nodes[parent].plural_children |= plural;
        let first_token = self.pattern_tokens.len() as u32;
        for t in tokens {
            let text = t.text(name);
            let start = self.folded.len();
            fold_into(text, &mut self.folded);
            self.pattern_tokens.push(PatternToken {
                case: t.case,
                folded: (start as u32, (self.folded.len() - start) as u32),
                shape: (t.case == Case::Mixed).then(|| text.chars().map(fold_keep_case).collect()),
            });
        }
        self.patterns.push(Pattern {
            entity,
            first_token,
            token_count: tokens.len() as u32,
            next_end: NO_PATTERN,
            plural,
        });
        true
    }

    /// All leftmost-longest matches in a run, in order, never overlapping, into a buffer
    /// the caller reuses; it is cleared first.
    pub fn find_into(
        &self,
        run: &str,
        tokens: &[Token],
        title_case: bool,
        found: &mut Vec<TokenMatch>,
    ) {
        found.clear();
        if self.patterns.is_empty() {
            return;
        }
        let plural_at_root = self.nodes[0].plural_children;
        let mut start = 0;
        while start < tokens.len() {
            let token = &tokens[start];
            let (word, bit) = first_word_bit(token.hash);
            if self.first_words[word] & bit == 0 && !(plural_at_root && may_be_plural(run, token)) {
                start += 1;
                continue;
            }
            match self.longest_at(run, tokens, start, title_case) {
                Some(m) => {
                    found.push(m);
                    start = m.last + 1;
                }
                None => start += 1,
            }
        }
    }

    fn longest_at(
        &self,
        run: &str,
        tokens: &[Token],
        start: usize,
        title_case: bool,
    ) -> Option<TokenMatch> {
        let mut best = None;
        let mut node_id = 0u32;
        for at in start..tokens.len() {
            let token = &tokens[at];
            let node = &self.nodes[node_id as usize];
            if let Some(&child_id) = self.edges.get(&(node_id, token.hash)) {
                let child = &self.nodes[child_id as usize];
                if let Some(entity) =
                    self.first_accepted(child.first_end, run, tokens, start, title_case, false)
                {
                    best = Some(TokenMatch {
                        first: start,
                        last: at,
                        entity,
                    });
                }
                // A plural never continues a pattern, so try it only when the exact
                // word leads nowhere longer.
                if !child.has_children {
                    return best;
                }
                node_id = child_id;
                continue;
            }
            if node.plural_children && may_be_plural(run, token) {
                if let Some(entity) = self.plural_match(node_id, run, tokens, start, at, title_case)
                {
                    best = Some(TokenMatch {
                        first: start,
                        last: at,
                        entity,
                    });
                }
            }
            break;
        }
        best
    }

    /// Tries `tokens[at]` as the plural of the last word of a pattern continuing from `node`.
    fn plural_match(
        &self,
        node: u32,
        run: &str,
        tokens: &[Token],
        start: usize,
        at: usize,
        title_case: bool,
    ) -> Option<usize> {
        for stem in plural_stems(tokens[at].text(run)).into_iter().flatten() {
            if let Some(&child) = self.edges.get(&(node, stem)) {
                let child = &self.nodes[child as usize];
                if child.plural_ends {
                    if let Some(entity) =
                        self.first_accepted(child.first_end, run, tokens, start, title_case, true)
                    {
                        return Some(entity);
                    }
                }
            }
        }
        None
    }

    /// The entity of the first pattern in the list from `first_end` that the tokens from
    /// `start` fit.
    fn first_accepted(
        &self,
        first_end: u32,
        run: &str,
        tokens: &[Token],
        start: usize,
        title_case: bool,
        plural: bool,
    ) -> Option<usize> {
        let mut id = first_end;
        while id != NO_PATTERN {
            let pattern = &self.patterns[id as usize];
            let want = &self.pattern_tokens[pattern.first_token as usize..]
                [..pattern.token_count as usize];
            if (!plural || pattern.plural)
                && case_fits(
                    &self.folded,
                    want,
                    pattern.plural,
                    run,
                    &tokens[start..start + want.len()],
                    title_case,
                )
            {
                return Some(pattern.entity);
            }
            id = pattern.next_end;
        }
        None
    }
}
