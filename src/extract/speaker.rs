//! Speakers: who a quotation is given to. The cue next to the quotation
//! (`sagte X`, `so X`, `X sagte:`, `wird X zitiert`, `zitierte … den
//! Sprecher`, `said X`) names a person or a role; roles and short forms are
//! resolved to the full name the same source gives (`Kremlsprecher Dmitri
//! Peskow`), and a quotation that continues the previous speaker's words
//! keeps that speaker. Without evidence there is no speaker.

use crate::prepare::document::Document;
use crate::text::words::{Token, fold, tokens};

use super::quote::Span;

/// Verbs and phrases that attribute speech.
const CUES: &[&str] = &[
    "sagte",
    "sagt",
    "sagten",
    "erklärte",
    "erklärt",
    "betonte",
    "betont",
    "fügte",
    "antwortete",
    "warnte",
    "warnt",
    "meinte",
    "so",
    "zitierte",
    "zitiert",
    "schrieb",
    "versicherte",
    "bekräftigte",
    "unterstrich",
    "formulierte",
    "mahnte",
    "forderte",
    "erwiderte",
    "ergänzte",
    "räumte",
    "kritisierte",
    "verkündete",
    "sprach",
    "rief",
    "said",
    "says",
    "told",
    "added",
    "warned",
    "explained",
    "stated",
    "replied",
    "wrote",
    "asked",
    "insisted",
    "noted",
    "according",
];

/// Words that end a name: function words and the like.
const NOT_NAME: &[&str] = &[
    "Der", "Die", "Das", "Den", "Dem", "Des", "Ein", "Eine", "Und", "Auch", "The", "A", "And", "Mr", "Mrs", "Ms", "Am",
    "Im", "In", "Zu", "Bei", "Nach", "Mit", "Von", "Vom", "Für", "Auf", "Es", "Er", "Sie", "Wir", "Ich",
];

const ROLE_SUFFIXES: &[(&str, RoleClass)] = &[
    ("präsidentin", RoleClass::Leader),
    ("präsidenten", RoleClass::Leader),
    ("präsident", RoleClass::Leader),
    ("staatschef", RoleClass::Leader),
    ("regierungschef", RoleClass::Leader),
    ("kremlchef", RoleClass::Leader),
    ("kreml-chef", RoleClass::Leader),
    ("machthaber", RoleClass::Leader),
    ("machthabers", RoleClass::Leader),
    ("diktator", RoleClass::Leader),
    ("diktators", RoleClass::Leader),
    ("herrscher", RoleClass::Leader),
    ("kanzler", RoleClass::Leader),
    ("kanzlerin", RoleClass::Leader),
    ("premier", RoleClass::Leader),
    ("staatsoberhaupt", RoleClass::Leader),
    ("führer", RoleClass::Leader),
    ("president", RoleClass::Leader),
    ("leader", RoleClass::Leader),
    ("dictator", RoleClass::Leader),
    ("chancellor", RoleClass::Leader),
    ("sprecherin", RoleClass::Spokes),
    ("sprecher", RoleClass::Spokes),
    ("spokesman", RoleClass::Spokes),
    ("spokeswoman", RoleClass::Spokes),
    ("spokesperson", RoleClass::Spokes),
    ("ministerin", RoleClass::Minister),
    ("minister", RoleClass::Minister),
    ("secretary", RoleClass::Minister),
    ("direktor", RoleClass::Other),
    ("direktorin", RoleClass::Other),
    ("director", RoleClass::Other),
    ("botschafter", RoleClass::Other),
    ("ambassador", RoleClass::Other),
    ("general", RoleClass::Other),
    ("vorsitzende", RoleClass::Other),
    ("generalsekretär", RoleClass::Minister),
    ("berater", RoleClass::Other),
    ("analyst", RoleClass::Other),
    ("experte", RoleClass::Other),
    ("bürgermeister", RoleClass::Leader),
    ("landrat", RoleClass::Leader),
    ("gouverneur", RoleClass::Leader),
    ("governor", RoleClass::Leader),
    ("mayor", RoleClass::Leader),
    ("kommandant", RoleClass::Other),
    ("commander", RoleClass::Other),
    ("leiter", RoleClass::Other),
    ("chef", RoleClass::Other),
    ("chief", RoleClass::Other),
    ("ermittler", RoleClass::Other),
    ("staatsanwalt", RoleClass::Other),
    ("richter", RoleClass::Other),
    ("anwalt", RoleClass::Other),
    ("professor", RoleClass::Other),
    ("arzt", RoleClass::Other),
    ("polizist", RoleClass::Other),
    ("beamter", RoleClass::Other),
    ("officer", RoleClass::Other),
    ("official", RoleClass::Other),
    ("abgeordnete", RoleClass::Other),
    ("senator", RoleClass::Other),
    ("vorstand", RoleClass::Other),
    ("geschäftsführer", RoleClass::Other),
];

/// Words that mark a news organisation, which reports words but does not
/// speak them.
const AGENCY: &[&str] = &[
    "nachrichtenagentur",
    "agentur",
    "zeitung",
    "medien",
    "fernsehen",
    "staatsfernsehen",
    "sender",
    "agency",
    "newspaper",
    "television",
    "tv",
    "staatsmedien",
    "staatsagentur",
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum RoleClass {
    Leader,
    Spokes,
    Minister,
    Other,
}

/// The class of a role noun, in its masculine, feminine (`-in`) or
/// inflected (`-s`, `-en`) form, alone or as the head of a compound
/// (`Feuerwehrkommandant`, `Kremlsprecher`).
fn role_class(word: &str) -> Option<RoleClass> {
    // every role form ends in one of these letters: most words fail here
    if !word.ends_with(['r', 'n', 't', 'f', 'l', 'e', 's', 'y', 'm', 'd']) || word.len() < 4 {
        return None;
    }
    let lower = word.to_lowercase();
    let forms = [
        Some(lower.as_str()),
        lower.strip_suffix("in"),
        lower.strip_suffix("innen"),
        lower.strip_suffix('s'),
        lower.strip_suffix("en"),
        lower.strip_suffix('n'),
    ];
    forms.into_iter().flatten().find_map(|f| ROLE_SUFFIXES.iter().find(|(s, _)| f.ends_with(s)).map(|&(_, c)| c))
}

/// A role as the text gives it: `der russische Präsident`.
#[derive(Debug, Clone, PartialEq)]
struct Role {
    noun: String,
    class: RoleClass,
    /// The folded stem of a nationality adjective or genitive (`russisch`,
    /// `nordkorea`), when one stands before the noun.
    origin: Option<String>,
}

impl Role {
    /// How well a role mention fits this role; `None` when they cannot be
    /// the same person.
    /// The origin counts first; whether the noun is the same word only
    /// breaks ties after recency (see [`Registry::resolve_role`]).
    fn fit(&self, other: &Role) -> Option<(u32, bool)> {
        if self.class != other.class {
            return None;
        }
        let same_noun = self.noun.to_lowercase() == other.noun.to_lowercase();
        match (&self.origin, &other.origin) {
            (Some(a), Some(b)) if same_origin(a, b) => Some((1, same_noun)),
            (Some(_), Some(_)) => None,
            _ => Some((0, same_noun)),
        }
    }
}

fn same_origin(a: &str, b: &str) -> bool {
    let common = a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count();
    common >= 4 && common * 5 >= a.chars().count().min(b.chars().count()) * 3
}

/// A person the source names, with every role it gives them.
#[derive(Debug, Clone)]
struct Person {
    /// Each written form of the name with how often it occurs.
    forms: Vec<(String, usize)>,
    parts: Vec<String>,
    roles: Vec<Role>,
    /// Byte offsets where the person is named.
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

/// The people of one source.
#[derive(Debug, Clone, Default)]
pub struct Registry {
    persons: Vec<Person>,
    aliases: Vec<(Vec<String>, String)>,
}

/// Who speaks, and the cue that said so.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Attribution {
    pub speaker: Option<String>,
    pub cue: Option<String>,
    /// True when the cue stands right next to the quotation (`„Ja“, sagte
    /// er`, `sagte er: „Ja“`), as opposed to elsewhere in its sentence.
    pub adjacent: bool,
}

/// A noun phrase read at a cue: a role, a name, or both.
#[derive(Debug, Clone, Default, PartialEq)]
struct Phrase {
    role: Option<Role>,
    name: Option<String>,
    agency: bool,
}

impl Registry {
    /// Collects every `role Name` and `Name, der role` the document writes,
    /// and every later mention of those names. `aliases` maps a written form
    /// to a canonical name.
    pub fn build(doc: &Document, aliases: &[(String, String)]) -> Registry {
        let mut reg = Registry {
            persons: Vec::new(),
            aliases: aliases.iter().map(|(a, c)| (name_parts(a), c.clone())).collect(),
        };
        let text = &doc.source.text;
        // `Russlands` is a genitive when the text also writes `Russland`
        // (each stem searched for once, not once a mention)
        let seen = std::cell::RefCell::new(std::collections::HashMap::<String, bool>::new());
        let known_words =
            |stem: &str| *seen.borrow_mut().entry(stem.to_string()).or_insert_with(|| text.contains(stem));
        // each sentence tokenized once, for both passes
        let sentences: Vec<Vec<Token>> = doc.sentences.iter().map(|s| tokens(&text[s.range()], s.start)).collect();
        for toks in &sentences {
            for i in 0..toks.len() {
                if !toks[i].is_capitalized() || toks[i].text.len() < 4 {
                    continue;
                }
                let Some(class) = role_class(toks[i].text) else { continue };
                let role = Role { noun: toks[i].text.to_string(), class, origin: origin_before(toks, i) };
                if let Some((name, at)) = name_after(toks, i + 1, known_words) {
                    reg.add(&name, Some(role), at);
                } else if let Some((name, at)) = apposition_before(toks, i) {
                    reg.add(&name, Some(role), at);
                }
            }
        }
        // later mentions of known names, for recency; only words that start
        // like a known name part are folded
        let initials: Vec<char> = reg
            .persons
            .iter()
            .flat_map(|p| [p.parts.first(), p.parts.last()])
            .flatten()
            .filter_map(|p| p.chars().next())
            .collect();
        for toks in &sentences {
            for t in toks {
                let first = t.text.chars().next().and_then(|c| fold(c.encode_utf8(&mut [0; 4])).chars().next());
                if !t.is_capitalized() || !first.is_some_and(|c| initials.contains(&c)) {
                    continue;
                }
                let part = fold(t.text);
                for p in reg.persons.iter_mut() {
                    if p.parts.first() == Some(&part) || p.parts.last() == Some(&part) {
                        p.mentions.push(t.start);
                    }
                }
            }
        }
        for p in reg.persons.iter_mut() {
            p.mentions.sort_unstable();
            p.mentions.dedup();
        }
        reg
    }

    fn add(&mut self, name: &str, role: Option<Role>, at: usize) {
        let parts = name_parts(name);
        let found = self.persons.iter_mut().find(|p| subset(&parts, &p.parts) || subset(&p.parts, &parts));
        match found {
            Some(p) => {
                if parts.len() > p.parts.len() {
                    p.parts = parts;
                }
                match p.forms.iter_mut().find(|(f, _)| f == name) {
                    Some(form) => form.1 += 1,
                    None => p.forms.push((name.to_string(), 1)),
                }
                p.roles.extend(role.filter(|r| !p.roles.contains(r)));
                p.mentions.push(at);
            }
            None => self.persons.push(Person {
                forms: vec![(name.to_string(), 1)],
                parts,
                roles: role.into_iter().collect(),
                mentions: vec![at],
            }),
        }
    }

    /// The canonical name for a name as written at byte `at`.
    fn resolve_name(&self, name: &str, at: usize) -> String {
        let parts = name_parts(name);
        let candidates = self.persons.iter().filter(|p| subset(&parts, &p.parts));
        let best = candidates.max_by_key(|p| last_before(&p.mentions, at));
        let resolved = best.map_or_else(|| name.to_string(), Person::display);
        self.alias(&resolved)
    }

    /// The person a role refers to at byte `at`: the best fitting role, and
    /// among equals the one named most recently before.
    fn resolve_role(&self, role: &Role, at: usize) -> Option<String> {
        let scored =
            self.persons.iter().filter_map(|p| p.roles.iter().filter_map(|r| role.fit(r)).max().map(|s| (s, p)));
        let best = scored.max_by_key(|((origin, noun), p)| (*origin, last_before(&p.mentions, at), *noun))?;
        Some(self.alias(&best.1.display()))
    }

    /// The registered person a sentence opens with (`Kim seinerseits pries …`).
    fn person_at_start(&self, toks: &[Token]) -> Option<String> {
        let first = toks.first().filter(|t| t.is_capitalized())?;
        let part = fold(first.text);
        let person = self.persons.iter().find(|p| p.parts.len() >= 2 && p.parts.contains(&part))?;
        Some(self.alias(&person.display()))
    }

    fn alias(&self, name: &str) -> String {
        let parts = name_parts(name);
        self.aliases.iter().find(|(a, _)| *a == parts).map_or_else(|| name.to_string(), |(_, c)| c.clone())
    }

    fn resolve(&self, phrase: &Phrase, at: usize) -> Option<String> {
        if phrase.agency {
            return None;
        }
        if let Some(name) = &phrase.name {
            return Some(self.resolve_name(name, at));
        }
        let role = phrase.role.as_ref()?;
        // a role the user named in the aliases
        let written = role.noun.clone();
        let aliased = self.alias(&written);
        if aliased != written {
            return Some(aliased);
        }
        self.resolve_role(role, at)
    }
}

fn subset(a: &[String], b: &[String]) -> bool {
    !a.is_empty() && a.iter().all(|x| b.contains(x))
}

/// The latest mention at or before `at`, so that `max_by_key` prefers the
/// person named most recently; mentions after `at` count as less recent.
fn last_before(mentions: &[usize], at: usize) -> (bool, usize) {
    // the mentions are sorted
    match mentions[..mentions.partition_point(|&m| m <= at)].last() {
        Some(&m) => (true, m),
        None => (false, usize::MAX - mentions.first().copied().unwrap_or(0)),
    }
}

/// The nationality or origin before a role noun: an adjective (`russische`)
/// or a genitive (`Nordkoreas`), or the prefix of a compound (`US-`).
fn origin_before(toks: &[Token], i: usize) -> Option<String> {
    let prev = toks.get(i.checked_sub(1)?)?;
    let f = fold(prev.text);
    if prev.is_lowercase()
        && (f.ends_with("isch") || f.ends_with("ische") || f.ends_with("ischen") || f.ends_with("ischer"))
    {
        return Some(f.trim_end_matches(['e', 'n', 'r']).to_string());
    }
    if prev.is_capitalized() && f.ends_with('s') && f.len() > 4 && role_class(prev.text).is_none() {
        return Some(f.trim_end_matches('s').to_string());
    }
    if prev.is_capitalized() && (f.ends_with("ian") || f.ends_with("ese")) {
        return Some(f);
    }
    None
}

/// A name right after position `i`: up to four capitalized words that are
/// not common nouns of the text, not roles and not a genitive.
fn name_after(toks: &[Token], i: usize, known: impl Fn(&str) -> bool) -> Option<(String, usize)> {
    let mut parts: Vec<&str> = Vec::new();
    let start = toks.get(i)?.start;
    for t in toks.iter().skip(i).take(4) {
        if !t.is_word() || !t.is_capitalized() || NOT_NAME.contains(&t.text) || role_class(t.text).is_some() {
            break;
        }
        let f = fold(t.text);
        let genitive = f.len() > 4 && t.text.ends_with('s') && known(&t.text[..t.text.len() - 1]);
        if genitive || AGENCY.iter().any(|a| f.ends_with(a)) {
            break;
        }
        parts.push(t.text);
    }
    (!parts.is_empty()).then(|| (parts.join(" "), start))
}

/// `Matthew Miller, der Sprecher`: the name before a comma and an article
/// that introduce the role at `i`.
fn apposition_before(toks: &[Token], i: usize) -> Option<(String, usize)> {
    let mut j = i.checked_sub(1)?;
    while j > 0 && toks[j].is_lowercase() && !is_article(toks[j].text) {
        j -= 1; // adjectives
    }
    if !is_article(toks.get(j)?.text) || toks.get(j.checked_sub(1)?)?.text != "," {
        return None;
    }
    let end = j - 1;
    let mut k = end;
    while k > 0 && toks[k - 1].is_capitalized() && toks[k - 1].is_word() && end - (k - 1) <= 3 {
        k -= 1;
    }
    (k < end).then(|| (toks[k..end].iter().map(|t| t.text).collect::<Vec<_>>().join(" "), toks[k].start))
}

/// Reads a noun phrase from `toks[i..]`: articles, adjectives, a role noun
/// and a name, stopping at the first word that belongs to none of them.
fn phrase_at(toks: &[Token], mut i: usize) -> (Phrase, usize) {
    let mut phrase = Phrase::default();
    if toks.get(i).is_some_and(|t| is_article(t.text)) {
        i += 1;
    }
    let mut origin = None;
    while i < toks.len() && toks[i].is_lowercase() && is_adjective(toks[i].text) {
        let f = fold(toks[i].text);
        if f.contains("isch") {
            origin = Some(f.trim_end_matches(['e', 'n', 'r']).to_string());
        }
        i += 1;
    }
    let mut name = Vec::new();
    while i < toks.len() && toks[i].is_word() && toks[i].is_capitalized() && !NOT_NAME.contains(&toks[i].text) {
        let word = toks[i].text;
        let f = fold(word);
        if AGENCY.iter().any(|a| f.ends_with(a)) {
            phrase.agency = true;
        } else if let Some(class) = role_class(word).filter(|_| name.is_empty() && phrase.role.is_none()) {
            let origin = origin.take().or_else(|| origin_before(toks, i));
            phrase.role = Some(Role { noun: word.to_string(), class, origin });
        } else if !phrase.agency {
            name.push(word);
        }
        i += 1;
        if name.len() >= 4 {
            break;
        }
    }
    if !name.is_empty() {
        phrase.agency = false;
        phrase.name = Some(name.join(" "));
    }
    (phrase, i)
}

/// A definite or indefinite article as written; a name spelled like one
/// (`An Chan-il`) is not.
fn is_article(word: &str) -> bool {
    matches!(
        word,
        "der" | "die" | "das" | "den" | "dem" | "Der" | "Die" | "Das" | "Den" | "Dem" | "the" | "The" | "a" | "an"
    )
}

fn is_adjective(word: &str) -> bool {
    let f = fold(word);
    !crate::text::words::is_stopword(&f) && ["e", "en", "er", "es", "em"].iter().any(|e| f.ends_with(e)) && f.len() > 4
}

fn is_cue(word: &str) -> bool {
    CUES.contains(&word.to_lowercase().as_str())
}

fn is_empty(p: &Phrase) -> bool {
    p.name.is_none() && p.role.is_none()
}

/// Who is named at the cue `toks[c]`: the phrase after it, or for
/// `zitierte X den Y` the quoted Y, or for `wird X zitiert` the X before it,
/// or the subject right before the verb.
fn speaker_at_cue(reg: &Registry, toks: &[Token], c: usize, at: usize) -> Option<String> {
    let verb = toks[c].text.to_lowercase();
    if verb == "according" {
        // `according to X`
        let (p, _) = phrase_at(toks, c + 2);
        return reg.resolve(&p, at);
    }
    if matches!(verb.as_str(), "told" | "tells") {
        // `Putin told Kim`: the one who tells stands before the verb; the
        // one after it is the listener
        return subject_before(reg, toks, c, at);
    }
    let (after, next) = phrase_at(toks, c + 1);
    if verb.starts_with("zitiert") {
        if c >= 2 && matches!(toks[c - 2].text, "wird" | "wurde") {
            // `wird Putin zitiert`: the phrase between the auxiliary and the verb
            let (p, _) = phrase_at(toks, c - 1);
            return reg.resolve(&p, at);
        }
        if after.agency || matches!(toks.get(c + 1).map(|t| t.text), Some("die" | "der" | "das")) {
            let (object, _) = phrase_at(toks, next);
            if !is_empty(&object) {
                return reg.resolve(&object, at);
            }
        }
    }
    if !is_empty(&after) {
        return reg.resolve(&after, at);
    }
    // `Peskow sagte: …`, `Putin said`: the subject before the verb
    if let Some(subject) = subject_before(reg, toks, c, at) {
        return Some(subject);
    }
    // `Wie der Minister X … sagte, …`
    if toks.first().is_some_and(|t| t.text == "Wie" || t.text == "As") {
        let (subject, _) = phrase_at(toks, 1);
        return reg.resolve(&subject, at);
    }
    None
}

/// The person named right before the verb at `toks[c]`: `Peskow sagte`,
/// `Putin said`, `der russische Präsident Wladimir Putin told`.
fn subject_before(reg: &Registry, toks: &[Token], c: usize, at: usize) -> Option<String> {
    let mut k = c;
    while k > 0 && toks[k - 1].is_word() && toks[k - 1].is_capitalized() {
        k -= 1;
    }
    while k > 0 && toks[k - 1].is_lowercase() && is_adjective(toks[k - 1].text) {
        k -= 1;
    }
    if k > 0 && is_article(toks[k - 1].text) {
        k -= 1;
    }
    if k < c {
        let (before, _) = phrase_at(toks, k);
        if !is_empty(&before) {
            return reg.resolve(&before, at);
        }
    }
    None
}

/// How far before and after a quotation its speaker is looked for, in bytes.
const LOOK: usize = 600;

/// Attributes the quotation `span` of `doc`. `previous` is the sentence and
/// speaker of the last speech quotation before it.
pub fn attribute(
    doc: &Document,
    reg: &Registry,
    span: &Span,
    previous: Option<&(usize, Option<String>)>,
) -> Attribution {
    let text = &doc.source.text;
    let Some(first) = doc.sentence_at(span.outer.start) else { return Attribution::default() };
    let last = doc.sentence_at(span.outer.end.saturating_sub(1)).unwrap_or(first);
    let at = span.outer.start;

    // 1. a cue right after the closing mark: `„…“, sagte X` / `"…," X said`
    // look-arounds bounded to LOOK bytes, so that a huge sentence of
    // quotations costs linear time
    let mut tail_end = doc.sentences[last].end.min(span.outer.end + LOOK);
    while !text.is_char_boundary(tail_end) {
        tail_end -= 1;
    }
    let tail = tokens(&text[span.outer.end..tail_end], span.outer.end);
    let tail: Vec<Token> = tail.into_iter().skip_while(|t| matches!(t.text, "," | ":" | "-" | "–")).collect();
    let lead_words = tail.iter().take(6).position(|t| !t.is_word());
    if let Some(c) = tail.iter().take(lead_words.unwrap_or(6).min(6)).position(|t| is_cue(t.text))
        && tail[..c].iter().all(|t| t.is_word())
    {
        let speaker = speaker_at_cue(reg, &tail, c, at);
        if speaker.is_some() || c == 0 {
            return Attribution { speaker, cue: Some(tail[c].text.to_lowercase()), adjacent: true };
        }
    }

    // 2. a cue before the opening mark in the same sentence
    let mut head_start = doc.sentences[first].start.max(span.outer.start.saturating_sub(LOOK));
    while !text.is_char_boundary(head_start) {
        head_start += 1;
    }
    let head = tokens(&text[head_start..span.outer.start], head_start);
    if let Some(c) = head.iter().rposition(|t| is_cue(t.text)) {
        let speaker = speaker_at_cue(reg, &head, c, at);
        // `sagte er: „Ja“` introduces speech however far the verb; a comma
        // only when the verb is close
        let last = head.last().map(|t| t.text);
        let adjacent = last == Some(":") || head.len() - c <= 4 && last == Some(",");
        return Attribution { speaker, cue: Some(head[c].text.to_lowercase()), adjacent };
    }

    // 2b. `nach Einschätzung von X, „…“`, `laut X „…“`: a source named
    // before the quotation in its sentence (a news agency is no speaker)
    if let Some((speaker, cue)) = according_to(reg, &head, at) {
        let adjacent = head.len() <= 12 || head.last().is_some_and(|t| t.text == ",");
        return Attribution { speaker: Some(speaker), cue: Some(cue), adjacent };
    }

    // 3. a quotation that opens its sentence continues the one before
    let opens_sentence = head.iter().all(|t| !t.is_word());
    if opens_sentence && first > 0 {
        if let Some((sentence, speaker)) = previous
            && *sentence + 1 == first
            && speaker.is_some()
        {
            return Attribution { speaker: speaker.clone(), cue: Some("continuation".into()), adjacent: true };
        }
        if let Some(speaker) = indirect(doc, reg, first - 1) {
            return Attribution { speaker: Some(speaker), cue: Some("continuation".into()), adjacent: true };
        }
    }

    // 4. `Er sei überzeugt, dass „…“`: a pronoun subject refers to the
    // person who opens one of the two sentences before
    let opening = |s: &crate::prepare::segment::Sentence| {
        let mut end = s.end.min(s.start + LOOK);
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        tokens(&text[s.start..end], s.start)
    };
    let sentence = opening(&doc.sentences[first]);
    let pronoun = sentence.iter().take(8).any(|t| matches!(t.text, "Er" | "er" | "He" | "he" | "Sie"));
    if pronoun && sentence.first().is_some_and(|t| matches!(t.text, "Er" | "He" | "Mit" | "Dabei" | "Zudem")) {
        for back in 1..=2.min(first) {
            let prev = &doc.sentences[first - back];
            if prev.paragraph != doc.sentences[first].paragraph {
                break;
            }
            let toks = opening(prev);
            if let Some(name) = reg.person_at_start(&toks) {
                return Attribution { speaker: Some(name), cue: Some("pronoun".into()), adjacent: false };
            }
        }
    }
    Attribution::default()
}

/// The last `laut X`, `nach Angaben von X`, `nach Einschätzung von X`,
/// `according to X` in `toks` that names a person, with the cue's words.
fn according_to(reg: &Registry, toks: &[Token], at: usize) -> Option<(String, String)> {
    const NOUNS: &[&str] = &["angaben", "einschätzung", "ansicht", "worten", "meinung", "auffassung"];
    (0..toks.len()).rev().find_map(|i| {
        let w = toks[i].text.to_lowercase();
        let (start, cue) = if w == "laut" {
            (i + 1, "laut".to_string())
        } else if w == "nach"
            && toks.get(i + 1).is_some_and(|t| NOUNS.contains(&t.text.to_lowercase().as_str()))
            && toks.get(i + 2).is_some_and(|t| matches!(t.text, "von" | "des" | "der"))
        {
            (i + 3, format!("nach {} {}", toks[i + 1].text, toks[i + 2].text))
        } else if w == "according" && toks.get(i + 1).is_some_and(|t| t.text == "to") {
            (i + 2, "according to".to_string())
        } else {
            return None;
        };
        let (phrase, _) = phrase_at(toks, start);
        if phrase.agency || phrase.name.is_none() && phrase.role.is_none() {
            return None;
        }
        reg.resolve(&phrase, at).map(|s| (s, cue))
    })
}

/// The speaker of reported speech without quotation marks in sentence
/// `index` (`Russland habe sich erhoben, sagte Kim`).
pub fn indirect(doc: &Document, reg: &Registry, index: usize) -> Option<String> {
    let s = &doc.sentences[index];
    let toks = tokens(&doc.source.text[s.range()], s.start);
    // `so` attributes only after a comma: `…, so Kim.`
    let c = toks
        .iter()
        .enumerate()
        .position(|(i, t)| is_cue(t.text) && (t.text != "so" || i > 0 && toks[i - 1].text == ","))?;
    speaker_at_cue(reg, &toks, c, s.start)
}

#[cfg(test)]
mod tests {
    use crate::prepare::document::{Document, SourceMeta};
    use crate::prepare::source::Source;

    fn speakers(text: &str) -> Vec<(String, Option<String>)> {
        let source = Source::decode("t".into(), "t.txt".into(), text.as_bytes()).unwrap();
        let doc = Document::prepare(source, &SourceMeta::default(), None, None);
        let (claims, _) = super::super::quote::find(&doc, &[]);
        claims
            .into_iter()
            .map(|c| match c.value {
                crate::model::claim::ClaimValue::Quote(q) => (q.words, q.speaker),
                _ => unreachable!(),
            })
            .collect()
    }

    fn who(text: &str) -> Vec<Option<String>> {
        speakers(text).into_iter().map(|(_, s)| s).collect()
    }

    #[test]
    fn cue_after_the_quote_with_role_and_name() {
        let text = "„Deswegen sind wir hier“, sagte der russische Präsident Wladimir Putin am Mittwoch.";
        assert_eq!(who(text), vec![Some("Wladimir Putin".into())]);
    }

    #[test]
    fn short_forms_resolve_to_the_full_name() {
        let text = "Nordkoreas Machthaber Kim Jong Un kam an. „Wir stehen zusammen“, sagte Kim zu Putin.";
        assert_eq!(who(text), vec![Some("Kim Jong Un".into())]);
    }

    #[test]
    fn roles_resolve_to_the_name_given_earlier() {
        let text = "Der nordkoreanische Machthaber Kim Jong-un traf Wladimir Putin. Der russische Präsident Wladimir Putin lachte. \
                    „Wir kämpfen gemeinsam“, sagte der nordkoreanische Diktator zu seinem Amtskollegen.";
        assert_eq!(who(text), vec![Some("Kim Jong-un".into())]);
    }

    #[test]
    fn speaker_before_the_quote_and_continuation() {
        let text = "Kremlsprecher Dmitri Peskow äußerte sich. Peskow sagte auf eine Frage lediglich: „Wir kooperieren.“ \
                    „Mehr sagen wir nicht.“";
        assert_eq!(who(text), vec![Some("Dmitri Peskow".into()), Some("Dmitri Peskow".into())]);
    }

    #[test]
    fn quoted_by_an_agency_is_the_spokesman_not_the_agency() {
        let text = "Das bestätigte Kremlsprecher Dmitri Peskow. \"Beide Länder arbeiten zusammen\", zitierte die Nachrichtenagentur Tass den Sprecher.";
        assert_eq!(who(text), vec![Some("Dmitri Peskow".into())]);
    }

    #[test]
    fn wird_zitiert_and_so() {
        let text = "„Deshalb sind wir gekommen“, wird Putin zitiert. „Wir werden helfen“, so Kim.";
        assert_eq!(who(text), vec![Some("Putin".into()), Some("Kim".into())]);
    }

    #[test]
    fn no_evidence_no_speaker_and_terms_have_none() {
        let text = "Das Treffen war „historisch“. Viele sprachen von einem „neuen Kapitel der Beziehungen“ in Asien.";
        let got = speakers(text);
        assert_eq!(got.len(), 2);
        assert!(got.iter().all(|(_, s)| s.is_none()));
    }

    #[test]
    fn the_one_who_tells_speaks_not_the_listener() {
        let text = "\"I am glad to see you,\" Putin told Kim. Putin told Kim: \"We will help.\"";
        assert_eq!(who(text), vec![Some("Putin".into()), Some("Putin".into())]);
    }

    #[test]
    fn a_named_source_before_the_quote_speaks_but_an_agency_does_not() {
        let text = "Das könnte nach Einschätzung von An Chan-il, Direktor des Instituts, „einen erheblichen Einfluss haben“. \
                    Nach Angaben der Nachrichtenagentur Interfax sei es „ein großer Tag für alle“ gewesen.";
        assert_eq!(who(text), vec![Some("An Chan-il".into()), None]);
    }

    #[test]
    fn english_said() {
        let text = "\"We will discuss all these issues,\" President Vladimir Putin said. \"No rush,\" said Putin.";
        assert_eq!(who(text), vec![Some("Vladimir Putin".into()), Some("Vladimir Putin".into())]);
    }
}
