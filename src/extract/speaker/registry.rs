//! The people of one source: every `role Name` and `Name, der role` the
//! source writes, with the places it names them, so that a short form
//! (`Kim`) or a role alone (`der Präsident`) resolves to the full name the
//! same source gives.

use std::collections::{HashMap, HashSet};

use crate::lang::Speech;
use crate::text::words::{Token, fold};

use super::lexicon::Lexicon;
use super::role::{self, Role};

/// More people than any article names; past it new names are not kept, so
/// that every look-up stays bounded.
const MAX_PERSONS: usize = 200;
/// The most roles and mentions kept for one person.
const MAX_ROLES: usize = 16;

/// A person the source names, with every role it gives them.
#[derive(Debug, Clone)]
struct Person {
    /// Each written form of the name with how often it occurs.
    forms: Vec<(String, usize)>,
    parts: Vec<String>,
    roles: Vec<Role>,
    /// Byte offsets where the person is named, in order.
    mentions: Vec<usize>,
}

impl Person {
    fn display(&self) -> String {
        let full = self.forms.iter().filter(|(f, _)| f.split_whitespace().count() >= 2);
        let best = full.clone().max_by_key(|(_, n)| *n).or_else(|| self.forms.first());
        best.map(|(f, _)| f.clone()).unwrap_or_default()
    }
}

/// The folded parts of a name: `Kim Jong-un` → `kim`, `jong`, `un`.
fn name_parts(name: &str) -> Vec<String> {
    name.split([' ', '-']).filter(|p| !p.is_empty()).map(fold).collect()
}

fn subset(a: &[String], b: &[String]) -> bool {
    !a.is_empty() && a.iter().all(|x| b.contains(x))
}

/// The people of one source.
#[derive(Debug, Clone, Default)]
pub(crate) struct Registry {
    persons: Vec<Person>,
    aliases: Vec<(Vec<String>, String)>,
    /// The first and last part of each person's name → the persons.
    index: HashMap<String, Vec<usize>>,
    /// The parts of every name registered as written first.
    known: HashSet<Vec<String>>,
    /// Every word of a name as the source writes it.
    written: HashSet<String>,
}

impl Registry {
    pub(crate) fn new(aliases: &[(String, String)]) -> Registry {
        Registry {
            persons: Vec::new(),
            index: HashMap::new(),
            known: HashSet::new(),
            written: HashSet::new(),
            aliases: aliases.iter().map(|(a, c)| (name_parts(a), c.clone())).collect(),
        }
    }

    /// Registers the `role Name` and `Name, der role` of one sentence, and
    /// every name written in full (`Paul Brandt`), so that a short form
    /// resolves to it.
    pub(crate) fn add_sentence(&mut self, speech: &Speech, lex: &Lexicon, toks: &[Token]) {
        let mut i = 0;
        while i < toks.len() {
            let run = full_name_at(speech, lex, toks, i);
            if run >= 2 {
                let name = toks[i..i + run].iter().map(|t| t.text).collect::<Vec<_>>().join(" ");
                self.add_named(&name, toks[i].start);
                i += run;
            } else {
                i += 1;
            }
        }
        for i in 0..toks.len() {
            if !toks[i].is_capitalized() {
                continue;
            }
            let Some(class) = role::class(speech, toks[i].text) else { continue };
            let role =
                Role { noun: toks[i].text.to_string(), class, origin: role::origin_before(speech, toks, i), of: None };
            if let Some((name, at)) = name_after(speech, lex, toks, i + 1) {
                self.add(&name, Some(role), at);
            } else if let Some((name, at)) = apposition_before(speech, lex, toks, i) {
                self.add(&name, Some(role), at);
            }
        }
    }

    /// Indexes the names registered so far, for [`Registry::add_mentions`].
    pub(crate) fn index_names(&mut self) {
        self.index.clear();
        self.written.clear();
        for p in &self.persons {
            for (form, _) in &p.forms {
                self.written.extend(form.split([' ', '-']).filter(|w| !w.is_empty()).map(str::to_string));
            }
        }
        for (i, p) in self.persons.iter().enumerate() {
            for part in [p.parts.first(), p.parts.last()].into_iter().flatten() {
                let entry = self.index.entry(part.clone()).or_default();
                if !entry.contains(&i) {
                    entry.push(i);
                }
            }
        }
    }

    /// Records the later mentions of known names in one sentence.
    pub(crate) fn add_mentions(&mut self, toks: &[Token]) {
        if self.index.is_empty() {
            return;
        }
        let mut before: Option<&Vec<usize>> = None;
        for t in toks {
            // a word the names are not written with is looked up without folding it
            let known = t.is_capitalized() && self.written.contains(t.text);
            let found = if known { self.index.get(&fold(t.text)) } else { None };
            // `Paul Brandt` is one mention, not one for each part
            let go_on = before.zip(found).is_some_and(|(a, b)| a == b);
            before = found;
            let Some(found) = found.filter(|_| !go_on) else { continue };
            for &i in found {
                let p = &mut self.persons[i];
                if p.mentions.last().is_none_or(|&m| m < t.start) {
                    p.mentions.push(t.start);
                } else if let Err(k) = p.mentions.binary_search(&t.start) {
                    p.mentions.insert(k, t.start);
                }
            }
        }
    }

    /// Registers a name written in full without a role; once the registry
    /// is full only a name already known is counted, so that the work per
    /// name stays bounded.
    fn add_named(&mut self, name: &str, at: usize) {
        if self.persons.len() < MAX_PERSONS || self.known.contains(&name_parts(name)) {
            self.add(name, None, at);
        }
    }

    /// Registers a person named at byte `at`, or a new form or role of one
    /// already known.
    pub(crate) fn add(&mut self, name: &str, role: Option<Role>, at: usize) {
        let parts = name_parts(name);
        let full = self.persons.len() >= MAX_PERSONS;
        let found = self.persons.iter_mut().find(|p| subset(&parts, &p.parts) || subset(&p.parts, &parts));
        match found {
            Some(p) => {
                if parts.len() > p.parts.len() {
                    p.parts = parts;
                }
                match p.forms.iter().position(|(f, _)| f == name) {
                    Some(k) => p.forms[k].1 += 1,
                    None if p.forms.len() < MAX_ROLES => p.forms.push((name.to_string(), 1)),
                    None => {}
                }
                if p.roles.len() < MAX_ROLES {
                    p.roles.extend(role);
                }
                let i = p.mentions.partition_point(|&m| m < at);
                if p.mentions.get(i) != Some(&at) {
                    p.mentions.insert(i, at);
                }
            }
            None if !full => {
                self.known.insert(parts.clone());
                self.persons.push(Person {
                    forms: vec![(name.to_string(), 1)],
                    parts,
                    roles: role.into_iter().collect(),
                    mentions: vec![at],
                })
            }
            None => {}
        }
    }

    /// The canonical name for a name as written at byte `at`.
    pub(crate) fn resolve_name(&self, name: &str, at: usize) -> String {
        let parts = name_parts(name);
        let candidates = self.persons.iter().filter(|p| subset(&parts, &p.parts));
        let best = candidates.max_by_key(|p| last_before(&p.mentions, at));
        let resolved = best.map_or_else(|| name.to_string(), Person::display);
        self.alias(&resolved)
    }

    /// The person a role refers to at byte `at`: the best fitting role,
    /// then one the source names more than once over one it names in
    /// passing (`der Papst` is the one the article is about, not a
    /// predecessor named once), and among equals the one named most
    /// recently before.
    pub(crate) fn resolve_role(&self, role: &Role, at: usize) -> Option<String> {
        let aliased = self.alias(&role.noun);
        if aliased != role.noun {
            return Some(aliased);
        }
        let scored =
            self.persons.iter().filter_map(|p| p.roles.iter().filter_map(|r| role.fit(r)).max().map(|s| (s, p)));
        let best = scored
            .max_by_key(|((origin, noun), p)| (*origin, p.mentions.len() > 1, last_before(&p.mentions, at), *noun))?;
        Some(self.alias(&best.1.display()))
    }

    /// The sex the roles the source gives a person tell, when they agree;
    /// `who` is a name as resolved, or (`named` false) a role's words.
    pub(crate) fn sex_of(&self, speech: &Speech, who: &str, named: bool) -> Option<role::Sex> {
        let parts = name_parts(who);
        let mut sexes: Vec<role::Sex> = if named {
            let person = self.persons.iter().find(|p| p.display() == who || p.parts == parts)?;
            // (a role word that is part of the name tells nothing: `Tishana King`)
            let roles = person.roles.iter().filter(|r| !person.parts.contains(&fold(&r.noun)));
            roles.filter_map(|r| role::sex(speech, &r.noun)).collect()
        } else {
            who.split_whitespace().filter_map(|w| role::sex(speech, w)).collect()
        };
        sexes.dedup();
        (sexes.len() == 1).then(|| sexes[0])
    }

    /// The canonical form of a name the user listed among the aliases.
    pub(crate) fn alias(&self, name: &str) -> String {
        let parts = name_parts(name);
        self.aliases.iter().find(|(a, _)| *a == parts).map_or_else(|| name.to_string(), |(_, c)| c.clone())
    }
}

/// The latest mention at or before `at`, so that `max_by_key` prefers the
/// person named most recently; mentions after `at` count as less recent.
fn last_before(mentions: &[usize], at: usize) -> (bool, usize) {
    match mentions.partition_point(|&m| m <= at) {
        0 => (false, usize::MAX - mentions.first().copied().unwrap_or(0)),
        i => (true, mentions[i - 1]),
    }
}

/// A name right after position `i`: up to four words that can be a name
/// in this source and are not a genitive of another word.
fn name_after(speech: &Speech, lex: &Lexicon, toks: &[Token], i: usize) -> Option<(String, usize)> {
    let mut parts: Vec<&str> = Vec::new();
    let start = toks.get(i)?.start;
    for t in toks.iter().skip(i).take(4) {
        if !lex.is_name(speech, t) {
            break;
        }
        let genitive = t.text.len() > 4 && t.text.ends_with('s') && lex.has(&t.text[..t.text.len() - 1]);
        if genitive {
            break;
        }
        parts.push(t.text);
    }
    (!parts.is_empty()).then(|| (parts.join(" "), start))
}

/// How many words from `i` make a name written in full: two to four
/// words that can be a name in this source, the first not inside a longer
/// run of names, none a genitive of another word.
fn full_name_at(speech: &Speech, lex: &Lexicon, toks: &[Token], i: usize) -> usize {
    // most capitalized words are nouns before a word in lower case: the
    // cheap test first
    if !toks[i].is_capitalized() || !toks.get(i + 1).is_some_and(Token::is_capitalized) {
        return 0;
    }
    if i > 0 && toks[i - 1].is_capitalized() && lex.is_name_part(speech, &toks[i - 1])
        || !lex.is_name_part(speech, &toks[i])
    {
        return 0;
    }
    let genitive = |t: &Token| t.text.len() > 4 && t.text.ends_with('s') && lex.has(&t.text[..t.text.len() - 1]);
    let run = toks[i + 1..].iter().take(3).take_while(|t| lex.is_name(speech, t) && !genitive(t)).count();
    // a capitalized word right after the run makes it part of a longer title
    if run == 0 || toks.get(i + 1 + run).is_some_and(|t| t.is_capitalized() && t.is_word()) {
        return 0;
    }
    run + 1
}

/// `Matthew Miller, der Sprecher`: the name before a comma and an article
/// that introduce the role at `i`.
fn apposition_before(speech: &Speech, lex: &Lexicon, toks: &[Token], i: usize) -> Option<(String, usize)> {
    let is_article = |w: &str| speech.subject_articles.contains(&w.to_lowercase().as_str());
    let mut j = i.checked_sub(1)?;
    let floor = i.saturating_sub(4);
    while j > floor && toks[j].is_lowercase() && !is_article(toks[j].text) {
        j -= 1; // adjectives
    }
    if !is_article(toks.get(j)?.text) || toks.get(j.checked_sub(1)?)?.text != "," {
        return None;
    }
    let end = j - 1;
    let mut k = end;
    while k > 0 && lex.is_name(speech, &toks[k - 1]) && end - (k - 1) <= 3 {
        k -= 1;
    }
    (k < end).then(|| (toks[k..end].iter().map(|t| t.text).collect::<Vec<_>>().join(" "), toks[k].start))
}
