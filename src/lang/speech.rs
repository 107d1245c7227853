//! The group of a language's words that quotation attribution reads
//! (`extract::speaker`): cues of speech and the words of speakers.

/// What a role noun makes of a person, so that a later mention of the role
/// (`der Präsident`) finds the person the source gave a role of that class.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RoleClass {
    Leader,
    Spokes,
    Minister,
    Other,
}

/// The words that report speech and name speakers. Everything is lower
/// case unless it says otherwise.
#[derive(Debug)]
pub struct Speech {
    /// Stems of regular speech verbs (`sag`, `erklär`, `warn`): every word
    /// that is a stem followed by one of `endings` is a cue.
    pub stems: &'static [&'static str],
    /// Endings of the finite forms and the participle of a regular verb.
    pub endings: &'static [&'static str],
    /// The prefix of a participle (`ge` in `gesagt`), when the stem has none.
    pub participle_prefix: &'static str,
    /// Stem beginnings that take no participle prefix (`er` in `erklärt`).
    pub unprefixed: &'static [&'static str],
    /// Irregular forms that report speech (`sprach`, `rief`, `said`, `told`).
    pub forms: &'static [&'static str],
    /// Separable verbs as `particle stem` (`fest stell`, `hinzu füg`) for
    /// regular stems, whose finite form needs the particle later in the
    /// clause (`stellte … fest`); the joined forms (`festgestellt`) are cues
    /// on their own.
    pub separable: &'static [&'static str],
    /// Separable verbs with irregular forms, as `particle form` (`bekannt gab`).
    pub separable_forms: &'static [&'static str],
    /// Verbs after which the one before speaks and the one after listens
    /// (`told`, `tells`).
    pub telling: &'static [&'static str],
    /// Verbs of the passive quotation `wird X zitiert`: the form, and the
    /// auxiliaries before the speaker.
    pub quoted: &'static [&'static str],
    pub quoted_auxiliaries: &'static [&'static str],
    /// The word of `„…“, so X`: it cues only right after a quotation or a comma.
    pub so: &'static [&'static str],
    /// Nouns that introduce speech (`Worte`, `Aussage`, `statement`).
    pub nouns: &'static [&'static str],
    /// Written sources that speak when no author is named with them
    /// (`heißt es in dem Antrag`, `der Bericht führt aus`, `the report said`).
    pub documents: &'static [&'static str],
    /// Words right before a quotation that make it a name or a title, not
    /// speech (`Motto`, `Titel`, `genannt`, `called`).
    pub naming: &'static [&'static str],
    /// Words before a quotation in name shape (`in der „Neuen Zeitung“`,
    /// `laut „Tagesschau“`): articles and prepositions of a noun's place.
    pub name_slots: &'static [&'static str],
    /// Prepositions: a name right after one is no subject (`für Anna Weber`).
    pub prepositions: &'static [&'static str],
    /// The reflexive pronoun a speech verb may take before its subject
    /// (`äußerte sich der Minister`).
    pub reflexive: &'static [&'static str],
    /// The word before a quotation that a verb around it calls something
    /// (`wies den Plan als „…“ zurück`).
    pub calling: &'static [&'static str],
    /// Words that join two quotations of one kind (`„…“ und „…“`).
    pub coordinators: &'static [&'static str],
    /// Words before a one-word quotation that make it what a speaker calls
    /// something (`als`, `einen`): only there is one word speech.
    pub predicative: &'static [&'static str],
    /// Verb forms of reported speech (`sei`, `habe`, `werde`): a short
    /// quotation in a sentence with one quotes what someone said.
    pub reported: &'static [&'static str],
    /// Words before a named source (`laut`, `according to`), as written,
    /// several words separated by a space.
    pub source_before: &'static [&'static str],
    /// Words after a named source (`X zufolge`).
    pub source_after: &'static [&'static str],
    /// `nach Angaben von X`: the preposition, the nouns and the linkers.
    pub source_preposition: &'static [&'static str],
    /// Possessive determiners with the subject pronoun they stand for
    /// (`seiner` → `er`): `nach seinen Worten`, `Ihrer Ansicht nach`.
    pub possessives: &'static [(&'static str, &'static str)],
    pub source_nouns: &'static [&'static str],
    /// Words between a noun and who it belongs to (`des`, `von`, `of`).
    pub genitive: &'static [&'static str],
    /// Those of them that open the owner's phrase as its article (`des`,
    /// `vom`, `of`), not a preposition before it (`von`).
    pub genitive_articles: &'static [&'static str],
    /// Subject pronouns that stand for a person.
    pub pronouns: &'static [&'static str],
    /// Demonstratives that stand for the person named last (`sagte
    /// dieser`, `so letztere`), not for the subject before.
    pub demonstratives: &'static [&'static str],
    /// Of those, the ones that never stand for a woman (`er`, `he`) and
    /// for a man (`sie`, also plural; `she`).
    pub masculine_pronouns: &'static [&'static str],
    pub feminine_pronouns: &'static [&'static str],
    /// Endings that make a role noun a woman's (`Ministerin`) where the
    /// noun without them is a role, and role nouns of one sex that no
    /// ending shows (`spokeswoman`, `spokesman`).
    pub feminine_role_endings: &'static [&'static str],
    pub feminine_roles: &'static [&'static str],
    pub masculine_roles: &'static [&'static str],
    /// Impersonal subjects (`heißt es`, `man`): speech, but no speaker.
    pub impersonal: &'static [&'static str],
    /// Of those, the expletive subject of a verb that then does not speak
    /// (`es drohe „…“`, `es gebe`); empty where it also stands for an
    /// organisation (`it said`).
    pub expletives: &'static [&'static str],
    /// Endings of a finite verb's plural (`sagten`, `erklären`), in a
    /// language whose verbs show their number; empty where they do not
    /// (`said`). Only then does a lone word before a singular verb at a
    /// sentence's start speak (`Siemens teilte mit:`).
    pub plural_verb_endings: &'static [&'static str],
    /// Adverbs before a participle used as an adjective (`die nicht näher
    /// bezeichnete „…“`, `die oft zitierte „…“`): such a participle right
    /// before a quotation is no cue.
    pub attributive_adverbs: &'static [&'static str],
    /// Verbs whose subject is impersonal (`heißt es`, `hieß es`): the
    /// source stands after a preposition (`in der Erklärung des Verbands`).
    pub impersonal_verbs: &'static [&'static str],
    /// The prepositions that name that source (`in`, `von`, `aus`).
    pub impersonal_sources: &'static [&'static str],
    /// The prepositions of the agent of a passive (`von`, `by`): `es wurde
    /// von X geäußert`, `was described by X as`.
    pub agent_prepositions: &'static [&'static str],
    /// Articles and possessives a subject may begin with.
    pub subject_articles: &'static [&'static str],
    /// Quantifiers before a plural noun (`einige`, `several`): what follows
    /// is a common noun.
    pub quantifiers: &'static [&'static str],
    /// Finite auxiliaries and modals (`hatte`, `has`): a subject may follow
    /// one before a final speech verb (`hatte Merkel verkündet`).
    pub auxiliaries: &'static [&'static str],
    /// Articles of an object or an addressee (`den`, `dem`).
    pub object_articles: &'static [&'static str],
    /// `und`, `and`: joins joint speakers.
    pub conjunctions: &'static [&'static str],
    /// Words that open a clause before its subject (`wie`, `als`, `while`).
    pub subordinators: &'static [&'static str],
    /// Adverbs that may stand between a subject and its verb (`Die Kanadier
    /// hingegen sagen`, `the mayor also said`).
    pub between_subject_and_verb: &'static [&'static str],
    /// Words that make a phrase a part of the one after them (`Einer der
    /// Feuerwehrmänner sagte`, `one of the officers said`): the group speaks.
    pub partitives: &'static [&'static str],
    /// Relative pronouns that open a clause inside a noun phrase.
    pub relatives: &'static [&'static str],
    /// Capitalized words that are never part of a name (`Im`, `Weiter`, `The`).
    pub not_names: &'static [&'static str],
    /// Titles inside a name, left out of it (`Prof`, `Dr`, `Mr`).
    pub titles: &'static [&'static str],
    /// Weekdays and months: never a speaker.
    pub calendar: &'static [&'static str],
    /// Endings of common nouns, which are not names (`-ung`, `-heit`).
    pub noun_endings: &'static [&'static str],
    /// Endings of adverbs, which open a sentence capitalized but are never
    /// part of a name (`Ironically`, `Unfortunately`).
    pub adverb_endings: &'static [&'static str],
    /// Endings of nouns for people (`Bewohner`, `Moderatorin`), which may
    /// speak without being a known role.
    pub person_endings: &'static [&'static str],
    /// Role nouns and their class; a word ending in one is a role
    /// (`Kremlsprecher`), also with feminine or inflected endings.
    pub roles: &'static [(&'static str, RoleClass)],
    /// Whether a role noun may close a compound (`Kremlsprecher`); when
    /// not, a role is a word of its own (`spokesman`).
    pub compound_roles: bool,
    /// Inflection endings a role noun may carry (`in`, `en`, `s`).
    pub role_endings: &'static [&'static str],
    /// Endings of nouns of organisations and offices (`ministerium`, `police`).
    pub organisations: &'static [&'static str],
    /// Endings of nouns of news media, which report words but do not speak
    /// them (`nachrichtenagentur`, `newspaper`).
    pub media: &'static [&'static str],
    /// Endings of a lower-case adjective of origin before a role noun
    /// (`russische`), longest last.
    pub origin_adjectives: &'static [&'static str],
    /// Endings of a capitalized word of origin before a role noun
    /// (`Russian`, `Chinese`).
    pub origin_names: &'static [&'static str],
    /// Whether a capitalized name with a final `s` before a role noun is its
    /// genitive (`Nordkoreas Außenminister`).
    pub genitive_s: bool,
    /// Whether a main clause puts its subject after the verb when another
    /// phrase opens it (`Am Montag äußerten die Richter „…“`); where not, a
    /// phrase right after a verb of speech and before the quotation is the
    /// subject of the quoted clause (`said the government "lied"`).
    pub verb_second: bool,
    /// Endings of a lower-case adjective inside a speaker's phrase (`der
    /// frühere Minister`, `the former minister`).
    pub adjective_endings: &'static [&'static str],
}
