//! The `grammar/pronoun-antecedent` rule: a third-person pronoun that
//! contradicts the only antecedent the text gives it. MT from languages whose
//! pronouns carry no gender (Chinese `ta`, Turkish `o`, Finnish `hän`,
//! Indonesian `dia`) guesses `he` or `she`; from languages with grammatical
//! gender it calls a feminine noun `she` (`la police`, `die Regierung`). So:
//! `Mrs Lane opened the school. He said ...`, or `The police arrested a
//! suspect. She said ...`.
//!
//! The antecedents are read from the text near the pronoun (the same and the
//! previous sentence, outside quotations): titles (`Mr`, `Mrs`), gendered
//! nouns (`spokeswoman`, `father`), first names whose gender is all but
//! certain (`data/first-names.tsv`), organisations (`ministry`, `police`),
//! and anything else that may be a person (a name of unknown gender, `the
//! teacher`, `someone`), which keeps the rule silent. The rule speaks only
//! when every candidate contradicts the pronoun and nothing of the pronoun's
//! gender occurs in the last few sentences (quotations included), since a
//! person named further back may be meant.
//!
//! A family name alone that is a subject near the pronoun (`Moretti said`)
//! takes the gender its full forms in the last few hundred words gave it:
//! after a title, a first name of known gender (`data/first-names.tsv` and,
//! for names outside the US census, `data/first-names-world.tsv`), a gendered
//! noun, or, for a Chinese name written family name first, the given name's
//! last syllable (`Wang Jianguo`). A name is looked up once per document, and
//! only for a pronoun with no other candidate and no trace of its gender. A
//! report after a quotation that opens its paragraph (`“…,” she said`) may
//! refer to the last sentence of the paragraph before.
//!
//! Three slips of the same kind are read on the words around the pronoun
//! alone: a possessive after `for` in a clause whose subject pronoun and named
//! object are both of the other gender (`he criticised Lula for her record`);
//! `it` for the person who heads an office (`the agency it leads`, from
//! languages with one pronoun for `he`, `she` and `it`); a singular
//! reflexive whose clause has a plural subject (`they consider himself`, `the
//! steps that have established itself`), and a
//! subject pronoun that repeats the name of a quoted speaker after its
//! apposition (`”, Lind, a former minister, he said`): a double subject, whose
//! gender is a guess too.
//!
//! Last, `She` or `He` opening a sentence about a thing (`The new law came
//! into force. She will protect ...`) in a text that names no one of that
//! gender: MT from a language that gives every noun a gender carried the
//! noun's gender over (`thing_called_person`).

use super::words::tags;
use crate::analysis::document::{joined_in, Document};
use crate::finding::{Category, Edit, Finding, Fix, Severity};
use crate::rules::{Example, Rule, RuleMeta};
use crate::text::concat;
use crate::text::hash::FastMap;

mod antecedent;
mod slips;
mod surname;
#[cfg(test)]
mod tests;
mod word_kinds;

use antecedent::*;
use slips::*;
use surname::*;
use word_kinds::*;

/// A pronoun that contradicts the only antecedent the text gives it.
pub struct PronounAntecedent;

static PRONOUN: RuleMeta = RuleMeta {
    id: "grammar/pronoun-antecedent",
    category: Category::Grammar,
    severity: Severity::Warning,
    triggers: crate::Triggers::words(|| {
        vec![
            "he", "him", "his", "himself", "she", "her", "hers", "herself", "itself", "leads",
            "heads", "chairs", "led", "headed", "chaired",
        ]
    }),
    default_enabled: true,
    summary: "a `he` or `she` whose only antecedent is of the other gender or an organisation \
              (`Mrs Lane said he`, `The police ... She announced`), a singular reflexive after a \
              plural subject (`they consider himself`), a pronoun repeating a named subject \
              (`”, Lind, a former minister, he said`), `it` for the person who heads an office \
              (`the agency it leads`), `She` or `He` for a thing in a text that names no one of \
              that gender (`The new law came into force. She will protect ...`)",
    flags: &[
        Example {
            text: "Mrs Okafor opened the new library on Monday. He said it had taken four years.",
            fixed: "Mrs Okafor opened the new library on Monday. She said it had taken four years.",
        },
        Example {
            text: "The spokeswoman declined to comment, but she confirmed that his office had received the letter.",
            fixed: "The spokeswoman declined to comment, but she confirmed that her office had received the letter.",
        },
        Example {
            text: "Robert Tanaka joined the firm in 2015. She now leads its research team.",
            fixed: "Robert Tanaka joined the firm in 2015. He now leads its research team.",
        },
        Example {
            text: "The ministry published the figures on Friday. She said that exports had grown.",
            fixed: "The ministry published the figures on Friday. It said that exports had grown.",
        },
        Example {
            text: "Police searched the house near the lake. She announced that nothing was found.",
            fixed: "Police searched the house near the lake. She announced that nothing was found.",
        },
        Example {
            text: "Police questioned shop owners between Leeds and North Ferriby. She announced on Monday that a man was held.",
            fixed: "Police questioned shop owners between Leeds and North Ferriby. She announced on Monday that a man was held.",
        },
        Example {
            text: "The strike went on. Rejecting the plan, the inter-union \u{201C}sees in it a denial of the vote\u{201D} she wrote in a statement.",
            fixed: "The strike went on. Rejecting the plan, the inter-union \u{201C}sees in it a denial of the vote\u{201D} it wrote in a statement.",
        },
        Example {
            text: "The prize went to Giulia Moretti, who runs a clinic in the hills. Moretti trained in Bologna. He said the award was a surprise.",
            fixed: "The prize went to Giulia Moretti, who runs a clinic in the hills. Moretti trained in Bologna. She said the award was a surprise.",
        },
        Example {
            text: "Wang Jianguo runs a noodle shop in the old town. Wang opened it in 2009. She says the rent has tripled.",
            fixed: "Wang Jianguo runs a noodle shop in the old town. Wang opened it in 2009. He says the rent has tripled.",
        },
        Example {
            text: "Ms Halvorsen took over the customs office in March. She said the department it heads would hire forty officers.",
            fixed: "Ms Halvorsen took over the customs office in March. She said the department she heads would hire forty officers.",
        },
        Example {
            text: "The two men met in Rabat on Monday. He thanked Omar Haddad for her support.",
            fixed: "The two men met in Rabat on Monday. He thanked Omar Haddad for his support.",
        },
        Example {
            text: "The region has taken several measures that have proved itself in other places.",
            fixed: "The region has taken several measures that have proved themselves in other places.",
        },
        Example {
            text: "Most of the villagers left, and they consider himself lucky.",
            fixed: "Most of the villagers left, and they consider themselves lucky.",
        },
        Example {
            text: "The new law came into force on Friday. She will protect her tenants from eviction.",
            fixed: "The new law came into force on Friday. It will protect its tenants from eviction.",
        },
        Example {
            text: "Novak defended the plan on Monday.\n\u{201C}The plan is fair and simple. He protects the poorest families,\u{201D} Novak said.",
            fixed: "Novak defended the plan on Monday.\n\u{201C}The plan is fair and simple. It protects the poorest families,\u{201D} Novak said.",
        },
        Example {
            text: "The treaty was signed last week. His provisions apply from next year.",
            fixed: "The treaty was signed last week. Its provisions apply from next year.",
        },
        Example {
            text: "Governor Helena Marsh vetoed the budget because he wanted more money for schools.",
            fixed: "Governor Helena Marsh vetoed the budget because she wanted more money for schools.",
        },
        Example {
            text: "The veteran actor Paul Ferrand lost her voice during the second act.",
            fixed: "The veteran actor Paul Ferrand lost his voice during the second act.",
        },
        Example {
            text: "Lucia Alvarez de Souza, who chairs the board, presented his report on Monday.",
            fixed: "Lucia Alvarez de Souza, who chairs the board, presented her report on Monday.",
        },
        Example {
            text: "Marta Oliveira, the former senator, said on Monday that his campaign would go on.",
            fixed: "Marta Oliveira, the former senator, said on Monday that her campaign would go on.",
        },
        Example {
            text: "Officials in the port town said a man in her forties was taken to hospital.",
            fixed: "Officials in the port town said a man in his forties was taken to hospital.",
        },
        Example {
            text: "A woman in his early 30s from Keswick Road was arrested.",
            fixed: "A woman in her early 30s from Keswick Road was arrested.",
        },
        Example {
            text: "\u{201C}We will not give up,\u{201D} Navarro, a nurse from the northern district, she said on Monday.",
            fixed: "\u{201C}We will not give up,\u{201D} Navarro, a nurse from the northern district, said on Monday.",
        },
    ],
    passes: &[
        "Mrs Okafor opened the new library on Monday. She said it had taken four years.",
        "Mrs Okafor thanked the architect. He said it had taken four years.",
        "Mrs Okafor opened the library with Mayor Diaz. He said it had taken four years.",
        "Robert Tanaka and his wife moved in 2015. She now teaches at the school.",
        "The ministry published the figures on Friday. It said exports had grown.",
        "The ministry named Anna Weber as director. She starts in May.",
        "His sister called. The company had refused him a visa. He said so.",
        "Mr Brandt said: \"She will decide for herself.\"",
        "Each applicant must sign the form before he or she can vote.",
        "Dr Osei met the minister. She told him the plan was ready.",
        "The prize went to Giulia Moretti and Paolo Moretti. Moretti trained in Bologna. He said the award was a surprise.",
        "Mr and Mrs Moretti opened a bakery. Moretti trained in Bologna. He said it was hard.",
        "The prize went to Giulia Moretti. Rinaldi trained in Bologna. He said the award was a surprise.",
        "Giulia Moretti sold the farm. The Moretti family kept the mill. He said it still runs.",
        "Wang Wei runs a noodle shop in the old town. Wang opened it in 2009. She says the rent has tripled.",
        "She said the party would keep the ministry it heads after the vote.",
        "Their daughter was found on Monday, and her father rang the station. He thanked Omar Haddad for her safe return.",
        "The two met in Rabat. He thanked Maria Lopez for her support.",
        "The company sold the division it headed for a decade, he said.",
        "He said Norway would keep the office it chairs at the council.",
        "The firm is one of the few that has reinvented itself twice.",
        "They said the city itself would pay.",
        "The towns that the river itself had flooded were rebuilt.",
        "Maria Lopez bought the farm in 2010. The house was old. She rebuilt it.",
        "The ship left the harbour at dawn. She carried two hundred passengers.",
        "The dog went missing on Monday. She was found the next day.",
        "The house was quiet. She said nothing.",
        "I went home early. She was waiting at the door.",
        "It rained all day. He stayed inside.",
        "Tavo Rendal opened a caf\u{E9} in 2015.\nThe caf\u{E9} was small at first. He ran it alone.",
        "\u{201C}The plan is fair and simple. She protects the poorest families,\u{201D} said Anna Novak.",
        "The plan was approved in May.\nShe will present it to the board.",
        "Governor Helena Marsh vetoed the budget after the mayor said he wanted more money.",
        "The actor Paul Ferrand met director Ines Roth, and she offered him the part.",
        "A woman in her forties and a man in his fifties were hurt.",
        "She met a man in his thirties at the station.",
        "Marta Oliveira met Paulo Reis, the former senator, who said his campaign would go on.",
        "\u{201C}We will not give up,\u{201D} Navarro, a nurse from the north, said on Monday.",
        "\u{201C}We will not give up,\u{201D} Navarro said, and in the evening, he said, the vote went ahead.",
    ],
};

use crate::analysis::first_names::Gender;
use Gender::{Female, Male};

/// What a word says about who a pronoun may refer to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    /// Nothing.
    None,
    /// A person of this gender (a title, a gendered noun, a first name).
    Person(Gender),
    /// Several people of this gender (`women`, `brothers`), or a pronoun of
    /// this gender: evidence of the gender, not the antecedent sought.
    Trace(Gender),
    /// Someone of unknown gender: a name, `the teacher`, `someone`.
    Someone,
    /// An organisation or body (`the ministry`, `police`).
    Organisation,
}

/// How many sentences before the pronoun's are searched for a person of the
/// pronoun's gender.
const LOOKBACK_SENTENCES: usize = 4;
/// How many words before the pronoun are read at most (long sentences).
const LOOKBACK_WORDS: usize = 160;

/// A quotation mark's offset, and whether it opens a quotation.
type QuoteMark = (usize, bool);

/// What the rule reads of a document: the words' roles and the quotations.
struct Reader<'d, 't> {
    doc: &'d Document<'t>,
    /// The paragraph last asked about, and its quotation marks in order,
    /// each with whether it opens a quotation.
    quotes_of: Option<(std::ops::Range<usize>, Vec<QuoteMark>)>,
    /// The family names met alone near a pronoun, with what the text before
    /// told of their gender (see [`learn_surname`]).
    surnames: std::cell::RefCell<FastMap<&'t str, Option<Option<Gender>>>>,
    /// Whether [`Reader::role`] reads a family name alone by its full forms
    /// before it: only for a pronoun that found no other candidate.
    learning: std::cell::Cell<bool>,
    /// The first word of each gender in the document, male then female (see
    /// [`Reader::first_trace`]).
    first_trace: [std::cell::Cell<Option<usize>>; 2],
}

impl<'d, 't> Reader<'d, 't> {
    /// Whether word `k` starts a sentence.
    fn starts_sentence(&self, k: usize) -> bool {
        let (text, words) = (self.doc.text(), self.doc.words());
        k == 0 || ends_sentence(&text.as_bytes()[words[k - 1].1..words[k].0])
    }

    /// Whether byte `at` lies inside a quotation: after an opening mark on its
    /// line, with no closing mark between.
    fn quoted(&mut self, at: usize) -> bool {
        let doc = self.doc;
        let line = doc.line_at(at);
        if self.quotes_of.as_ref().is_none_or(|(known, _)| *known != line) {
            self.quotes_of = Some((line.clone(), quote_marks(doc, line)));
        }
        let marks = self.quotes_of.as_ref().map_or(&[][..], |(_, m)| m.as_slice());
        let i = marks.partition_point(|&(p, _)| p < at);
        i > 0 && marks[i - 1].1
    }

    /// The role of word `k` in its context; `full` looks up whether it may be
    /// a person of unknown gender (`Role::None` otherwise).
    fn role(&self, k: usize, full: bool) -> Role {
        let word = self.doc.word(k);
        if word.as_bytes()[0].is_ascii_uppercase() {
            return self.capitalised_role(k, full);
        }
        let (text, words) = (self.doc.text(), self.doc.words());
        match common_word_role(word, full) {
            // `singer Anna Weber`: the occupation of the person named next
            Role::Someone if joined_in(text, words, k) && self.opens_full_name(k + 1).is_some() => {
                Role::None
            }
            // `Anna Weber, who`: the name before is the person
            Role::Someone
                if word == "who"
                    && k > 0
                    && &text[words[k - 1].1..words[k].0] == ", "
                    && self.doc.word(k - 1).as_bytes()[0].is_ascii_uppercase() =>
            {
                Role::None
            }
            // `Ana Costa, the former minister,`: the name before is the person
            Role::Someone if self.in_apposition(k) => Role::None,
            role => role,
        }
    }

    /// Whether the lower-case word `k` heads an apposition to the name just
    /// before it: a comma after a capitalised word, then at most two words
    /// of a determiner or an adjective (`Ana Costa, the former minister`,
    /// `Ana Costa, senator`).
    fn in_apposition(&self, k: usize) -> bool {
        let (text, words) = (self.doc.text(), self.doc.words());
        let mut j = k;
        for _ in 0..3 {
            if j == 0 {
                return false;
            }
            if &text[words[j - 1].1..words[j].0] == ", " {
                return self.doc.word(j - 1).as_bytes()[0].is_ascii_uppercase();
            }
            j -= 1;
            let w = self.doc.word(j);
            let modifier = matches!(w, "a" | "an" | "the")
                || (w.as_bytes()[0].is_ascii_lowercase()
                    && tags(w).is_some_and(|t| t.is_adjective()));
            if !modifier || !joined_in(text, words, j) {
                return false;
            }
        }
        false
    }

    /// What the text before tells of the gender of the capitalised word `k`
    /// as a family name (once per name and document).
    fn learnt(&self, k: usize) -> Option<Option<Gender>> {
        let word = self.doc.word(k);
        if may_be_surname(word).is_none() && self.doc.names().surname(word).is_none() {
            return None;
        }
        if let Some(&known) = self.surnames.borrow().get(word) {
            return known;
        }
        let known = learn_surname(self.doc, word, k);
        self.surnames.borrow_mut().insert(word, known);
        known
    }

    /// Whether the capitalised word `k` follows a preposition of place
    /// (`in Lyon`), alone or after `and` (`between Lyon and Nice`).
    fn in_place_position(&self, k: usize) -> bool {
        let before = |j: usize| j > 0 && is_place_preposition(self.doc.word(j - 1));
        if before(k) {
            return true;
        }
        if k < 2 || !matches!(self.doc.word(k - 1), "and" | "or") {
            return false;
        }
        // back over the capitalised words before `and`
        let mut j = k - 2;
        for _ in 0..4 {
            if !self.doc.word(j).as_bytes()[0].is_ascii_uppercase() {
                return false;
            }
            if before(j) {
                return true;
            }
            if j == 0 {
                return false;
            }
            j -= 1;
        }
        false
    }

    /// The gender of the first name at `k` when it opens a full name: a
    /// capitalised word follows it (`Georgia`, `Jordan`, `America` alone are
    /// places too), and not a common one (`Warner Brothers`, `Lincoln Center`
    /// are a body or a place named after someone; a family name is a proper
    /// noun: `Rose Young`).
    fn opens_full_name(&self, k: usize) -> Option<Gender> {
        let (text, words) = (self.doc.text(), self.doc.words());
        // (the byte tests first: most capitalised words end their run)
        if !joined_in(text, words, k) || !self.doc.word(k + 1).as_bytes()[0].is_ascii_uppercase() {
            return None;
        }
        let word = self.doc.word(k);
        let &g = FIRST_NAMES.get(word)?;
        let named_after = tags(self.doc.word(k + 1)).is_some_and(|t| !t.is_proper_noun());
        (!named_after && !is_calendar(word)).then_some(g)
    }

    /// Whether word `k` is a noun for an office or occupation, of no gender,
    /// that may stand before a person's full name (`President`, `Governor`,
    /// `singer`, `administrator`): a common noun, no title of a gender, no
    /// first name.
    fn is_office_word(&self, k: usize) -> bool {
        let word = self.doc.word(k);
        title_gender(word).is_none()
            && !FIRST_NAMES.contains_key(word)
            && tags(word).is_some_and(|t| t.is_noun() && !t.is_proper_noun())
    }

    /// The role of a capitalised word: a title or a first name gives its run
    /// of capitalised words a gender, and its later words take none; a name of
    /// unknown gender may be anyone.
    fn capitalised_role(&self, k: usize, full: bool) -> Role {
        let (text, words) = (self.doc.text(), self.doc.words());
        let word = self.doc.word(k);
        if word.len() > 1 && word.bytes().all(|b| b.is_ascii_uppercase()) {
            return Role::None; // an acronym: `NATO`, `PF`
        }
        let starts_sentence = self.starts_sentence(k);
        let is_capital = |j: usize| self.doc.word(j).as_bytes()[0].is_ascii_uppercase();
        let after_title = k > 0
            && &text[words[k - 1].1..words[k].0] == ". "
            && title_gender(self.doc.word(k - 1)).is_some();
        // (`But` of `But Babis` opens the sentence: no first name)
        let opener = |j: usize| {
            let w = self.doc.word(j);
            self.starts_sentence(j)
                && title_gender(w).is_none()
                && !FIRST_NAMES.contains_key(w)
                && tags(w).is_some_and(|t| !t.is_proper_noun())
        };
        // (`President Anna Weber`: the office before a full name is no part of it)
        let office = |j: usize| self.opens_full_name(k).is_some() && self.is_office_word(j);
        // (`Brandt` of `Mr. Brandt`, though the stop may end a sentence)
        let continues_name = after_title
            || (k > 0
                && !starts_sentence
                && is_capital(k - 1)
                && !opener(k - 1)
                && !office(k - 1)
                && joined_in(text, words, k - 1));
        // `Kirchner` of `Cristina Fernandez de Kirchner`
        let after_particle = k > 1
            && is_name_particle(self.doc.word(k - 1))
            && is_capital(k - 2)
            && joined_in(text, words, k - 2)
            && joined_in(text, words, k - 1);
        if continues_name || after_particle {
            return Role::None; // `Lane` of `Mary Lane`: one person
        }
        if let Some(g) = title_gender(word) {
            return Role::Person(g);
        }
        if is_calendar(word) {
            return Role::None; // `April`, `June`: not the first names
        }
        let before_capital = joined_in(text, words, k) && is_capital(k + 1);
        if before_capital && FIRST_NAMES.contains_key(word) {
            return self.opens_full_name(k).map_or(Role::None, Role::Person);
        }
        // a Chinese name, family name first: `Wang Jianguo`
        if let Some(g) = before_capital.then(|| chinese_name_gender(self.doc, k)).flatten() {
            return Role::Person(g);
        }
        // a family name alone whose gender the document told before
        if self.learning.get() && !before_capital {
            match self.learnt(k) {
                // `the Ferri family`, `the Ferri case`: not the person
                Some(_) if followed_by_noun(self.doc, k) => return Role::Someone,
                Some(Some(g)) => return Role::Person(g),
                Some(None) => return Role::Someone,
                None => {}
            }
        }
        let mut buf = [0u8; 24];
        let Some(lower) = lower(word, &mut buf) else {
            return Role::Someone;
        };
        if !full {
            // `Police searched`, `She said`, `Mom`, `the Ministry of Health`
            return match common_word_role(lower, false) {
                // the family name He
                Role::Trace(_) if !starts_sentence => Role::None,
                role => role,
            };
        }
        let common = |w: &str| tags(w).is_some_and(|t| !t.is_proper_noun());
        // an office before a full name whose first name tells the gender
        // (`Governor Anna Weber`): the name is the person
        if before_capital && self.opens_full_name(k + 1).is_some() && self.is_office_word(k) {
            return Role::None;
        }
        if starts_sentence && common(word) {
            return common_word_role(lower, true); // `Police searched`, `She said`
        }
        if let Some(g) = noun_gender(lower) {
            return Role::Person(g); // `Mom`, `Father`
        }
        if is_organisation(lower) {
            return Role::Organisation; // `the Ministry of Health`
        }
        if pronoun_gender(lower).is_some() {
            return Role::Someone; // the family name He
        }
        if self.in_place_position(k) || self.doc.names().get(word).is_some() || is_country(word)
        {
            return Role::None;
        }
        // a run of common words names a body (`Foreign Affairs`), not a person
        if common(word) && (!before_capital || common(self.doc.word(k + 1))) {
            Role::None
        } else {
            Role::Someone
        }
    }
}

/// Whether `word` is a gendered pronoun in any case (`He` is a family name
/// too, but never a safe one).
fn pronoun_gender_any_case(word: &str) -> bool {
    let mut buf = [0u8; 24];
    lower(word, &mut buf).and_then(pronoun_gender).is_some()
}

/// The quotation marks of a line of the text, in order, and whether each
/// opens a quotation: curly and angle marks say it; a straight `"` opens after a
/// space, a line break or a bracket and closes elsewhere.
fn quote_marks(doc: &Document<'_>, line: std::ops::Range<usize>) -> Vec<QuoteMark> {
    let (text, b) = (doc.text(), doc.text().as_bytes());
    let mut out = Vec::new();
    let marks = doc.marks();
    let from = marks.partition_point(|&i| i < line.start);
    for &i in marks[from..].iter().take_while(|&&i| i < line.end) {
        let opens = match b[i] {
            b'"' => Some(i == 0 || matches!(b[i - 1], b' ' | b'\n' | b'\t' | b'(' | b'[')),
            0xC2 | 0xE2 => match text.get(i..).and_then(|t| t.chars().next()) {
                Some('\u{201C}' | '\u{201E}' | '\u{AB}') => Some(true),
                Some('\u{201D}' | '\u{BB}') => Some(false),
                _ => None,
            },
            _ => None,
        };
        if let Some(opens) = opens {
            out.push((i, opens));
        }
    }
    out
}

/// The same pronoun in the other gender, where the form is certain.
fn other_gender_form(pronoun: &str, next_is_noun: bool) -> Option<&'static str> {
    Some(match pronoun {
        "he" => "she",
        "she" => "he",
        "him" => "her",
        "himself" => "herself",
        "herself" => "himself",
        "hers" => "his",
        "his" if next_is_noun => "her",
        "her" if next_is_noun => "his",
        "her" => "him",
        _ => return None,
    })
}

/// `form` with the first letter capitalised when `like`'s is.
fn with_case_of(form: &str, like: &str) -> String {
    let mut s = form.to_string();
    if like.as_bytes()[0].is_ascii_uppercase() {
        s[..1].make_ascii_uppercase();
    }
    s
}

impl Rule for PronounAntecedent {
    fn meta(&self) -> &'static RuleMeta {
        &PRONOUN
    }

    fn check(&self, doc: &Document<'_>, out: &mut Vec<Finding>) {
        let (text, words) = (doc.text(), doc.words());
        let mut reader = Reader {
            doc,
            quotes_of: None,
            surnames: Default::default(),
            learning: Default::default(),
            first_trace: Default::default(),
        };
        for k in doc.trigger_words(PRONOUN.id) {
            let written = doc.word(k);
            let mut buf = [0u8; 24];
            let Some(pronoun) = lower(written, &mut buf) else {
                continue;
            };
            if let Some(plural) = plural_subject_of_reflexive(doc, k, pronoun) {
                let message = concat(&["`", written, "` after a plural subject: `", plural, "`"]);
                let fix = Fix::unsafe_fix(Edit::new(words[k].0..words[k].1, plural));
                out.push(PRONOUN.finding(words[k].0..words[k].1, message).with_fix(fix));
                continue;
            }
            if let Some(finding) = office_led_by_it(doc, k, pronoun) {
                out.push(finding);
                continue;
            }
            let Some(gender) = pronoun_gender(pronoun) else {
                continue;
            };
            if let Some(name) = subject_before_apposition(doc, k, pronoun) {
                // `he ` out: the name is the reporting verb's subject
                let fix = Fix::unsafe_fix(Edit::new(words[k].0..words[k + 1].0, ""));
                let message = concat(&[
                    "`", written, "` repeats the subject `", name,
                    "` after its apposition: a double subject (and the gender may be wrong)",
                ]);
                out.push(PRONOUN.finding(words[k].0..words[k].1, message).with_fix(fix));
                continue;
            }
            // `he or she`, `his/her`: either gender
            let either = |a: usize, b: usize| {
                b < words.len()
                    && matches!(text[words[a].1..words[b].0].trim(), "/" | "or" | "or/")
                    && lower(doc.word(b), &mut [0u8; 24]).and_then(pronoun_gender).is_some()
            };
            let pair = either(k, k + 1)
                || (k > 0 && either(k - 1, k))
                || (doc.word(k + 1) == "or" && either(k, k + 2))
                || (k > 1 && doc.word(k - 1) == "or" && either(k - 2, k));
            // the capital `He` inside a sentence is a family name
            if pair
                || (written == "He" && !reader.starts_sentence(k) && !after_quote(text, words[k].0))
            {
                continue;
            }
            let next_is_noun = || {
                joined_in(text, words, k)
                    && tags(doc.word(k + 1)).is_some_and(|t| t.is_noun() || t.is_adjective())
            };
            let object = pronoun == "him" || (pronoun == "her" && !next_is_noun());
            if matches!(pronoun, "his" | "her") {
                if let Some(a) = age_of_other_gender(doc, k, gender) {
                    let message = concat(&[
                        "`", written, "` after `", doc.word(a),
                        "`: the age can only be that person's, of the other gender",
                    ]);
                    let form = other_gender_form(pronoun, true).unwrap_or("his");
                    let fix = Fix::unsafe_fix(Edit::new(words[k].0..words[k].1, with_case_of(form, written)));
                    out.push(PRONOUN.finding(words[k].0..words[k].1, message).with_fix(fix));
                    continue;
                }
            }
            let possessive = matches!(pronoun, "his" | "her") && !object;
            if possessive {
                if let Some(a) = subject_and_object_of_other_gender(&mut reader, k, gender) {
                    let message = concat(&[
                        "`", written, "` after `", doc.word(a),
                        "`: the pronoun's gender contradicts both persons of its clause",
                    ]);
                    let form = other_gender_form(pronoun, true).unwrap_or("his");
                    let fix = Fix::unsafe_fix(Edit::new(words[k].0..words[k].1, with_case_of(form, written)));
                    out.push(PRONOUN.finding(words[k].0..words[k].1, message).with_fix(fix));
                    continue;
                }
            }
            let found = antecedent(&mut reader, k, gender, object);
            reader.learning.set(false);
            let Some(found) = found else {
                if let Some(finding) = thing_called_person(&mut reader, k, written, gender) {
                    out.push(finding);
                }
                continue;
            };
            // a quotation changes the speaker
            if reader.quoted(words[k].0) {
                continue;
            }
            let next_is_noun = matches!(pronoun, "his" | "her") && next_is_noun();
            let (a, message, fix) = match found {
                Antecedent::OtherGender(a) => (
                    a,
                    "the pronoun's gender contradicts the only person named before it",
                    other_gender_form(pronoun, next_is_noun),
                ),
                Antecedent::Organisation(a) => {
                    // a subject pronoun that opens a sentence or a report:
                    // `She announced`, `” she wrote`
                    let opens = reader.starts_sentence(k) || after_quote(text, words[k].0);
                    if !opens || (pronoun != "she" && pronoun != "he") {
                        continue;
                    }
                    let police = doc.word(a).eq_ignore_ascii_case("police");
                    // `they` would change the verb too
                    (a, "an organisation is `it` (or `they`), not a person", (!police).then_some("it"))
                }
            };
            let mut finding = PRONOUN.finding(
                words[k].0..words[k].1,
                concat(&["`", written, "` after `", doc.word(a), "`: ", message]),
            );
            if let Some(form) = fix {
                finding = finding.with_fix(Fix::unsafe_fix(Edit::new(
                    words[k].0..words[k].1,
                    with_case_of(form, written),
                )));
            }
            out.push(finding);
        }
    }
}
