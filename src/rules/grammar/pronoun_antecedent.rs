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
use once_cell::sync::Lazy;

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
        "\u{201C}We will not give up,\u{201D} Navarro, a nurse from the north, said on Monday.",
        "\u{201C}We will not give up,\u{201D} Navarro said, and in the evening, he said, the vote went ahead.",
    ],
};

/// The gender a word gives a person.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Gender {
    Male,
    Female,
}

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

/// The gender of a title before a name (`Mrs Lane`).
fn title_gender(word: &str) -> Option<Gender> {
    match word {
        "Mr" | "Mister" | "Sir" | "Lord" | "King" | "Prince" | "Duke" | "Baron" | "Emperor"
        | "Monsieur" => Some(Male),
        "Mrs" | "Ms" | "Miss" | "Madam" | "Madame" | "Mme" | "Dame" | "Lady" | "Queen"
        | "Princess" | "Duchess" | "Baroness" | "Countess" | "Empress" => Some(Female),
        _ => None,
    }
}

/// The gender of a noun for one person (`spokeswoman`, `father`).
fn noun_gender(word: &str) -> Option<Gender> {
    match word {
        "man" | "boy" | "gentleman" | "father" | "dad" | "son" | "brother" | "husband"
        | "boyfriend" | "uncle" | "nephew" | "grandfather" | "grandson" | "stepfather"
        | "widower" | "king" | "prince" | "monk" | "daddy" | "papa" | "grandpa" | "sonny" | "lad" | "spokesman" | "chairman" | "businessman"
        | "congressman" | "councilman" | "policeman" | "sportsman" | "fisherman" => Some(Male),
        "woman" | "girl" | "lady" | "mother" | "mom" | "mum" | "mommy" | "mama" | "grandma" | "granny" | "daughter" | "sister" | "wife"
        | "girlfriend" | "aunt" | "niece" | "grandmother" | "granddaughter" | "stepmother"
        | "widow" | "queen" | "princess" | "nun" | "bride" | "spokeswoman" | "chairwoman"
        | "businesswoman" | "congresswoman" | "councilwoman" | "policewoman"
        | "sportswoman" | "actress" | "waitress" | "hostess" | "heroine" | "mistress" => {
            Some(Female)
        }
        _ => None,
    }
}

/// The gender of a noun for several people (`women`).
fn plural_noun_gender(word: &str) -> Option<Gender> {
    match word {
        "men" | "boys" | "fathers" | "sons" | "brothers" | "husbands" => Some(Male),
        "women" | "girls" | "mothers" | "daughters" | "sisters" | "wives" | "ladies" => {
            Some(Female)
        }
        _ => None,
    }
}

/// The gender of a third-person pronoun in lower case.
fn pronoun_gender(word: &str) -> Option<Gender> {
    match word {
        "he" | "him" | "his" | "himself" => Some(Male),
        "she" | "her" | "hers" | "herself" => Some(Female),
        _ => None,
    }
}

/// A noun for an organisation or public body (singular).
fn is_organisation(word: &str) -> bool {
    matches!(
        word,
        "agency" | "association" | "bureau" | "commission" | "committee" | "company"
            | "corporation" | "council" | "department" | "embassy" | "federation" | "government"
            | "institute" | "ministry" | "organisation" | "organization" | "parliament" | "police"
            | "senate" | "union" | "university"
    )
}

/// Whether a lower-case word may name one person whose gender it does not
/// tell: the list, a singular noun for a person by its suffix (`scientist`,
/// `politician`, `engineer`), or a singular noun made from a verb as the one
/// who does it (`teacher`, `manager`, `director`, `resident`, `assistant`).
/// Over-inclusive on purpose: a person the rule cannot rule out keeps it
/// silent.
fn may_be_person(word: &str) -> bool {
    let listed = matches!(
        word,
        "agent" | "anybody" | "anyone" | "architect" | "artist" | "athlete" | "author" | "baby"
            | "candidate" | "captain" | "chief" | "child" | "citizen" | "client" | "colleague"
            | "commander" | "correspondent" | "critic" | "customer" | "delegate" | "deputy"
            | "detainee" | "diplomat" | "doctor" | "employee" | "envoy" | "everybody"
            | "everyone" | "expert" | "friend" | "general" | "guard" | "guest" | "head"
            | "hero" | "host" | "individual" | "journalist" | "judge" | "kid" | "lawmaker"
            | "lawyer" | "mayor" | "member" | "migrant" | "minister" | "nobody" | "nominee"
            | "nurse" | "officer" | "official" | "parent" | "partner" | "passenger" | "patient"
            | "person" | "pilot" | "poet" | "premier" | "president"
            | "priest" | "prisoner" | "professor" | "refugee" | "relative" | "representative"
            | "secretary" | "senator" | "sheriff" | "soldier" | "somebody" | "someone"
            | "spokesperson" | "spouse" | "staff" | "student" | "surgeon" | "suspect"
            | "tourist" | "victim" | "who" | "whoever" | "whom" | "whose" | "witness" | "youth"
    );
    if listed {
        return true;
    }
    let singular_noun = || tags(word).is_some_and(|t| t.is_singular_noun() && !t.is_mass_noun());
    if word.len() >= 6 && ["ist", "ian", "eer"].iter().any(|s| word.ends_with(s)) {
        return singular_noun();
    }
    // the one who does it: `teach-er`, `manage-r`, `direct-or`, `reside-nt`, `assist-ant`
    let is_verb = |base: &str| base.len() >= 3 && tags(base).is_some_and(|t| t.is_verb_base());
    let from_verb = [("er", ""), ("er", "e"), ("or", ""), ("or", "e"), ("ent", ""), ("ent", "e"), ("ant", ""), ("ant", "e")]
        .iter()
        .any(|&(suffix, tail)| {
            word.strip_suffix(suffix).is_some_and(|stem| {
                let mut buf = [0u8; 24];
                let base = (stem.len() + tail.len() <= 24).then(|| {
                    buf[..stem.len()].copy_from_slice(stem.as_bytes());
                    buf[stem.len()..stem.len() + tail.len()].copy_from_slice(tail.as_bytes());
                    &buf[..stem.len() + tail.len()]
                });
                base.and_then(|b| std::str::from_utf8(b).ok()).is_some_and(is_verb)
            })
        });
    from_verb && singular_noun()
}

/// A name of the calendar, never a person.
fn is_calendar(word: &str) -> bool {
    matches!(
        word,
        "Monday" | "Tuesday" | "Wednesday" | "Thursday" | "Friday" | "Saturday" | "Sunday"
            | "January" | "February" | "March" | "April" | "May" | "June" | "July" | "August"
            | "September" | "October" | "November" | "December"
    )
}

/// A country or a continent, in one word: a place, never a person (`Jordan`,
/// `Georgia` too, though first names).
fn is_country(word: &str) -> bool {
    matches!(
        word,
        "Afghanistan" | "Albania" | "Algeria" | "Andorra" | "Angola" | "Argentina" |
            "Armenia" | "Australia" | "Austria" | "Azerbaijan" | "Bahamas" | "Bahrain" |
            "Bangladesh" | "Barbados" | "Belarus" | "Belgium" | "Belize" | "Benin" | "Bhutan" |
            "Bolivia" | "Bosnia" | "Botswana" | "Brazil" | "Brunei" | "Bulgaria" | "Burundi" |
            "Cambodia" | "Cameroon" | "Canada" | "Chad" | "Chile" | "China" | "Colombia" |
            "Comoros" | "Congo" | "Croatia" | "Cuba" | "Cyprus" | "Czechia" | "Denmark" |
            "Djibouti" | "Dominica" | "Ecuador" | "Egypt" | "Eritrea" | "Estonia" |
            "Eswatini" | "Ethiopia" | "Fiji" | "Finland" | "France" | "Gabon" | "Gambia" |
            "Georgia" | "Germany" | "Ghana" | "Greece" | "Grenada" | "Guatemala" | "Guinea" |
            "Guyana" | "Haiti" | "Honduras" | "Hungary" | "Iceland" | "India" | "Indonesia" |
            "Iran" | "Iraq" | "Ireland" | "Israel" | "Italy" | "Jamaica" | "Japan" | "Jordan" |
            "Kazakhstan" | "Kenya" | "Kiribati" | "Korea" | "Kosovo" | "Kuwait" |
            "Kyrgyzstan" | "Laos" | "Latvia" | "Lebanon" | "Lesotho" | "Liberia" | "Libya" |
            "Liechtenstein" | "Lithuania" | "Luxembourg" | "Madagascar" | "Malawi" |
            "Malaysia" | "Maldives" | "Mali" | "Malta" | "Mauritania" | "Mauritius" |
            "Mexico" | "Micronesia" | "Moldova" | "Monaco" | "Mongolia" | "Montenegro" |
            "Morocco" | "Mozambique" | "Myanmar" | "Namibia" | "Nauru" | "Nepal" |
            "Netherlands" | "Nicaragua" | "Niger" | "Nigeria" | "Norway" | "Oman" |
            "Pakistan" | "Palau" | "Palestine" | "Panama" | "Paraguay" | "Peru" |
            "Philippines" | "Poland" | "Portugal" | "Qatar" | "Romania" | "Russia" | "Rwanda" |
            "Samoa" | "Senegal" | "Serbia" | "Seychelles" | "Singapore" | "Slovakia" |
            "Slovenia" | "Somalia" | "Spain" | "Sudan" | "Suriname" | "Sweden" |
            "Switzerland" | "Syria" | "Taiwan" | "Tajikistan" | "Tanzania" | "Thailand" |
            "Togo" | "Tonga" | "Tunisia" | "Turkey" | "Turkmenistan" | "Tuvalu" | "Uganda" |
            "Ukraine" | "Uruguay" | "Uzbekistan" | "Vanuatu" | "Venezuela" | "Vietnam" |
            "Yemen" | "Zambia" | "Zimbabwe" | "Africa" | "Asia" | "Europe" | "Oceania" |
            "Antarctica" | "Britain" | "Scotland" | "Wales" | "England" | "Crimea" | "Gaza" |
            "Kashmir" | "Tibet" | "Xinjiang" | "Kurdistan" | "Catalonia"
    )
}

/// Words before a capitalised name that make it a place, not a person.
fn is_place_preposition(word: &str) -> bool {
    matches!(
        word,
        "across" | "between" | "from" | "in" | "inside" | "into" | "near" | "outside"
            | "throughout" | "towards"
    )
}

/// The first names of `data/first-names.tsv` and `data/first-names-world.tsv`,
/// with their gender.
static FIRST_NAMES: Lazy<FastMap<&'static str, Gender>> = Lazy::new(|| {
    include_str!("../../../data/first-names.tsv")
        .lines()
        .chain(include_str!("../../../data/first-names-world.tsv").lines())
        .filter(|line| !line.starts_with('#'))
        .filter_map(|line| {
            let (name, gender) = line.split_once('\t')?;
            let gender = match gender {
                "m" => Male,
                "f" => Female,
                _ => return None,
            };
            Some((name, gender))
        })
        .collect()
});

/// The gender of a Chinese given name in pinyin (`Jianguo`, `Xiuying`,
/// `Li-na`) by its last syllable, where that syllable is all but always given
/// to one gender (`qiang`, `gang`, `jian`; `mei`, `juan`, `ting`); the
/// syllables before it must read as pinyin. Many syllables (`wei`, `li`,
/// `hua`, `yan`) go to both and tell nothing.
fn pinyin_given_name_gender(word: &str) -> Option<Gender> {
    const MALE: &[&str] = &[
        "qiang", "gang", "jian", "hao", "peng", "long", "bo", "tao", "yong", "dong", "biao",
        "bin", "kai", "chao", "xiong", "liang", "guo", "zhong", "hu", "wu",
    ];
    const FEMALE: &[&str] = &[
        "mei", "juan", "na", "ting", "xiu", "lan", "xia", "qian", "xue", "fen", "wan", "jiao",
        "ying", "fang",
    ];
    let mut buf = [0u8; 24];
    let name = lower(word, &mut buf)?;
    let ends = |syllable: &&str| {
        name.strip_suffix(*syllable).is_some_and(|head| {
            let head = head.trim_end_matches('-');
            head.is_empty() || crate::analysis::names::is_pinyin(head)
        })
    };
    if MALE.iter().any(ends) {
        Some(Male)
    } else if FEMALE.iter().any(ends) {
        Some(Female)
    } else {
        None
    }
}

/// `word` in lower case, in `buf` (`None` for a word too long or not ASCII).
fn lower<'b>(word: &str, buf: &'b mut [u8; 24]) -> Option<&'b str> {
    let out = buf.get_mut(..word.len())?;
    out.copy_from_slice(word.as_bytes());
    out.make_ascii_lowercase();
    std::str::from_utf8(out).ok()
}

/// The role of a word in lower case (or of a common word that starts a
/// sentence); `full` looks up whether it may be a person of unknown gender
/// (`Role::None` otherwise).
fn common_word_role(word: &str, full: bool) -> Role {
    if let Some(g) = pronoun_gender(word).or_else(|| plural_noun_gender(word)) {
        return Role::Trace(g);
    }
    if let Some(g) = noun_gender(word) {
        return Role::Person(g);
    }
    if is_organisation(word) {
        return Role::Organisation;
    }
    if full && may_be_person(word) {
        return Role::Someone;
    }
    Role::None
}

/// Whether the text between two words ends a sentence or a paragraph: `.`,
/// `!` or `?` followed by a space or a closing mark (`49.3` and `U.S.A` are
/// not), or a line break.
fn ends_sentence(b: &[u8]) -> bool {
    b.iter().enumerate().any(|(i, &c)| {
        c == b'\n'
            || matches!(c, b'.' | b'!' | b'?')
                && b.get(i + 1).is_some_and(|&n| {
                    n.is_ascii_whitespace() || n == b'"' || n == b')' || n >= 0x80
                })
    })
}

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
            self.capitalised_role(k, full)
        } else {
            common_word_role(word, full)
        }
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
        let continues_name = k > 0
            && !starts_sentence
            && is_capital(k - 1)
            && !opener(k - 1)
            && (joined_in(text, words, k - 1) || after_title);
        if continues_name {
            return Role::None; // `Lane` of `Mary Lane`: one person
        }
        if let Some(g) = title_gender(word) {
            return Role::Person(g);
        }
        if is_calendar(word) {
            return Role::None; // `April`, `June`: not the first names
        }
        let before_capital = joined_in(text, words, k) && is_capital(k + 1);
        // a first name tells the gender at the start of a full name only
        // (`Georgia`, `Jordan`, `America` alone are places too); `Warner
        // Brothers`, `Lincoln Center` are a body or a place named after
        // someone (a family name is a proper noun: `Rose Young`)
        if let Some(&g) = before_capital.then(|| FIRST_NAMES.get(word)).flatten() {
            let named_after = tags(self.doc.word(k + 1)).is_some_and(|t| !t.is_proper_noun());
            return if named_after { Role::None } else { Role::Person(g) };
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

/// The gender of the Chinese name whose family name is word `k` and whose
/// given name follows it alone (`Zhao Jianguo`, not `Li Na Smith`), read on the
/// given name's last syllable.
fn chinese_name_gender(doc: &Document<'_>, k: usize) -> Option<Gender> {
    use crate::analysis::names::Origin;
    if doc.names().surname(doc.word(k)) != Some(Origin::Chinese) {
        return None;
    }
    let (text, words) = (doc.text(), doc.words());
    let given = doc.word(k + 1);
    let alone = !joined_in(text, words, k + 1)
        || !doc.word(k + 2).as_bytes().first().is_some_and(u8::is_ascii_uppercase);
    // `Li-na`: the hyphen splits the given name into two words
    let hyphen = text.as_bytes().get(words.get(k + 1)?.1) == Some(&b'-');
    (alone && !hyphen).then(|| pinyin_given_name_gender(given)).flatten()
}

/// Whether word `k` is followed by a lower-case noun that is no verb (`the
/// Ferri family`, `the Ferri case`): the name qualifies a thing.
fn followed_by_noun(doc: &Document<'_>, k: usize) -> bool {
    let next = doc.word(k + 1);
    joined_in(doc.text(), doc.words(), k)
        && next.as_bytes().first().is_some_and(u8::is_ascii_lowercase)
        && tags(next).is_some_and(|t| t.is_noun() && !t.is_verb())
}

/// Lower-case words that join the parts of a full name (`Lula da Silva`,
/// `Ursula von der Leyen`, `Mohammed bin Salman`).
fn is_name_particle(word: &str) -> bool {
    matches!(
        word,
        "da" | "das" | "de" | "del" | "della" | "der" | "di" | "do" | "dos" | "van" | "von"
            | "bin" | "ibn" | "al" | "el"
    )
}

/// How many words before a pronoun are searched for the full name of a
/// family name met alone near it.
const NAME_LOOKBACK_WORDS: usize = 300;

/// What the text before word `k` tells of the gender of the family name
/// `name`: `Some(Some(g))` when each of its full forms gives `g` (after a
/// title, `Mrs Ferri`, `Mr. Jorge Ferri`; after a first name of known gender,
/// `Anna Ferri`, `Luiz Inacio Lula da Silva`; after a gendered noun,
/// `spokeswoman Tove Lindqvist`; a Chinese name, `Zhao Jianguo`), `Some(None)`
/// when they give both (`Mr and Mrs Ferri`), `None` when none tells.
fn learn_surname(doc: &Document<'_>, name: &str, k: usize) -> Option<Option<Gender>> {
    let mut known: Option<Option<Gender>> = None;
    let (text, words) = (doc.text(), doc.words());
    for j in (k.saturating_sub(NAME_LOOKBACK_WORDS)..k).rev() {
        let (s, e) = words[j];
        if e - s != name.len() || &text[s..e] != name {
            continue;
        }
        let told = gender_before_name(doc, j).or_else(|| chinese_name_gender(doc, j).map(Some));
        if let Some(g) = told {
            known = Some(match known {
                Some(h) if h != g => None,
                _ => g,
            });
        }
    }
    known
}

/// The gender the words before the family name at `j` give it: back over the
/// rest of the full name (capitalised words, `da`, `von`) to a title, a first
/// name of known gender or a gendered noun; `Some(None)` after `Mr and Mrs`.
fn gender_before_name(doc: &Document<'_>, j: usize) -> Option<Option<Gender>> {
    let (text, words) = (doc.text(), doc.words());
    let mut i = j;
    for _ in 0..4 {
        let p = i.checked_sub(1)?;
        let gap = &text[words[p].1..words[i].0];
        let w = doc.word(p);
        if let Some(g) = title_gender(w).filter(|_| gap == " " || gap == ". ") {
            let couple = p >= 2
                && doc.word(p - 1) == "and"
                && title_gender(doc.word(p - 2)).is_some_and(|h| h != g);
            return Some(if couple { None } else { Some(g) });
        }
        if gap != " " {
            return None;
        }
        if w.as_bytes()[0].is_ascii_uppercase() {
            if let Some(&g) = FIRST_NAMES.get(w) {
                return Some(Some(g));
            }
        } else if let Some(g) = noun_gender(w) {
            return Some(Some(g));
        } else if !is_name_particle(w) {
            return None;
        }
        i = p;
    }
    None
}

/// `word` when it may be a family name: no acronym, title, month or common
/// English word (`Rose Young` tells nothing of `Young`).
fn may_be_surname(word: &str) -> Option<&str> {
    let acronym = word.bytes().all(|x| x.is_ascii_uppercase());
    // the dictionary knows many family names (`Wang`, `Young`): the word
    // in lower case is the common one
    let common = || {
        let mut buf = [0u8; 24];
        lower(word, &mut buf).is_none_or(|w| tags(w).is_some())
    };
    let other = title_gender(word).is_some() || is_calendar(word) || pronoun_gender_any_case(word);
    (word.len() > 1 && !acronym && !other && !common()).then_some(word)
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

/// What a pronoun may refer to, read back from it.
enum Antecedent {
    /// Persons of the other gender only (the nearest one).
    OtherGender(usize),
    /// An organisation, and no person (the nearest one).
    Organisation(usize),
}

/// Reads back from the pronoun at `k`: the candidates in its sentence and the
/// sentence before, in its paragraph (or, for a pronoun in the paragraph's
/// first sentence, the last sentence of the paragraph before: `… Zhao said.¶
/// “…,” she said.`) and outside quotations, and any trace of its gender in
/// the last [`LOOKBACK_SENTENCES`] sentences (quotations and earlier
/// paragraphs too). `None` as soon as a person of the pronoun's
/// gender or of unknown gender turns up. An object pronoun (`him`) never
/// refers to a person before it in its own clause, so a person in its
/// sentence keeps the rule silent.
fn antecedent(reader: &mut Reader<'_, '_>, k: usize, gender: Gender, object: bool) -> Option<Antecedent> {
    let doc = reader.doc;
    let words = doc.words();
    let first = k.saturating_sub(LOOKBACK_WORDS);

    // a report after a quotation that opens its paragraph, the paragraph
    // before ending a sentence (no headline, no list item)
    let text = doc.text();
    let reported = after_quote(text, words[k].0) && {
        let sentence = (first..=k).rev().find(|&j| reader.starts_sentence(j)).unwrap_or(0);
        sentence > 0 && {
        let gap = &text[words[sentence - 1].1..words[sentence].0];
        let (line_end, _) = gap.split_once('\n').unwrap_or((gap, ""));
        let ends = line_end.trim_end().trim_end_matches(['"', '\u{201D}', ')']).ends_with(['.', '!', '?']);
        gap.contains('\n') && ends
        }
    };
    let paragraph = if reported { 0 } else { doc.line_at(words[k].0).start };
    // first the words' gender and the bodies, which cost little: most
    // pronouns find a trace of their gender, or no candidate, here; a name
    // alone near the pronoun asks for the family names the document told
    match traces(reader, k, gender, first, paragraph) {
        Traces::Candidate => {}
        Traces::Names(names) => {
            // a family name alone whose full forms before give it the other
            // gender: read again, family names read by their full forms
            reader.learning.set(true);
            let other = names
                .iter()
                .flatten()
                .any(|&j| matches!(reader.learnt(j), Some(Some(g)) if g != gender));
            if !other || traces(reader, k, gender, first, paragraph) != Traces::Candidate {
                return None;
            }
        }
        _ => return None,
    }
    // then the candidates near the pronoun, anyone of unknown gender among them
    let (mut other_gender, mut organisation) = (None, None);
    let mut sentences = usize::from(reader.starts_sentence(k));
    for j in (first..k).rev() {
        if sentences >= 2 || words[j].0 < paragraph {
            break;
        }
        let role = reader.role(j, true);
        // `the man she met`, `the woman that he loves`: the pronoun opens a
        // clause about the person before it, someone else
        let clause_noun = j + 1 == k || (j + 2 == k && doc.word(j + 1) == "that");
        if clause_noun && matches!(role, Role::Person(_)) && joined_in(doc.text(), words, j) {
            return None;
        }
        let is_candidate = matches!(role, Role::Person(_) | Role::Someone | Role::Organisation);
        if is_candidate && !reader.quoted(words[j].0) {
            match role {
                _ if object && sentences == 0 => return None,
                Role::Person(_) => {
                    other_gender.get_or_insert(j);
                }
                Role::Organisation if is_subject(doc, j) => {
                    organisation.get_or_insert(j);
                }
                Role::Someone => return None,
                _ => {}
            }
        }
        sentences += usize::from(reader.starts_sentence(j));
    }
    other_gender
        .map(Antecedent::OtherGender)
        .or(organisation.map(Antecedent::Organisation))
}

/// What the words before a pronoun say of its gender (see [`traces`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Traces {
    /// A person or trace of the pronoun's gender, or nothing to go on.
    Silent,
    /// A person of the other gender or an organisation near the pronoun, and
    /// no trace of its gender.
    Candidate,
    /// No candidate, but capitalised words near the pronoun (the nearest
    /// few), each the subject of a verb (`Moretti said`), that may be family
    /// names the text told the gender of before.
    Names([Option<usize>; 3]),
}

/// Reads back from the pronoun at `k` over the last [`LOOKBACK_SENTENCES`]
/// sentences (quotations and earlier paragraphs too) for a trace of its
/// gender, and over its sentence and the one before for a candidate.
fn traces(reader: &Reader<'_, '_>, k: usize, gender: Gender, first: usize, paragraph: usize) -> Traces {
    let doc = reader.doc;
    let words = doc.words();
    let (mut candidate_seen, mut names) = (false, [None; 3]);
    let mut found = 0;
    let learnt = reader.learning.get();
    // sentence starts between word `j` and the pronoun, `j` read after
    let mut sentences = usize::from(reader.starts_sentence(k));
    for j in (first..k).rev() {
        let near = sentences < 2 && words[j].0 >= paragraph;
        if !near && !candidate_seen {
            return if found > 0 { Traces::Names(names) } else { Traces::Silent };
        }
        match reader.role(j, false) {
            Role::Person(g) | Role::Trace(g) if g == gender => return Traces::Silent,
            Role::Person(_) | Role::Organisation if near => candidate_seen = true,
            Role::None
                if near
                    && !learnt
                    && found < names.len()
                    && doc.word(j).as_bytes()[0].is_ascii_uppercase()
                    && is_subject(doc, j)
                    && (may_be_surname(doc.word(j)).is_some()
                        || doc.names().surname(doc.word(j)).is_some()) =>
            {
                names[found] = Some(j);
                found += 1;
            }
            _ => {}
        }
        sentences += usize::from(reader.starts_sentence(j));
        if sentences > LOOKBACK_SENTENCES {
            break;
        }
    }
    if candidate_seen {
        Traces::Candidate
    } else {
        if found > 0 { Traces::Names(names) } else { Traces::Silent }
    }
}

/// The object (its first word) of `he praised Lula for her record`: the
/// possessive at `k` follows `for` after a clause whose subject pronoun and
/// named object (or `him`, `her`) are both of the other gender, so it can
/// only mean one of them. Silent when its own gender occurs in the sentence
/// or the one before, or inside a quotation.
fn subject_and_object_of_other_gender(reader: &mut Reader<'_, '_>, k: usize, gender: Gender) -> Option<usize> {
    let doc = reader.doc;
    let (text, words) = (doc.text(), doc.words());
    let joined = |j: usize| joined_in(text, words, j);
    if k < 4 || doc.word(k - 1) != "for" || !joined(k - 1) || !joined(k - 2) {
        return None;
    }
    let capital = |j: usize| doc.word(j).as_bytes()[0].is_ascii_uppercase();
    // the object: `him`, `her`, or one to three capitalised words
    let mut object = k - 2;
    let pronoun_object = match doc.word(object) {
        "him" => Some(Male),
        "her" => Some(Female),
        _ => None,
    };
    if pronoun_object.is_none() {
        if !capital(object) {
            return None;
        }
        while object > 0 && object + 3 > k - 1 && capital(object - 1) && joined(object - 1) {
            object -= 1;
        }
    }
    let verb = object.checked_sub(1).filter(|&v| joined(v))?;
    let subject = verb.checked_sub(1).filter(|&s| joined(s))?;
    let is_verb = tags(doc.word(verb)).is_some_and(|t| t.is_past() || t.is_verb_3sg());
    let mut buf = [0u8; 24];
    let subject_gender = lower(doc.word(subject), &mut buf).and_then(pronoun_gender);
    if !is_verb || subject_gender.is_none_or(|g| g == gender) || !matches!(doc.word(subject), "he" | "He" | "she" | "She") {
        return None;
    }
    let object_gender = match pronoun_object {
        Some(g) => g,
        None => {
            reader.learning.set(true);
            let role = reader.role(object, true);
            reader.learning.set(false);
            match role {
                Role::Person(g) => g,
                _ => return None,
            }
        }
    };
    if Some(object_gender) != subject_gender || reader.quoted(words[k].0) {
        return None;
    }
    // the pronoun's gender in its sentence or the one before
    let mut sentences = 0;
    for j in (k.saturating_sub(LOOKBACK_WORDS)..object).rev() {
        sentences += usize::from(reader.starts_sentence(j + 1));
        if sentences >= 2 {
            break;
        }
        if matches!(reader.role(j, false), Role::Person(g) | Role::Trace(g) if g == gender) {
            return None;
        }
    }
    Some(object)
}

/// Whether the noun at `j` is followed by its verb (`the ministry said`,
/// `Police investigate`, `the union “rejects …”`): a subject, not the object
/// of `working for a company`.
fn is_subject(doc: &Document<'_>, j: usize) -> bool {
    let (text, words) = (doc.text(), doc.words());
    let Some(&(next_start, _)) = words.get(j + 1) else {
        return false;
    };
    let gap = &text[words[j].1..next_start];
    if gap.starts_with(" \u{201C}") || gap.starts_with(" \"") {
        return true; // the union “rejects …”: its words follow
    }
    gap == " "
        && tags(doc.word(j + 1))
            .is_some_and(|t| t.is_auxiliary() || t.is_past() || t.is_verb_3sg() || t.is_verb() && !t.is_noun())
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

/// `it` before the verb at `k` (`leads`, `heads`, `chairs`) when its object
/// is an office of the state or a firm (`the agency it leads`, `the ministry
/// that it heads`): people head offices, so MT from a language with one
/// pronoun for `he`, `she` and `it` (Indonesian `dia`, `-nya`) chose the
/// wrong one. Flagged when a `he` or `she` in the sentence or the two before
/// says a person is spoken of (and gives the fix), and no body that may lead
/// an office (`the party`, `the government`) stands in the sentence.
fn office_led_by_it(doc: &Document<'_>, k: usize, verb: &str) -> Option<Finding> {
    if !matches!(verb, "leads" | "heads" | "chairs" | "led" | "headed" | "chaired") || k < 2 {
        return None;
    }
    let (text, words) = (doc.text(), doc.words());
    let joined = |j: usize| joined_in(text, words, j);
    let it = k - 1;
    if doc.word(it) != "it" || !joined(it) || doc.word(k) != verb {
        return None;
    }
    // `the office it led to`: caused
    if joined(k) && matches!(doc.word(k + 1), "to" | "into" | "up" | "off") {
        return None;
    }
    let mut office = it.checked_sub(1).filter(|&j| joined(j))?;
    if matches!(doc.word(office), "that" | "which") {
        office = office.checked_sub(1).filter(|&j| joined(j))?;
    }
    let mut buf = [0u8; 24];
    let noun = lower(doc.word(office), &mut buf)?;
    let is_office = matches!(
        noun,
        "agency" | "bureau" | "department" | "directorate" | "division" | "ministry" | "office"
            | "secretariat"
    );
    if !is_office {
        return None;
    }
    // back to the sentence's start, then over two more sentences for a `he` or `she`
    let reader = Reader {
        doc,
        quotes_of: None,
        surnames: Default::default(),
        learning: Default::default(),
            first_trace: Default::default(),
    };
    let mut gender = None;
    let mut sentences = 0;
    for j in (k.saturating_sub(LOOKBACK_WORDS)..office).rev() {
        let mut buf = [0u8; 24];
        let w = lower(doc.word(j), &mut buf).unwrap_or("");
        // `the party ... the ministry it heads`, `France kept the office it heads`
        let body = || {
            let name = doc.word(j);
            is_country(name) || doc.names().get(name).is_some()
        };
        if sentences == 0 && (is_leading_body(w) || is_organisation(w) && j + 1 < office || body()) {
            return None;
        }
        if gender.is_none() && matches!(w, "he" | "his" | "him" | "she" | "her") {
            gender = pronoun_gender(w);
        }
        sentences += usize::from(reader.starts_sentence(j));
        if sentences > 2 {
            break;
        }
    }
    let pronoun = match gender? {
        Male => "he",
        Female => "she",
    };
    let message = concat(&[
        "`it ", verb, "` of the ", noun, ": a person heads it (`", pronoun, " ", verb, "`)",
    ]);
    let fix = Fix::unsafe_fix(Edit::new(words[it].0..words[it].1, pronoun));
    Some(PRONOUN.finding(words[it].0..words[k].1, message).with_fix(fix))
}

/// A body that may itself lead an office or a ministry (`the party`, a
/// coalition partner, a government, a firm).
fn is_leading_body(word: &str) -> bool {
    matches!(
        word,
        "party" | "coalition" | "alliance" | "government" | "country" | "state" | "firm"
            | "group" | "bank" | "movement" | "bloc" | "administration"
    )
}

/// Whether byte `at` follows a closing quotation mark and a comma or space
/// (`…," He said` in text that capitalises after quotes).
fn after_quote(text: &str, at: usize) -> bool {
    text[..at]
        .trim_end()
        .trim_end_matches(',')
        .ends_with(['"', '\u{201D}', '\u{BB}'])
}



/// The plural reflexive for the singular one at `k` (`itself`, `himself`,
/// `herself`) when its clause's subject is plural: `they consider himself`,
/// `the steps that have established itself` (`themselves`, `ourselves`). The
/// words from the subject to the reflexive must follow each other: the
/// subject, `have`/`are`/`were` and an adverb in `-ly` at will, the verb.
fn plural_subject_of_reflexive(doc: &Document<'_>, k: usize, pronoun: &str) -> Option<&'static str> {
    if !matches!(pronoun, "itself" | "himself" | "herself") || k < 2 {
        return None;
    }
    let (text, words) = (doc.text(), doc.words());
    let joined = |j: usize| joined_in(text, words, j);
    let lower_tags = |j: usize| {
        let w = doc.word(j);
        w.as_bytes()[0].is_ascii_lowercase().then(|| tags(w)).flatten()
    };
    // the verb: a lexical verb, not `be` or `have` (`they are itself`)
    let verb = lower_tags(k - 1).filter(|t| t.is_verb() && !t.is_auxiliary())?;
    if !joined(k - 1) {
        return None;
    }
    let mut j = k - 1; // the first word of the verb group
    if j > 0 && joined(j - 1) && doc.word(j - 1).ends_with("ly") && lower_tags(j - 1).is_some_and(|t| t.is_adverb()) {
        j -= 1;
    }
    let auxiliary = j > 0 && joined(j - 1) && matches!(doc.word(j - 1), "have" | "are" | "were");
    if auxiliary {
        j -= 1;
        if !(verb.is_participle() || verb.is_ing()) {
            return None;
        }
    } else if verb.is_verb_3sg() || !(verb.is_verb_base() || verb.is_past()) {
        return None; // `they considers`, a noun
    }
    let s = j.checked_sub(1).filter(|&s| joined(s))?;
    let mut buf = [0u8; 24];
    match lower(doc.word(s), &mut buf)? {
        "they" => Some("themselves"),
        "we" => Some("ourselves"),
        // `the steps that have established`: the relative's noun is plural;
        // `one of the firms that reinvented itself` means the one, so a
        // past without `have` is left alone
        "that" | "which" | "who" if auxiliary || !verb.is_past() => {
            let noun = s.checked_sub(1).filter(|&n| joined(n))?;
            lower_tags(noun)
                .is_some_and(|t| t.is_plural_noun() && !t.is_singular_noun() && !t.is_mass_noun())
                .then_some("themselves")
        }
        _ => None,
    }
}

/// A verb that reports speech, after its subject (`he said`).
fn is_reporting_verb(word: &str) -> bool {
    matches!(
        word,
        "said" | "says" | "added" | "adds" | "explained" | "explains" | "told" | "stressed"
            | "noted" | "declared" | "stated" | "insisted" | "argued" | "concluded" | "warned"
            | "recalled" | "wrote" | "emphasized" | "emphasised" | "assured" | "insists"
            | "stresses" | "notes" | "declares" | "argues" | "warns" | "writes"
    )
}

/// Whether `c` ends a quotation (`”`, `"`, `»`).
fn is_closing_quote(c: char) -> bool {
    matches!(c, '\u{201D}' | '"' | '\u{BB}')
}

/// The name before the subject pronoun at `k` when the report repeats it
/// after an apposition: `”, Navarro, a nurse from the north, she said`. The
/// name follows a closing quotation mark (and a comma) and is one to three
/// capitalised words up to a comma; the apposition up to the pronoun's comma
/// holds no sentence end, quotation mark or colon. Read on the text's bytes:
/// names with accents are no ASCII words.
fn subject_before_apposition<'t>(doc: &Document<'t>, k: usize, pronoun: &str) -> Option<&'t str> {
    let (text, words) = (doc.text(), doc.words());
    if !matches!(pronoun, "he" | "she") || k == 0 || !doc.word(k).as_bytes()[0].is_ascii_lowercase() {
        return None;
    }
    if !joined_in(text, words, k) || !is_reporting_verb(doc.word(k + 1)) {
        return None;
    }
    if &text[words[k - 1].1..words[k].0] != ", " {
        return None;
    }
    // back over the apposition (at most 200 bytes of its line)
    let line_start = doc.line_at(words[k].0).start;
    let mut from = words[k - 1].1.saturating_sub(200).max(line_start);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let before = &text[from..words[k - 1].1];
    let stop = before.rfind(|c: char| matches!(c, '.' | '!' | '?' | ';' | ':' | '(' | ')') || is_closing_quote(c) || c == '\u{201C}')?;
    let closing = before[stop..].chars().next().is_some_and(is_closing_quote);
    if !closing {
        return None;
    }
    let after_quote = &before[stop..];
    let after_quote = &after_quote[after_quote.chars().next()?.len_utf8()..];
    let rest = after_quote.strip_prefix(", ").or_else(|| after_quote.strip_prefix(' '))?;
    let (name, apposition) = rest.split_once(", ")?;
    let name_words = name.split(' ').count();
    let capitalised = name.split(' ').all(|w| {
        let mut cs = w.chars();
        cs.next().is_some_and(char::is_uppercase) && cs.all(|c| c.is_alphabetic() || c == '-' || c == '\'')
    });
    if !capitalised || name_words > 3 || apposition.split(' ').count() < 2 {
        return None;
    }
    // `However, ...`: a common word, no name
    let first = name.split(' ').next()?;
    let mut buf = [0u8; 24];
    let common = first.is_ascii()
        && !FIRST_NAMES.contains_key(first)
        && lower(first, &mut buf).and_then(tags).is_some_and(|t| !t.is_proper_noun());
    (!common).then_some(name)
}

/// A noun for a thing that English itself may call `she` or `he` (a ship, an
/// animal, a country), or for a body of people.
fn may_take_a_gender(word: &str) -> bool {
    matches!(
        word,
        "ship" | "boat" | "vessel" | "yacht" | "ferry" | "liner" | "tanker" | "submarine"
            | "frigate" | "carrier" | "cruiser" | "schooner" | "steamer" | "plane" | "aircraft"
            | "car" | "locomotive" | "engine" | "robot" | "doll" | "animal" | "pet" | "dog"
            | "cat" | "horse" | "mare" | "stallion" | "cow" | "bull" | "puppy" | "kitten"
            | "bird" | "hen" | "whale" | "elephant" | "lion" | "lioness" | "tiger" | "bear"
            | "fox" | "monkey" | "sheep" | "goat" | "pig" | "sow" | "ewe" | "dolphin"
            | "shark" | "hurricane" | "storm" | "cyclone" | "typhoon" | "earth" | "moon"
            | "nature" | "country" | "nation" | "homeland" | "motherland" | "fatherland"
            | "church" | "team" | "crew" | "family" | "couple" | "pair" | "band" | "class"
    )
}

/// A verb after `she` or `he` that only a person does (`she said`, `he
/// smiled`): the pronoun means someone the text knows, however far back.
fn is_person_verb(word: &str) -> bool {
    is_reporting_verb(word)
        || matches!(
            word,
            "say" | "tell" | "tells" | "asked" | "asks" | "thanked" | "smiled" | "smiles"
                | "laughed" | "laughs" | "cried" | "wept" | "replied" | "answered" | "thinks"
                | "thought" | "believes" | "believed" | "feels" | "felt" | "knew" | "knows"
                | "wants" | "wanted" | "hopes" | "hoped" | "admitted" | "recalls" | "remembers"
                | "remembered" | "married"
        )
}

/// A pronoun for people, which keeps the sentence about someone.
fn is_people_pronoun(word: &str) -> bool {
    matches!(
        word,
        "i" | "me" | "my" | "we" | "us" | "our" | "you" | "your" | "they" | "them" | "their"
            | "one" | "whose" | "who" | "whom"
    )
}

/// A determiner before the noun a pronoun may stand for.
fn is_thing_determiner(word: &str) -> bool {
    matches!(word, "the" | "this" | "that" | "its" | "a" | "an" | "such")
}

/// Words after `it` that make it the empty subject of the weather, the time
/// or a clause (`it rained`, `it is true that`, `it seems`), no thing.
fn empty_it_verb(word: &str) -> bool {
    matches!(
        word,
        "is" | "was" | "be" | "been" | "being" | "has" | "had" | "have" | "seems" | "seemed"
            | "seem" | "appears" | "appeared" | "appear" | "happens" | "happened" | "happen"
            | "rained" | "rains" | "rain" | "snowed" | "snows" | "snow" | "looks" | "looked"
            | "look" | "feels" | "felt" | "feel" | "sounds" | "sounded" | "sound" | "turns"
            | "turned" | "turn" | "takes" | "took" | "take" | "remains" | "remained" | "remain"
            | "matters" | "mattered" | "matter" | "means" | "meant" | "mean" | "makes" | "made"
            | "make" | "goes" | "went" | "go" | "gets" | "got" | "get" | "follows" | "followed"
    )
}

/// The first word a pronoun of `gender` could stand for in the sentence
/// before it when that sentence is about a thing: its subject is `it` doing
/// something (`It may last ...`, not `It rained`) or a determiner and a
/// singular noun for no person followed by its verb (`The new bridge opened`).
/// Returns the noun named in the message: the subject's noun, or for `it` the
/// last singular noun after a determiner in the sentence.
fn thing_subject(doc: &Document<'_>, start: usize, end: usize) -> Option<usize> {
    let (text, words) = (doc.text(), doc.words());
    let joined = |j: usize| joined_in(text, words, j);
    let mut buf = [0u8; 24];
    let opener = lower(doc.word(start), &mut buf)?;
    // an opening phrase up to a comma (`On Monday, the plan ...`)
    let start = if opener == "it" || is_thing_determiner(opener) {
        start
    } else {
        let comma = (start..(start + 8).min(end)).find(|&j| text[words[j].1..].starts_with(", "))?;
        comma + 1
    };
    let mut buf = [0u8; 24];
    let first = lower(doc.word(start), &mut buf)?;
    let thing_noun = |j: usize| {
        let w = doc.word(j);
        w.as_bytes()[0].is_ascii_lowercase()
            && !may_be_person(w)
            && !may_take_a_gender(w)
            && !is_organisation(w)
            && noun_gender(w).is_none()
            && tags(w).is_some_and(|t| t.is_singular_noun() && !t.is_proper_noun())
    };
    if first == "it" {
        if !joined(start) {
            return None;
        }
        let mut verb = start + 1;
        if matches!(doc.word(verb), "may" | "might" | "will" | "would" | "can" | "could" | "should" | "must" | "shall") && joined(verb) {
            verb += 1;
        }
        let v = doc.word(verb);
        let is_verb = tags(v).is_some_and(|t| t.is_verb());
        if !is_verb || empty_it_verb(v) || verb >= end {
            return None;
        }
        // the thing the sentence names: a singular noun after a determiner
        return (start + 1..end)
            .rev()
            .find(|&j| j > 0 && is_thing_determiner(doc.word(j - 1)) && joined(j - 1) && thing_noun(j));
    }
    if !is_thing_determiner(first) {
        return None;
    }
    // up to two adjectives or nouns, then the noun followed by its verb
    (start + 1..(start + 4).min(end)).find(|&j| {
        (start..j).all(joined)
            && thing_noun(j)
            && is_subject(doc, j)
            && (start + 1..j).all(|i| doc.word(i).as_bytes()[0].is_ascii_lowercase())
    })
}

/// Whether word `k`, which [`Reader::role`] reads as someone of unknown
/// gender, may be a person a pronoun stands for: not a comparative read as
/// the one who does it (`longer` of `last longer`, `higher fines`), nor a
/// capitalised name after `the` (`the collective West`, `the North Atlantic
/// Alliance`: a body or a place), nor a pronoun.
fn may_be_meant(doc: &Document<'_>, k: usize) -> bool {
    let word = doc.word(k);
    let the = |j: usize| j > 0 && doc.word(j - 1).eq_ignore_ascii_case("the");
    let adjective = |w: &str| w.as_bytes()[0].is_ascii_lowercase() && tags(w).is_some_and(|t| t.is_adjective());
    if pronoun_gender_any_case(word) {
        return false; // `He` opening a sentence: no family name
    }
    if word.as_bytes()[0].is_ascii_uppercase() {
        let before = doc.word(k.saturating_sub(1));
        let after_the = the(k) || (k > 1 && the(k - 1) && before != "late" && adjective(before));
        !after_the
    } else {
        !adjective(word) || (k > 0 && is_thing_determiner(doc.word(k - 1)))
    }
}

impl<'t> Reader<'_, 't> {
    /// The first word that tells the gender `gender` in the document: a title,
    /// a first name, a gendered noun or a pronoun (`usize::MAX` for none).
    /// Read once per document and gender, up to that word.
    fn first_trace(&self, gender: Gender) -> usize {
        let slot = usize::from(gender == Female);
        if let Some(known) = self.first_trace[slot].get() {
            return known;
        }
        let found = (0..self.doc.words().len())
            .find(|&j| matches!(self.role(j, false), Role::Person(g) | Role::Trace(g) if g == gender))
            .unwrap_or(usize::MAX);
        self.first_trace[slot].set(Some(found));
        found
    }

    /// The capitalised words next to the quotation around byte `at` (the
    /// four words before its opening mark and after its closing one, on its
    /// line): the speaker's name, who is not the one the quotation speaks of.
    fn speakers(&self, at: usize) -> Vec<&'t str> {
        let doc = self.doc;
        let line = doc.line_at(at);
        let marks = quote_marks(doc, line.clone());
        let words = doc.words();
        let mut out = Vec::new();
        let opening = marks.iter().rev().find(|&&(p, opens)| p < at && opens);
        let closing = marks.iter().find(|&&(p, opens)| p > at && !opens);
        let capital = |j: usize| doc.word(j).as_bytes()[0].is_ascii_uppercase();
        if let Some(&(p, _)) = opening {
            let i = words.partition_point(|w| w.1 <= p);
            for (j, w) in words.iter().enumerate().take(i).skip(i.saturating_sub(4)) {
                if w.0 >= line.start && capital(j) {
                    out.push(doc.word(j));
                }
            }
        }
        if let Some(&(p, _)) = closing {
            let i = words.partition_point(|w| w.0 < p);
            for (j, w) in words.iter().enumerate().skip(i).take(4) {
                if w.1 <= line.end && capital(j) {
                    out.push(doc.word(j));
                }
            }
        }
        out
    }
}

/// `She` or `He` (or `Her`, `His` before a noun) opening a sentence whose only
/// possible antecedent in the sentence before, in its paragraph and on the
/// same side of a quotation, is a thing (`The new bridge opened in May. She
/// will carry ...`), in a document that names no one of the pronoun's gender
/// anywhere and uses no pronoun of it before: MT from a language that gives
/// every noun a gender (Russian `операция`, French `la loi`, German `der
/// Vertrag`) carries the noun's gender over. Silent when the sentence before
/// names anyone, when someone of unknown gender (not the quotation's speaker)
/// is named in the last few sentences, for a ship, an animal or a country,
/// and before a verb only a person does (`She said`).
fn thing_called_person(reader: &mut Reader<'_, '_>, k: usize, written: &str, gender: Gender) -> Option<Finding> {
    let doc = reader.doc;
    let (text, words) = (doc.text(), doc.words());
    // the document: nothing of the pronoun's gender before it (read once)
    if !matches!(written, "She" | "He" | "Her" | "His") || reader.first_trace(gender) != k {
        return None;
    }
    if !reader.starts_sentence(k) || after_quote(text, words[k].0) {
        return None;
    }
    let next = doc.word(k + 1);
    let possessive = matches!(written, "Her" | "His");
    if !joined_in(text, words, k) || if possessive {
        !tags(next).is_some_and(|t| t.is_noun() || t.is_adjective())
    } else {
        is_person_verb(next)
    } {
        return None;
    }
    // the sentence before, in the paragraph, on the same side of a quotation
    let paragraph = doc.line_at(words[k].0).start;
    let start = (k.saturating_sub(LOOKBACK_WORDS)..k).rev().find(|&j| reader.starts_sentence(j))?;
    if words[start].0 < paragraph {
        return None;
    }
    let inside = reader.quoted(words[k].0);
    let noun = thing_subject(doc, start, k)?;
    for (j, &(at, _)) in words.iter().enumerate().take(k).skip(start) {
        let w = doc.word(j);
        let mut buf = [0u8; 24];
        let lw = lower(w, &mut buf).unwrap_or("");
        let capital = w.as_bytes()[0].is_ascii_uppercase();
        let named = capital && !is_calendar(w) && (j > start || tags(lw).is_none_or(|t| t.is_proper_noun()));
        let someone = match reader.role(j, true) {
            Role::None | Role::Organisation => false,
            Role::Someone => may_be_meant(doc, j),
            _ => true,
        };
        if reader.quoted(at) != inside
            || named
            || someone
            || is_people_pronoun(lw)
            || may_take_a_gender(lw)
        {
            return None;
        }
    }
    // someone of unknown gender in the last few sentences may be meant
    let speakers = if inside { reader.speakers(words[k].0) } else { Vec::new() };
    let mut sentences = 1;
    for j in (start.saturating_sub(LOOKBACK_WORDS)..start).rev() {
        if let Role::Someone = reader.role(j, true) {
            if !speakers.contains(&doc.word(j)) && may_be_meant(doc, j) {
                return None;
            }
        }
        sentences += usize::from(reader.starts_sentence(j));
        if sentences >= LOOKBACK_SENTENCES {
            break;
        }
    }
    // no person of the pronoun's gender after it
    let person_after = (k + 1..words.len()).any(|j| matches!(reader.role(j, false), Role::Person(g) if g == gender));
    if person_after {
        return None;
    }
    // `It`, and the pronoun's other forms in its sentence
    let mut edits = vec![Edit::new(words[k].0..words[k].1, if possessive { "Its" } else { "It" })];
    for j in k + 1..(k + 40).min(words.len()) {
        if reader.starts_sentence(j) || !matches!(reader.role(j, true), Role::None | Role::Trace(_)) {
            break;
        }
        let form = match (doc.word(j), gender) {
            ("she", Female) | ("he", Male) | ("him", Male) => "it",
            ("herself", Female) | ("himself", Male) => "itself",
            ("his", Male) => "its",
            ("her", Female) if joined_in(text, words, j) && tags(doc.word(j + 1)).is_some_and(|t| t.is_noun() || t.is_adjective()) => "its",
            ("her", Female) => "it",
            _ => continue,
        };
        edits.push(Edit::new(words[j].0..words[j].1, form));
    }
    let message = concat(&[
        "`", written, "` after `", doc.word(noun),
        "`, in a text that names no ",
        if gender == Female { "woman" } else { "man" },
        ": a thing is `it` (the source language's noun gender carried over)",
    ]);
    Some(PRONOUN.finding(words[k].0..words[k].1, message).with_fix(Fix::unsafe_fix(edits)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pinyin_given_names_tell_a_gender_by_their_last_syllable() {
        assert_eq!(pinyin_given_name_gender("Zhiqiang"), Some(Male));
        assert_eq!(pinyin_given_name_gender("Jian"), Some(Male));
        assert_eq!(pinyin_given_name_gender("Xiuying"), Some(Female));
        assert_eq!(pinyin_given_name_gender("Meimei"), Some(Female));
        // syllables given to both, and words that are no pinyin
        assert_eq!(pinyin_given_name_gender("Wei"), None);
        assert_eq!(pinyin_given_name_gender("Xiaohua"), None);
        assert_eq!(pinyin_given_name_gender("Sebastian"), None);
    }
}
