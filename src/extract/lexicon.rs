//! Word lists behind extraction: reporting verbs, titles, group nouns, organisation and media
//! words, abbreviations. All lookups are on lower-case words; the longer lists are hashed.

use std::collections::HashSet;
use std::sync::LazyLock;

/// The word lists' sets, hashed with foldhash (a fixed seed): these are looked up for nearly
/// every word of every sentence, and a byte-at-a-time FNV hash was 1.6% of `add`.
type WordSet = HashSet<&'static str, foldhash::fast::FixedState>;

/// Reporting verbs (every inflection listed, so that no stemming is needed at run time).
const CUES: &[&str] = &[
    // (a witness in court: weak, "testified before the committee" says nothing)
    "testified",
    "testifies",
    "testify",
    "testifying",
    "show",
    "recommended",
    "recommends",
    "recommend",
    "say",
    "says",
    "said",
    "saying",
    "state",
    "states",
    "stated",
    "emphasize",
    "emphasizes",
    "emphasized",
    "emphasise",
    "emphasises",
    "emphasised",
    "stress",
    "stresses",
    "stressed",
    "note",
    "notes",
    "noted",
    "add",
    "adds",
    "added",
    "reiterate",
    "reiterates",
    "reiterated",
    "repeated",
    "repeats",
    "claim",
    "claims",
    "claimed",
    "tell",
    "tells",
    "told",
    "warn",
    "warns",
    "warned",
    "argue",
    "argues",
    "argued",
    "insist",
    "insists",
    "insisted",
    "deny",
    "denies",
    "denied",
    "confirm",
    "confirms",
    "confirmed",
    "announce",
    "announces",
    "announced",
    "describe",
    "describes",
    "described",
    // ("Moscow considers the move as a provocation", "regards the sanctions as illegal":
    // with "as" only, see `attribution::attach`)
    "considers",
    "regards",
    "accuse",
    "accuses",
    "accused",
    "blamed",
    "blames",
    "blaming",
    "criticize",
    "criticizes",
    "criticized",
    "criticise",
    "criticises",
    "criticised",
    "assert",
    "asserts",
    "asserted",
    "declare",
    "declares",
    "declared",
    "explain",
    "explains",
    "explained",
    "suggest",
    "suggests",
    "suggested",
    "clarify",
    "clarifies",
    "clarified",
    // what research or an inquiry found (only with "that", and never a person's: see
    // `attribution::attach`)
    "found",
    "finds",
    "showed",
    "shows",
    "maintain",
    "maintains",
    "maintained",
    "underline",
    "underlines",
    "underlined",
    "underscore",
    "underscores",
    "underscored",
    "write",
    "writes",
    "wrote",
    "post",
    "posts",
    "posted",
    "tweet",
    "tweets",
    "tweeted",
    "acknowledge",
    "acknowledges",
    "acknowledged",
    "admit",
    "admits",
    "admitted",
    "admitting",
    "ruled",
    "rules",
    "demanded",
    "demands",
    "demanding",
    "branding",
    "labelling",
    "labeling",
    "confess",
    "confesses",
    "confessed",
    "confessing",
    "fumed",
    "fumes",
    // ("..., residents fume": a headline's plural)
    "fume",
    "raged",
    "rages",
    // "expressed its disappointment", "voiced concern that ...": the feeling is the statement
    "expressed",
    "expresses",
    "expressing",
    "voiced",
    "voices",
    // how a line was delivered: "..., the ambassador thundered", "..., he whined"
    "thundered",
    "thunders",
    "snapped",
    "exclaimed",
    "whined",
    "moaned",
    "sneered",
    "gloated",
    "ranted",
    // (and its pleas and asides: "..., a rescue official pleaded", "..., she whispered")
    "pleaded",
    "pleads",
    "begged",
    "implored",
    "shouted",
    "yelled",
    "screamed",
    "sobbed",
    "sighed",
    "muttered",
    "whispered",
    "murmured",
    "hissed",
    "growled",
    "predict",
    "predicts",
    "predicted",
    "urge",
    "urges",
    "urged",
    "promise",
    "promises",
    "promised",
    "vow",
    "vows",
    "vowed",
    "pledge",
    "pledges",
    "pledged",
    "threaten",
    "threatens",
    "threatened",
    "remind",
    "reminds",
    "reminded",
    "reminding",
    "recall",
    "recalls",
    "recalled",
    "observe",
    "observes",
    "observed",
    "remark",
    "remarks",
    "remarked",
    "comment",
    "comments",
    "commented",
    "reply",
    "replies",
    "replied",
    "respond",
    "responds",
    "responded",
    "answer",
    "answered",
    "ask",
    "asks",
    "asked",
    "contend",
    "contends",
    "contended",
    "allege",
    "alleges",
    "alleged",
    "estimate",
    "estimates",
    "estimated",
    "conclude",
    "concludes",
    "concluded",
    "caution",
    "cautions",
    "cautioned",
    "hint",
    "hinted",
    "signal",
    "signaled",
    "signalled",
    "indicate",
    "indicates",
    "indicated",
    "disclose",
    "disclosed",
    "reveal",
    "reveals",
    "revealed",
    "assure",
    "assured",
    "complain",
    "complains",
    "complained",
    "concede",
    "concedes",
    "conceded",
    "conceding",
    "proclaim",
    "proclaimed",
    "highlight",
    "highlights",
    "highlighted",
    "affirm",
    "affirms",
    "affirmed",
    "reaffirm",
    "reaffirms",
    "reaffirmed",
    "report",
    "reports",
    "reported",
    "believe",
    "believes",
    "believed",
    "think",
    "thinks",
    "thought",
    "point",
    "points",
    "pointed",
    "mention",
    "mentions",
    "mentioned",
    "reckon",
    "reckons",
    "reckoned",
    "forecast",
    "forecasts",
    "projected",
    "expects",
    "expected",
    "fear",
    "fears",
    "feared",
    "agree",
    "agrees",
    "agreed",
    "boast",
    "boasted",
    "bragged",
    "crowed",
    "gushed",
    "raved",
    "quipped",
    "joked",
    "lamented",
    "charged",
    "charging",
    // (only as "calls on X to", and "call" as "call the story a smear": see
    // `attribution::attach`)
    "calls",
    "call",
    "insistence",
    "assertion",
    "countered",
    "counter",
    "counters",
    "retorted",
    "acknowledging",
    "adding",
    "noting",
    "stressing",
    "emphasizing",
    "emphasising",
    "insisting",
    "warning",
    "arguing",
    "claiming",
    "declaring",
    "explaining",
    "asserting",
    "calling",
    "called",
    "urging",
    "suggesting",
    "announcing",
    "confirming",
    "denying",
    "accusing",
    "describing",
    "criticizing",
    "criticising",
    "reiterating",
    "telling",
    "vowing",
    "pledging",
    "promising",
    "underlining",
    "underscoring",
    "highlighting",
    "recalling",
    "reporting",
    "writing",
    "posting",
    "tweeting",
    "reads",
    "read",
    "praised",
    "praises",
    "hailed",
    "hails",
    "framed",
    "frames",
    "portrayed",
    "portrays",
    "characterized",
    "characterised",
    "dismissed",
    "dismisses",
    // ("..., with his spokesman dismissing the deal as "legally void"")
    "dismissing",
    // ("mocked the sanctions as "a theatre of the absurd"")
    "mocked",
    "mocks",
    "mocking",
    "derided",
    "derides",
    "deriding",
    "ridiculed",
    "ridicules",
    // with their particle only: "brushed off fears that ...", "waved away questions"
    "brushed",
    "brushes",
    "brushing",
    "shrugged",
    "shrugs",
    "shrugging",
    "waved",
    "rejected",
    "rejects",
    "rejecting",
    "branded",
    "labelled",
    "labeled",
    "condemned",
    "condemns",
    "slammed",
    "slams",
    "blasted",
    "blasts",
    "lambasted",
    "lambasts",
    "decried",
    "decries",
    // ("..., blasting authorities for ignoring years of warnings")
    "condemning",
    "slamming",
    "blasting",
    "lambasting",
];

/// Cues that need an object before their content (`told reporters that`, `accused X of`).
pub fn cue_takes_object(cue: &str) -> bool {
    cue_keeps_object(cue)
        || matches!(
            cue,
            "tell"
                | "tells"
                | "told"
                | "telling"
                | "assure"
                | "assured"
                | "warn"
                | "warns"
                | "warned"
                | "warning"
                | "urge"
                | "urges"
                | "urged"
                | "urging"
                | "ask"
                | "asks"
                | "asked"
                | "remind"
                | "reminded"
                | "reminding"
                | "promise"
                | "promised"
        )
}

/// Returns true for a reporting verb.
pub fn is_cue(w: &str) -> bool {
    static SET: LazyLock<WordSet> = LazyLock::new(|| CUES.iter().copied().collect());
    SET.contains(w)
}

/// Cues that name a relay rather than a speaker when another cue is in the sentence.
pub fn is_relay_cue(w: &str) -> bool {
    matches!(
        w,
        "report" | "reports" | "reported" | "reporting" | "reads" | "read"
    )
}

/// Cues that are weak on their own (common verbs with other senses): they need a clear speaker
/// and a following `that`, colon or quotation.
pub fn is_weak_cue(w: &str) -> bool {
    matches!(
        w,
        "ruled"
            | "rules"
            | "testified"
            | "testifies"
            | "testify"
            | "testifying"
            // ("recommended that deliveries be paused"; not "the recommended dose")
            | "recommended"
            | "recommends"
            | "recommend"
            // ("charging that ..."; not "is charging customers more")
            | "charging"
            // nouns: "Sidorenko's insistence that ..." (see `claim_as_noun`)
            | "insistence"
            | "assertion"
            | "demanded"
            | "demands"
            | "demanding"
            | "considers"
            | "regards"
            // ("fumed that ..."; not "Fans fume as club sells striker")
            | "fume"
            | "fumes"
            | "fumed"
            | "raged"
            | "rages"
            | "repeated"
            | "repeats"
            | "counter"
            | "counters"
            | "maintain"
            | "maintains"
            | "maintained"
            | "conclude"
            | "concludes"
            | "concluded"
            | "note"
            | "notes"
            | "add"
            | "adds"
            | "claim"
            | "claims"
            | "report"
            | "reports"
            | "believe"
            | "believes"
            | "believed"
            | "think"
            | "thinks"
            | "thought"
            | "point"
            | "points"
            | "pointed"
            | "mention"
            | "mentions"
            | "mentioned"
            | "expects"
            | "expected"
            | "fear"
            | "fears"
            | "feared"
            | "agree"
            | "agrees"
            | "agreed"
            | "highlight"
            | "highlights"
            | "highlighted"
            | "read"
            | "reads"
            | "remarks"
            | "comments"
            | "answer"
            | "answered"
            | "ask"
            | "asks"
            | "asked"
            | "signal"
            | "signaled"
            | "signalled"
            | "indicate"
            | "indicates"
            | "indicated"
            | "observe"
            | "observes"
            | "estimate"
            | "estimates"
            | "forecast"
            | "forecasts"
            | "projected"
            | "calling"
            | "called"
            | "urge"
            | "urges"
            | "urged"
            | "urging"
            | "promise"
            | "promises"
            | "promised"
            | "charged"
            | "recall"
            | "recalls"
            | "recalled"
            | "state"
            | "states"
            | "suggests"
            | "suggest"
            | "suggested"
            | "clarify"
            | "clarifies"
            | "clarified"
            | "found"
            | "finds"
            | "showed"
            | "shows"
            // ("documents show that ...")
            | "show"
            | "declare"
            | "declares"
            | "declared"
            | "respond"
            | "responds"
            | "responded"
            | "reply"
            | "replied"
            | "write"
            | "writes"
            | "wrote"
            | "post"
            | "posts"
            | "posted"
            | "tweet"
            | "tweets"
            | "tweeted"
    )
}

/// Titles and roles that can stand before a name or for a person.
const TITLES: &[&str] = &[
    // how sports pages and tabloids name people: "Sprint star", "One rival", "Her brief"
    "star",
    "rival",
    "teammate",
    "brief",
    // and politics: "one senior backbencher told us", "Opposition firebrand Nadia Osei"
    "backbencher",
    "frontbencher",
    "firebrand",
    "loyalist",
    "stalwart",
    "maverick",
    "heavyweight",
    // (and the sport's words below, `SPORT_TITLES`)
    "referee",
    // people quoted by what they do ("a firefighter told local radio")
    "firefighter",
    "nurse",
    "teacher",
    "farmer",
    "driver",
    "student",
    "worker",
    "soldier",
    "volunteer",
    "survivor",
    "neighbour",
    "neighbor",
    "shopkeeper",
    "passenger",
    // ("Another commuter, who asked not to be named, said ...")
    "commuter",
    "motorist",
    "traveller",
    "traveler",
    "bystander",
    "retiree",
    "homeowner",
    "pilot",
    "engineer",
    "protester",
    "campaigner",
    "voter",
    "villager",
    "fisherman",
    // (the weather desk and emergencies: "Senior forecaster Owen Pardoe said", "a lifeguard
    // told reporters")
    "forecaster",
    "rescuer",
    "lifeguard",
    "ranger",
    "warden",
    "skipper",
    "deckhand",
    "mechanic",
    "electrician",
    "plumber",
    "miner",
    "trucker",
    "carer",
    "caregiver",
    "curator",
    "librarian",
    "organiser",
    "organizer",
    // culture and entertainment pages ("Singer Lena Marsh", "the actress said", "a
    // representative for the rapper")
    "singer",
    "songwriter",
    "actor",
    "actress",
    "rapper",
    "musician",
    "comedian",
    "filmmaker",
    "novelist",
    "poet",
    "dancer",
    "chef",
    "bandmate",
    "frontman",
    "frontwoman",
    "entrepreneur",
    "landlord",
    "tenant",
    "shopper",
    // the public ("one user replied", "a reader wrote", "One fan said")
    "user",
    "commenter",
    "follower",
    "viewer",
    "listener",
    "reader",
    "customer",
    "client",
    "patient",
    "consumer",
    "fan",
    "supporter",
    "critic",
    "opponent",
    // family and friends ("His widow said", "a friend of the family told")
    "wife",
    "husband",
    "widow",
    "widower",
    "daughter",
    "friend",
    "brother",
    "sister",
    "uncle",
    "aunt",
    "cousin",
    "grandson",
    "granddaughter",
    "nephew",
    "niece",
    "fiancé",
    "fiancée",
    "girlfriend",
    "boyfriend",
    "spouse",
    "classmate",
    "colleague",
    // the law, the Church, schools and other trades ("His solicitor said", "a detective
    // told the court", "The headteacher wrote to parents")
    "solicitor",
    "barrister",
    "magistrate",
    "coroner",
    "clerk",
    "registrar",
    "juror",
    "defendant",
    "plaintiff",
    "claimant",
    "suspect",
    "detective",
    "constable",
    "clinician",
    "pathologist",
    "midwife",
    "therapist",
    "dentist",
    "physio",
    "headteacher",
    "headmaster",
    "headmistress",
    "principal",
    "provost",
    "rector",
    "priest",
    "vicar",
    "pastor",
    "monk",
    "nun",
    "trustee",
    "treasurer",
    "assistant",
    "supervisor",
    "foreman",
    "employer",
    "employee",
    "staffer",
    "intern",
    "planner",
    "broker",
    "accountant",
    "actuary",
    "architect",
    "designer",
    "programmer",
    "sailor",
    "umpire",
    "boss",
    // and by who they are ("one mother, who gave only her first name, ...", "A woman who
    // lives nearby said", "a 19-year-old man told police")
    "woman",
    "man",
    // ("said season-ticket holder Dave Pike", "the record holder")
    "holder",
    "girl",
    "boy",
    "teenager",
    "mother",
    "father",
    "grandmother",
    "grandfather",
    "pensioner",
    "parent",
    "trader",
    "investor",
    "banker",
    "medic",
    "paramedic",
    // an unnamed speaker: "a government source", "a source close to the talks", "one
    // ministry insider"
    "source",
    "insider",
    // ("a person familiar with the investigation")
    "person",
    "survivor",
    "minister",
    "president",
    "vice",
    "prime",
    "premier",
    "leader",
    "figure",
    "secretary",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "spokespeople",
    "chairman",
    "chairwoman",
    "chair",
    "chairperson",
    "director",
    "governor",
    "general",
    "gen",
    "ambassador",
    "chief",
    "senator",
    "sen",
    "mayor",
    "commander",
    "head",
    "official",
    "envoy",
    "coordinator",
    "rapporteur",
    "mediator",
    "chancellor",
    "king",
    "queen",
    "prince",
    "judge",
    "prosecutor",
    "lawyer",
    "attorney",
    "analyst",
    "expert",
    "professor",
    "prof",
    "economist",
    "officer",
    "representative",
    "rep",
    "deputy",
    "adviser",
    "advisor",
    "ceo",
    "cfo",
    "coo",
    "cto",
    "founder",
    "executive",
    "manager",
    "diplomat",
    "negotiator",
    "colonel",
    "col",
    "lt",
    "lieutenant",
    "sgt",
    "sergeant",
    "captain",
    "admiral",
    "marshal",
    "editor",
    "correspondent",
    "researcher",
    "scientist",
    "doctor",
    "dr",
    "mr",
    "mrs",
    "ms",
    "gov",
    "pres",
    "lawmaker",
    "legislator",
    "politician",
    "congressman",
    "congresswoman",
    "mp",
    "councillor",
    "councilor",
    // (US local government: "a city councilman, Pedro Alves, said")
    "councilman",
    "councilwoman",
    "councilmember",
    "alderman",
    "alderwoman",
    "selectman",
    "assemblyman",
    "assemblywoman",
    "assemblymember",
    "member",
    "commissioner",
    "inspector",
    "superintendent",
    "sheriff",
    "coach",
    "pope",
    "cardinal",
    "bishop",
    "archbishop",
    "rabbi",
    "imam",
    "emir",
    "sheikh",
    "sultan",
    "dictator",
    "strongman",
    "oligarch",
    "tycoon",
    "billionaire",
    "activist",
    "candidate",
    "nominee",
    "challenger",
    "incumbent",
    "front-runner",
    "frontrunner",
    "contender",
    "speaker",
    "whip",
    "aide",
    "agent",
    "counsel",
    "auditor",
    "administrator",
    "mufti",
    "president-elect",
    "chief executive",
    "owner",
    "host",
    "author",
    "historian",
    "physician",
    "epidemiologist",
    "chemist",
    "neurologist",
    "cardiologist",
    "psychiatrist",
    "oncologist",
    "nutritionist",
    "dietitian",
    "paediatrician",
    "pediatrician",
    "immunologist",
    "geneticist",
    "mouthpiece",
    "victim",
    "evacuee",
    "eyewitness",
    "biologist",
    "physicist",
    "ecologist",
    "toxicologist",
    "hydrologist",
    "geologist",
    "seismologist",
    "meteorologist",
    "climatologist",
    "sociologist",
    "psychologist",
    "criminologist",
    "demographer",
    "statistician",
    "lecturer",
    "surgeon",
    "pharmacist",
    "consultant",
    "virologist",
    "strategist",
    "pollster",
    "commentator",
    "pundit",
    "columnist",
    "journalist",
    "reporter",
    "blogger",
    "influencer",
    "vlogger",
    "youtuber",
    "podcaster",
    "presenter",
    "witness",
    "resident",
    "official's",
    "ombudsman",
    "governor-general",
    "attaché",
    "consul",
    "delegate",
    "envoy's",
    "head's",
    "marshal's",
    "chief's",
    "staff",
];

/// Returns true for a title or role word, hyphenated ones included: "vice-president",
/// "ex-minister", "co-founder" (a title last), "editor-in-chief", "secretary-general",
/// "president-elect" (a title first, then one of a few endings: "minister-level" is not one).
pub fn is_title(w: &str) -> bool {
    static SET: LazyLock<WordSet> =
        LazyLock::new(|| TITLES.iter().chain(SPORT_TITLES).copied().collect());
    if SET.contains(w) {
        return true;
    }
    // (a byte loop: it runs for nearly every word, and `split_once` here added 11% to extraction)
    let bytes = w.as_bytes();
    let Some(first_dash) = bytes.iter().position(|&b| b == b'-') else {
        return false;
    };
    let last_dash = bytes.iter().rposition(|&b| b == b'-').unwrap_or(first_dash);
    let (first, last) = (&w[..first_dash], &w[last_dash + 1..]);
    SET.contains(last)
        || (SET.contains(first)
            && matches!(
                last,
                "chief" | "general" | "elect" | "designate" | "large" | "staff"
            ))
}

/// Plural nouns that name a group of unnamed speakers.
const GROUPS: &[&str] = &[
    // bodies and people in the plural ("Rights groups said", "Environmental organisations
    // warned", "Creditors said")
    "groups",
    "organisations",
    "organizations",
    "bodies",
    "schools",
    "clubs",
    "teams",
    "parties",
    "ministries",
    "councils",
    // ("Western media outlets claimed", "Several newspapers reported")
    "outlets",
    "newspapers",
    "broadcasters",
    "watchdogs",
    "fighters",
    "bondholders",
    "creditors",
    "sponsors",
    "users",
    "crews",
    "shippers",
    "producers",
    "officials",
    // "coastguard chiefs", "health bosses"
    "chiefs",
    "bosses",
    "analysts",
    "experts",
    "critics",
    "observers",
    "diplomats",
    "residents",
    "witnesses",
    "sources",
    "insiders",
    "lawmakers",
    "legislators",
    // ("Several policymakers have warned against moving too quickly")
    "policymakers",
    "policy-makers",
    "rate-setters",
    "investigators",
    "researchers",
    // ("Some said A; others argued B")
    "others",
    // ("the pair said in a joint statement", "the couple told People")
    "pair",
    "couple",
    "duo",
    // ("the study's authors said")
    "authors",
    "co-authors",
    "scientists",
    "doctors",
    "activists",
    "protesters",
    "protestors",
    "economists",
    "authorities",
    "commentators",
    "supporters",
    "opponents",
    "voters",
    "medics",
    "rescuers",
    "organizers",
    "organisers",
    "campaigners",
    "prosecutors",
    "lawyers",
    "historians",
    "scholars",
    "academics",
    "specialists",
    "physicians",
    "nurses",
    "epidemiologists",
    "virologists",
    "farmers",
    "workers",
    "unions",
    "traders",
    "investors",
    "bankers",
    "executives",
    "managers",
    "leaders",
    "ministers",
    "generals",
    "commanders",
    "soldiers",
    "troops",
    "police",
    "spokespeople",
    "representatives",
    "delegates",
    "negotiators",
    "mediators",
    "monitors",
    "inspectors",
    "regulators",
    "strategists",
    "pollsters",
    "skeptics",
    "sceptics",
    "proponents",
    "advocates",
    "environmentalists",
    "parents",
    // ("the family said in a statement", "his family said", "her children said")
    "family",
    "children",
    "sons",
    "daughters",
    "siblings",
    "grandchildren",
    "families",
    "teachers",
    "students",
    "residents'",
    "rivals",
    "teammates",
    // sides in arms ("the rebels insist", "militants claimed")
    "rebels",
    "insurgents",
    "separatists",
    "militants",
    "demonstrators",
    "charities",
    "envoys",
    "ambassadors",
    "citizens",
    "people",
    "locals",
    "villagers",
    "survivors",
    "families",
    "relatives",
    "owners",
    "journalists",
    "reporters",
    "bloggers",
    "insiders",
    "aides",
    "advisers",
    "advisors",
    "allies",
    "friends",
    "backbenchers",
    "loyalists",
    "cops",
    "partners",
    "neighbours",
    "neighbors",
    "officers",
    "agencies",
    "forecasters",
    "meteorologists",
    "engineers",
    "planners",
    "insurers",
    "airlines",
    "carriers",
    "companies",
    "firms",
    "banks",
    "governments",
    "states",
    "countries",
    "nations",
    "members",
    "backers",
    "detractors",
    "hardliners",
    "moderates",
    // the political press's camps ("Budget hawks warned", "Fiscal conservatives said")
    "hawks",
    "doves",
    "conservatives",
    "progressives",
    "liberals",
    "centrists",
    "populists",
    // parties to a case ("The plaintiffs argued"), and the people a story is about
    // ("Passengers said", "The broadcasters say")
    "plaintiffs",
    "defendants",
    "petitioners",
    "claimants",
    "appellants",
    "broadcasters",
    "publishers",
    "editors",
    "shareholders",
    "stakeholders",
    "consumers",
    "customers",
    "passengers",
    "commuters",
    "motorists",
    "travellers",
    "travelers",
    "holders",
    "shoppers",
    "bystanders",
    "eyewitnesses",
    "retirees",
    "pensioners",
    "drivers",
    "pilots",
    "fans",
    "athletes",
    "players",
    "coaches",
    "tenants",
    "landlords",
    "homeowners",
    "businesses",
    "employers",
    "employees",
    "miners",
    "fishermen",
    "growers",
    "exporters",
    "importers",
    "retailers",
    "manufacturers",
    "carmakers",
    "automakers",
    "lenders",
    "clerics",
    "judges",
    "senators",
    "councillors",
    "councilors",
    "mayors",
    "governors",
    "patients",
    "victims",
    "detainees",
    "prisoners",
    "refugees",
    "migrants",
    "volunteers",
    "donors",
    "developers",
    "contractors",
    "paramedics",
    "firefighters",
    "auditors",
    "consultants",
    "entrepreneurs",
    "statisticians",
    "seismologists",
    "biologists",
    "psychologists",
    "psychiatrists",
    "surgeons",
    "pharmacists",
    "hospitals",
    "universities",
    // a side of a contest, speaking as one ("The opposition says"; not "defence", which
    // would make "Russia's defence minister" a group)
    "opposition",
    "prosecution",
];

/// International bodies known by their initials, under their full names ("WHO" and "the
/// World Health Organization" are one actor).
pub fn known_acronym(initials: &str) -> Option<&'static str> {
    Some(match initials {
        "WHO" => "World Health Organization",
        "UN" => "United Nations",
        "EU" => "European Union",
        "IMF" => "International Monetary Fund",
        "ECB" => "European Central Bank",
        "IAEA" => "International Atomic Energy Agency",
        "ICC" => "International Criminal Court",
        "ICJ" => "International Court of Justice",
        "WTO" => "World Trade Organization",
        "OPCW" => "Organisation for the Prohibition of Chemical Weapons",
        "UNHCR" => "UN refugee agency",
        "OECD" => "Organisation for Economic Co-operation and Development",
        "ILO" => "International Labour Organization",
        "FAO" => "Food and Agriculture Organization",
        "WFP" => "World Food Programme",
        _ => return None,
    })
}

/// "The defence", "the defense": a side in court that speaks as one (a word that also
/// describes ministers, so only as a whole speaker phrase).
pub fn is_side_in_court(w: &str) -> bool {
    matches!(w, "defence" | "defense")
}

/// Nouns of how many of a group speak, before "of" ("a number of lawmakers", "a couple of
/// analysts"): the group speaks.
pub fn is_how_many(w: &str) -> bool {
    matches!(
        w,
        "number" | "handful" | "dozens" | "hundreds" | "thousands" | "majority" | "couple" | "pair"
    )
}

/// Returns true for a group noun.
pub fn is_group(w: &str) -> bool {
    static SET: LazyLock<WordSet> = LazyLock::new(|| GROUPS.iter().copied().collect());
    SET.contains(w)
}

/// Returns true for a group noun of people named by their profession, who speak for the firm
/// or the school they work at ("analysts at Commerzbank").
pub fn is_professional_group(w: &str) -> bool {
    matches!(
        w,
        "analysts"
            | "economists"
            | "strategists"
            | "researchers"
            | "scientists"
            | "experts"
            | "doctors"
            | "engineers"
            | "lawyers"
    )
}

/// News organisations and media nouns: both organisation words and relay words.
const MEDIA_NAMES: &[&str] = &[
    "kcna",
    "tass",
    "ria",
    "novosti",
    "reuters",
    "afp",
    "xinhua",
    "interfax",
    "bbc",
    "cnn",
    "yonhap",
    "bloomberg",
    "nhk",
    "times",
    "post",
    "journal",
    "radio",
    "tv",
    "television",
    "press",
    "daily",
    "herald",
    "tribune",
    "gazette",
    "telegraph",
    "guardian",
    "news",
    "media",
];

fn is_media_name(w: &str) -> bool {
    static SET: LazyLock<WordSet> = LazyLock::new(|| MEDIA_NAMES.iter().copied().collect());
    SET.contains(w)
}

/// Words that mark an organisation name.
const ORG_WORDS: &[&str] = &[
    // ("the 400m runner's camp maintains", "the Trump camp said", "her campaign said")
    "camp",
    "campaign",
    "ministry",
    "department",
    "agency",
    "office",
    "council",
    "committee",
    "commission",
    "organization",
    "organisation",
    "institute",
    "service",
    "services",
    "kremlin",
    "pentagon",
    "government",
    "army",
    "military",
    "regulator",
    "forces",
    "force",
    "party",
    "bank",
    "fund",
    "union",
    "association",
    "university",
    // ("The Royal College of Nursing said", "the American Academy of Pediatrics")
    "college",
    "academy",
    "court",
    "police",
    "parliament",
    "congress",
    "senate",
    "house",
    "foundation",
    "bureau",
    "authority",
    "administration",
    "embassy",
    "mission",
    "command",
    "staff",
    "headquarters",
    "secretariat",
    "cabinet",
    "presidency",
    "center",
    "centre",
    "board",
    "federation",
    "alliance",
    "coalition",
    "network",
    "watch",
    "nato",
    "imf",
    "opec",
    "club",
    "society",
    "institution",
    "directorate",
    "inspectorate",
    "regiment",
    "brigade",
    "division",
    "navy",
    "airforce",
    "guard",
    "guards",
    "ministry's",
    "white",
    "assembly",
    "duma",
    "knesset",
    "bundestag",
    "commissariat",
    "prosecutor's",
    "legislature",
    "chamber",
    "observatory",
    "laboratory",
    "lab",
    "hospital",
    "clinic",
    "firm",
    "airline",
    "railways",
    "railway",
    "railroad",
    "state",
    "department's",
    "palace",
    "cdc",
    "fbi",
    "cia",
    "fda",
    "iaea",
    "unicef",
    "unesco",
    "wto",
    "icc",
    "icj",
    "osce",
    "asean",
    "opcw",
    "crescent",
    "union's",
    "operator",
    "operators",
    "utility",
    "watchdog",
    // what a company is, before its name ("German carmaker Volkar AG", "Car giant Volkar")
    "carmaker",
    "automaker",
    "chipmaker",
    "drugmaker",
    "maker",
    "makers",
    "manufacturer",
    "producer",
    "retailer",
    "giant",
    "miner",
    "exporter",
    "supplier",
    "startup",
    "fintech",
    "conglomerate",
    "movement",
    "charity",
    "nonprofit",
    "insurer",
    "lender",
    "employers",
    "chamber",
    "federation's",
    "council's",
    // bodies met as "The delegation said", "the studio said in a statement", "the think
    // tank said"
    "tank",
    "body",
    "lobby",
    "delegation",
    "consulate",
    "taskforce",
    "panel",
    "tribunal",
    "team",
    "league",
    "school",
    "carrier",
    "supermarket",
    "publisher",
    "studio",
    "developer",
    "provider",
    "platform",
    "trust",
    "junta",
    "regime",
    "militia",
    "consortium",
    "forum",
    "bloc",
    "unit",
    // military formations ("the Marine Corps said")
    "corps",
    "battalion",
    "squadron",
    // the press as a speaker ("The newspaper reported that ..."), as "the agency" is
    "newspaper",
    "broadcaster",
    "magazine",
    "channel",
    "outlet",
    "website",
];

/// Returns true for a word that marks an organisation.
pub fn is_org_word(w: &str) -> bool {
    static SET: LazyLock<WordSet> = LazyLock::new(|| {
        ORG_WORDS
            .iter()
            .chain(COMPANY_TRADES)
            .chain(KNOWN_BODIES)
            .copied()
            .collect()
    });
    SET.contains(w) || is_media_name(w)
}

/// Returns true for a word after which a description's head noun has ended: a relative
/// pronoun, a preposition or conjunction, or a participle saying whose or where the thing
/// is ("the private company that operates", "a charity based in Rome", "a firm owned by").
pub fn ends_noun_head(w: &str) -> bool {
    matches!(
        w,
        "that"
            | "which"
            | "who"
            | "whose"
            | "of"
            | "in"
            | "at"
            | "for"
            | "with"
            | "from"
            | "on"
            | "to"
            | "by"
            | "near"
            | "and"
            | "or"
            | "based"
            | "run"
            | "owned"
            | "founded"
            | "led"
            | "backed"
            | "known"
    )
}

/// Returns true for a body the news names by one word ([`KNOWN_BODIES`]).
pub fn is_known_body(w: &str) -> bool {
    KNOWN_BODIES.contains(&w)
}

/// Bodies the news names by one word, which would otherwise read as a surname ("Hamas said",
/// "Boeing said", "Amnesty International said"): companies, aid groups, armed groups and
/// agencies that are quoted most. Lower case; none is also a common surname or noun.
const KNOWN_BODIES: &[&str] = &[
    // companies
    "google",
    "alphabet",
    "microsoft",
    "amazon",
    "facebook",
    "tesla",
    "boeing",
    "airbus",
    "pfizer",
    "moderna",
    "astrazeneca",
    "biontech",
    "novartis",
    "sanofi",
    "nvidia",
    "openai",
    "samsung",
    "toyota",
    "volkswagen",
    "exxonmobil",
    "exxon",
    "chevron",
    "gazprom",
    "rosneft",
    "rosatom",
    "naftogaz",
    "huawei",
    "tiktok",
    "bytedance",
    "alibaba",
    "tencent",
    "netflix",
    "uber",
    "spotify",
    "nestle",
    "nestlé",
    "unilever",
    "siemens",
    "ryanair",
    "lufthansa",
    "maersk",
    "ikea",
    "walmart",
    "starbucks",
    "foxconn",
    "tsmc",
    "aramco",
    "jpmorgan",
    "citigroup",
    "hsbc",
    "barclays",
    "blackrock",
    // aid groups and campaigners
    "amnesty",
    "greenpeace",
    "oxfam",
    "caritas",
    "msf",
    "unicef",
    "unrwa",
    "unhcr",
    // agencies
    "frontex",
    "europol",
    "interpol",
    "eurostat",
    // armed and political movements
    "hamas",
    "hezbollah",
    "taliban",
    "houthis",
    "isis",
    "isil",
    "al-qaeda",
    "al-shabaab",
    // ("Reporters Without Borders", "Médecins Sans Frontières")
    "borders",
    "frontières",
];

/// Words that mark a news organisation (a relay when it "reported" or was "told").
const MEDIA_WORDS: &[&str] = &[
    "ap",
    "izvestia",
    "kommersant",
    "vedomosti",
    "agency",
    "wire",
    "channel",
    "newspaper",
    "outlet",
    "broadcaster",
    "website",
    "magazine",
    "aljazeera",
    "jazeera",
    "sputnik",
    "politico",
    "axios",
    "npr",
    "pbs",
    "cbs",
    "nbc",
    "dpa",
    "efe",
    "ansa",
    "kyodo",
    "nikkei",
    "pravda",
    "rossiyskaya",
    "gazeta",
    "service",
    "tv's",
    "release",
    "statement",
    "readout",
    "communique",
    "communiqué",
    "bulletin",
    // ("told the Diplomat podcast that", "in a comment to the Ukrainska Pravda news site")
    "podcast",
    "site",
    "telegram",
    "blog",
];

/// Returns true for a word that marks a news organisation or a published document.
pub fn is_media_word(w: &str) -> bool {
    static SET: LazyLock<WordSet> = LazyLock::new(|| MEDIA_WORDS.iter().copied().collect());
    SET.contains(w) || is_media_name(w)
}

/// Nouns for a spoken or written statement ("his remarks", "the ministry's statement").
pub fn is_statement_noun(w: &str) -> bool {
    matches!(
        w,
        "remarks"
            | "remark"
            | "comments"
            | "comment"
            | "statement"
            | "statements"
            | "words"
            | "speech"
            | "address"
            | "message"
            | "letter"
            | "release"
            | "readout"
            | "communique"
            | "communiqué"
            | "report"
            | "post"
            | "tweet"
            | "testimony"
            | "interview"
            | "announcement"
            | "assessment"
            | "declaration"
            | "note"
            | "response"
            | "reply"
            | "answer"
            | "briefing"
            | "memo"
            | "filing"
            | "document"
            | "study"
            | "survey"
            | "analysis"
            | "review"
            | "findings"
            | "ruling"
            | "decree"
            | "resolution"
            | "plan"
            | "data"
            | "figures"
            | "estimates"
            | "poll"
            | "editorial"
            | "view"
            | "views"
            | "position"
            | "warning"
            | "claim"
            | "claims"
            | "account"
            | "version"
            // ("Lumora's investigation found that ...")
            | "investigation"
            | "inquiry"
            | "audit"
    )
}

/// Nouns for what speaks for itself, issued by no body the article names: a piece of
/// research or a court paper ("a major new study found", "according to a survey", "the
/// paper reported", "the indictment alleges"), and what fact-checkers check ("the posts
/// claim", "one widely shared video tells viewers").
pub fn is_research_noun(w: &str) -> bool {
    matches!(
        w,
        "study"
            | "survey"
            | "surveys"
            | "poll"
            | "polls"
            | "analysis"
            | "review"
            | "paper"
            | "research"
            | "indictment"
            | "lawsuit"
            | "complaint"
            | "filing"
            | "affidavit"
            // what fact-checkers check speaks for itself too, and no body issued it: "The posts
            // claim that ...", "One widely shared video tells viewers that ...", "A claim
            // circulating on Facebook says ..."
            | "posts"
            | "video"
            | "videos"
            | "claim"
            | "proposal"
            // ("Ship-tracking data reviewed by Meridian showed ...")
            | "data"
            // ("An internal investigation found that ...")
            | "investigation"
            | "inquiry"
            | "audit"
    )
}

/// Nouns that stand for a document that can speak on its own ("the report says").
pub fn is_document_noun(w: &str) -> bool {
    matches!(
        w,
        "report"
            | "statement"
            | "release"
            | "readout"
            | "communique"
            | "communiqué"
            | "study"
            | "survey"
            | "document"
            | "letter"
            | "memo"
            | "filing"
            | "ruling"
            | "decree"
            | "resolution"
            | "analysis"
            | "review"
            | "findings"
            | "indictment"
            | "lawsuit"
            | "complaint"
            | "data"
            | "poll"
            | "editorial"
            | "bulletin"
            | "notice"
            | "order"
            | "verdict"
            | "declaration"
            | "assessment"
            | "forecast"
            // ("internal documents show", "court records show that ...", "emails seen by
            // Reuters show")
            | "documents"
            | "records"
            | "emails"
            | "files"
            | "filings"
            | "minutes"
            | "transcript"
            | "transcripts"
            | "email"
            // ("A draft text seen by Reuters says ..."; not "draft", most often a draft bill)
            | "text"
    )
}

/// Personal pronouns that can be speakers.
pub fn pronoun_kind(w: &str) -> Option<super::ActorKind> {
    use super::ActorKind;
    match w {
        // (object forms: "according to him")
        "he" | "she" | "his" | "her" | "him" | "i" | "my" => Some(ActorKind::Person),
        "they" | "their" | "them" | "we" | "our" => Some(ActorKind::Group),
        "it" | "its" => Some(ActorKind::Org),
        _ => None,
    }
}

/// Capitals and countries used for their governments ("Moscow said", "Washington denied").
pub fn is_place_speaker(w: &str) -> bool {
    matches!(
        w,
        "moscow"
            | "washington"
            | "beijing"
            | "pyongyang"
            | "seoul"
            | "kyiv"
            | "kiev"
            | "tokyo"
            | "london"
            | "paris"
            | "berlin"
            | "brussels"
            | "tehran"
            | "ankara"
            | "jerusalem"
            | "damascus"
            | "minsk"
            | "warsaw"
            | "delhi"
            | "new delhi"
            | "islamabad"
            | "kabul"
            | "cairo"
            | "riyadh"
            | "doha"
            | "taipei"
            | "russia"
            | "ukraine"
            | "china"
            | "america"
            | "britain"
            | "france"
            | "germany"
            | "japan"
            | "iran"
            | "israel"
            | "turkey"
            | "india"
            | "pakistan"
            | "korea"
            | "belarus"
            | "poland"
            | "syria"
            | "egypt"
            | "qatar"
            | "taiwan"
            | "nato"
            | "the west"
            | "europe"
            | "brussels'"
    )
}

/// Words that end an actor phrase when walking left from a cue.
pub fn is_clause_word(w: &str) -> bool {
    matches!(
        w,
        "that"
            | "while"
            | "but"
            | "as"
            | "because"
            | "although"
            | "though"
            | "when"
            | "after"
            | "before"
            | "since"
            | "if"
            | "so"
            | "which"
            | "who"
            | "whom"
            | "where"
            | "whereas"
            | "unless"
            | "until"
            | "than"
            | "yet"
            | "is"
            | "was"
            | "were"
            | "are"
            | "be"
            | "been"
            | "being"
            | "this"
            | "these"
            | "those"
            | "what"
            | "how"
            | "why"
            | "not"
            | "no"
            | "also"
            | "then"
            | "meanwhile"
            | "however"
            | "instead"
            | "today"
            | "yesterday"
            | "there"
            | "here"
            | "now"
            | "still"
            | "even"
            | "only"
            | "said"
            | "says"
            | "with"
            | "by"
            | "to"
            | "on"
            | "at"
            | "into"
            | "about"
            | "against"
            | "over"
            | "under"
            | "between"
            | "during"
            | "without"
            | "through"
            | "amid"
            | "despite"
            | "among"
    )
}

/// Adverbs and auxiliaries allowed between a speaker and its cue ("has previously criticized").
pub fn is_aux_or_adverb(w: &str) -> bool {
    matches!(
        w,
        "has"
            | "have"
            | "had"
            | "long"
            | "also"
            | "previously"
            | "again"
            | "later"
            | "further"
            | "repeatedly"
            | "reportedly"
            | "publicly"
            | "recently"
            | "earlier"
            | "once"
            | "then"
            | "would"
            | "will"
            | "did"
            | "does"
            | "do"
            | "already"
            | "often"
            | "frequently"
            | "firmly"
            | "strongly"
            | "flatly"
            | "categorically"
            | "openly"
            | "privately"
            | "separately"
            | "likewise"
            | "similarly"
            | "subsequently"
            | "initially"
            | "first"
            | "last"
            | "allegedly"
            | "apparently"
            | "reiterated"
            | "may"
            | "might"
            | "could"
            | "should"
            | "must"
            | "can"
            | "not"
            | "never"
            | "always"
            | "just"
            // ("would only say that talks were "ongoing"")
            | "only"
            | "merely"
            | "has also"
            | "quickly"
            | "immediately"
            | "swiftly"
            | "angrily"
            | "calmly"
            | "proudly"
            | "bluntly"
            | "emphatically"
            | "explicitly"
            | "specifically"
            | "directly"
            | "personally"
            | "officially"
            | "formally"
            | "jointly"
            | "together"
            | "himself"
            | "herself"
            | "themselves"
            | "itself"
            | "too"
            | "ultimately"
            | "finally"
            | "eventually"
            | "is"
            | "was"
            | "are"
            | "were"
    )
}

/// Lower-case words allowed inside an actor phrase (determiners, linking prepositions,
/// frequent modifiers of titles and groups).
pub fn is_np_function_word(w: &str) -> bool {
    matches!(
        w,
        "the"
            | "a"
            | "an"
            | "of"
            | "for"
            | "and"
            | "&"
            | "some"
            | "many"
            | "several"
            | "other"
            | "two"
            | "three"
            | "four"
            | "five"
            | "most"
            | "few"
            | "both"
            | "senior"
            | "top"
            | "former"
            | "current"
            | "local"
            | "foreign"
            | "defense"
            | "defence"
            | "military"
            | "health"
            | "government"
            | "state"
            | "federal"
            | "regional"
            | "independent"
            // ("the state-run Korean Central News Agency")
            | "state-run"
            | "state-owned"
            | "state-controlled"
            | "state-backed"
            | "government-run"
            | "semi-official"
            | "pro-government"
            | "western"
            | "eastern"
            | "russian"
            | "ukrainian"
            | "american"
            | "chinese"
            | "korean"
            | "european"
            | "british"
            | "french"
            | "german"
            | "israeli"
            | "iranian"
            | "security"
            | "intelligence"
            | "political"
            | "economic"
            | "industry"
            | "hospital"
            | "press"
            | "deputy"
            | "acting"
            | "interim"
            | "new"
            | "chief"
            | "prime"
            | "vice"
            | "general"
            | "de"
            | "al"
            | "von"
            | "van"
            | "der"
            | "la"
            | "le"
            | "bin"
            | "da"
            | "di"
            | "du"
            | "del"
            | "dos"
            | "el"
            | "his"
            | "her"
            | "its"
            | "their"
            | "our"
            | "one"
            | "unnamed"
            | "anonymous"
            | "nuclear"
            | "energy"
            | "finance"
            | "interior"
            | "justice"
            | "trade"
            | "education"
            | "environment"
            | "public"
            | "medical"
            | "legal"
            | "election"
            | "party"
            | "opposition"
            | "ruling"
            | "union"
            | "company"
            | "city"
            | "police"
            | "army"
            | "navy"
            | "air"
            | "force"
            | "national"
            | "international"
            | "global"
            | "leading"
            | "prominent"
            | "well-known"
            | "veteran"
            | "longtime"
            | "outgoing"
            | "incoming"
            | "newly"
            | "elected"
            | "appointed"
            | "named"
            | "retired"
            | "ex"
            | "north"
            | "south"
            | "in"
            | "at"
            | "from"
    )
}

/// Words for a company that are organisation words too ([`is_org_word`]) and end a company's
/// name ([`is_company_word`]).
const COMPANY_TRADES: &[&str] = &[
    "company",
    "corp",
    "corporation",
    "inc",
    "group",
    "pharma",
    "ltd",
    "holdings",
    "industries",
    "systems",
    "motors",
    "energy",
    "oil",
    "gas",
    "telecom",
];

/// The other words that end a company's name: a trade or a legal form ("Velmora Pharma",
/// "Tekix Holdings", "Volkar AG").
const COMPANY_WORDS: &[&str] = &[
    "pharmaceuticals",
    "airlines",
    "airways",
    "power",
    "biotech",
    "networks",
    "construction",
    "semiconductor",
    "dynamics",
    "agro",
    "grid",
    "digital",
    "technologies",
    "labs",
    "petroleum",
    "steel",
    "mining",
    "foods",
    "chemicals",
    // utilities and carriers ("Thames Water", "Network Rail", "Heathrow Airport"): in a
    // name only, as the common nouns are not a body's ("rising water")
    "water",
    "rail",
    "railways",
    "airport",
    "utilities",
    "logistics",
    "shipping",
    "insurance",
    "telecoms",
    "ag",
    "sa",
    "plc",
    "gmbh",
    "llc",
];

/// Returns true for a word that ends a company's name ([`COMPANY_TRADES`],
/// [`COMPANY_WORDS`]), in any case and with a trailing full stop or comma.
pub fn is_company_word(w: &str) -> bool {
    let w = w.trim_end_matches(['.', ',']);
    COMPANY_TRADES
        .iter()
        .chain(COMPANY_WORDS)
        .any(|c| w.eq_ignore_ascii_case(c))
}

/// Returns true for a word that says what kind of company a body is ("the utility", "the
/// carmaker"): "the company" may refer to a body described so.
pub fn is_company_descriptor(w: &str) -> bool {
    matches!(
        w,
        "company"
            | "firm"
            | "utility"
            | "operator"
            | "airline"
            | "carrier"
            | "carmaker"
            | "automaker"
            | "chipmaker"
            | "drugmaker"
            | "manufacturer"
            | "producer"
            | "retailer"
            | "miner"
            | "exporter"
            | "supplier"
            | "startup"
            | "fintech"
            | "conglomerate"
            | "insurer"
            | "lender"
            | "developer"
            | "contractor"
            // ("The trade body, Wine UK, said", "The campaign group, Free Air, said")
            | "body"
            | "group"
            | "charity"
            | "watchdog"
            | "regulator"
            | "lobby"
            | "association"
            | "union"
            | "organisation"
            | "organization"
    )
}

/// Returns true when a body's name reads as a company's: two words or more, the last a
/// [`is_company_word`] one, and none of a state's ("the Ministry of Energy").
pub fn is_company_name(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    let state = words.iter().any(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        [
            "ministry",
            "agency",
            "government",
            "council",
            "authority",
            "commission",
            "department",
            "office",
            "bureau",
            "court",
            "state",
            "national",
            "federal",
            "central",
            "of",
        ]
        .iter()
        .any(|s| w.eq_ignore_ascii_case(s))
    });
    !state && words.len() >= 2 && words.last().is_some_and(|w| is_company_word(w))
}

/// Returns true for abbreviations whose full stop does not end a sentence.
pub fn is_abbreviation(word: &str) -> bool {
    let w = word.trim_end_matches('.');
    matches!(
        w,
        "Mr" | "Mrs"
            | "Ms"
            | "Dr"
            | "Prof"
            | "Gen"
            | "Lt"
            | "Col"
            | "Sgt"
            | "Capt"
            | "Cmdr"
            | "Adm"
            | "Maj"
            | "Sen"
            | "Rep"
            | "Gov"
            | "Pres"
            | "Rev"
            | "Hon"
            | "St"
            | "Mt"
            | "Ft"
            | "Jr"
            | "Sr"
            | "Jan"
            | "Feb"
            | "Mar"
            | "Apr"
            | "Jun"
            | "Jul"
            | "Aug"
            | "Sep"
            | "Sept"
            | "Oct"
            | "Nov"
            | "Dec"
            | "Inc"
            | "Corp"
            | "Ltd"
            | "Co"
            | "vs"
            | "etc"
            | "approx"
            | "est"
            | "Dept"
            | "Univ"
            | "Ave"
            | "Blvd"
            | "Rd"
            | "No"
            | "Nos"
            | "Fig"
            | "al"
            | "e.g"
            | "i.e"
            | "a.m"
            | "p.m"
            | "U.S"
            | "U.K"
            | "U.N"
            | "E.U"
            | "Messrs"
            | "Mme"
            | "Mlle"
            | "Gens"
            | "Reps"
            | "Sens"
            | "cf"
            | "ca"
            | "Ph.D"
            | "Nr"
    )
}

/// Returns true for an honorific before a surname, in lower case and without its full stop
/// ("ms" for "Ms", "dr" for "Dr.").
pub fn is_honorific(w: &str) -> bool {
    matches!(
        w,
        "mr" | "mrs" | "ms" | "miss" | "mx" | "dr" | "prof" | "sir" | "dame" | "lord" | "lady"
    )
}

/// Returns true for a person's noun that is a post in lower case ("a man told police") and
/// opens a name in capitals ("Man City", "Boy Scouts"), as written.
pub fn is_capitalised_person_noun(w: &str) -> bool {
    matches!(w, "Man" | "Woman" | "Boy" | "Girl")
}

/// Returns true for letters written after a name, as written ("Anne Cole KC", "Jane Smith
/// MP", "Dr Maya Patel, PhD,"): they tell a post or an honour, and are no part of the name.
pub fn is_post_nominal(w: &str) -> bool {
    matches!(
        w,
        "KC" | "QC"
            | "MP"
            | "MSP"
            | "MEP"
            | "MLA"
            | "TD"
            | "OBE"
            | "MBE"
            | "CBE"
            | "KBE"
            | "DBE"
            | "FRS"
            | "PhD"
    )
}

/// Returns true for a month name or its common abbreviation.
pub fn is_month(w: &str) -> bool {
    matches!(
        w,
        "january"
            | "february"
            | "march"
            | "april"
            | "may"
            | "june"
            | "july"
            | "august"
            | "september"
            | "october"
            | "november"
            | "december"
            | "jan"
            | "feb"
            | "mar"
            | "apr"
            | "jun"
            | "jul"
            | "aug"
            | "sep"
            | "sept"
            | "oct"
            | "nov"
            | "dec"
    )
}

/// Returns true for a weekday name.
pub fn is_weekday(w: &str) -> bool {
    matches!(
        w,
        "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday"
    )
}

/// Verbs of condemning: their object and what it is called are what is said ("condemned the
/// strikes as a war crime"); the object alone is a stance ("slammed the plan").
pub fn is_condemnation(w: &str) -> bool {
    matches!(
        w,
        "condemned"
            | "condemns"
            | "slammed"
            | "slams"
            | "blasted"
            | "blasts"
            | "lambasted"
            | "lambasts"
            | "decried"
            | "decries"
            | "condemning"
            | "slamming"
            | "blasting"
            | "lambasting"
    )
}

/// Verbs of scorn, whose object is what is scorned ("mocked the sanctions as "a theatre of
/// the absurd""): a statement only in words of the speaker's own.
pub fn is_scorn_verb(w: &str) -> bool {
    matches!(
        w,
        "mocked"
            | "mocks"
            | "mocking"
            | "derided"
            | "derides"
            | "deriding"
            | "ridiculed"
            | "ridicules"
    )
}

/// Returns true for cues whose object is part of what is said ("accused X of Y", "described
/// X as Y", "called X Y"), as opposed to the audience ("told reporters").
pub fn cue_keeps_object(cue: &str) -> bool {
    matches!(
        cue,
        "considers"
            | "regards"
            | "praised"
            | "praises"
            | "hailed"
            | "hails"
            | "framed"
            | "frames"
            | "portrayed"
            | "portrays"
            | "characterized"
            | "characterised"
            | "branded"
            | "branding"
            | "labelled"
            | "labelling"
            | "labeled"
            | "labeling"
            | "dismissed"
            | "dismisses"
            | "dismissing"
            | "brushed"
            | "brushes"
            | "brushing"
            | "shrugged"
            | "shrugs"
            | "shrugging"
            | "waved"
            | "rejected"
            | "rejects"
            | "rejecting"
            | "accuse"
            | "accuses"
            | "accused"
            | "accusing"
            | "blamed"
            | "blames"
            | "blaming"
            | "describe"
            | "describes"
            | "described"
            | "describing"
            | "criticize"
            | "criticizes"
            | "criticized"
            | "criticise"
            | "criticises"
            | "criticised"
            | "criticizing"
            | "criticising"
            | "call"
            | "called"
            | "calling"
            | "expressed"
            | "expresses"
            | "expressing"
            | "voiced"
            | "voices"
    ) || is_condemnation(cue)
        || is_scorn_verb(cue)
}

/// Maps adjectives of nationality to their country and British spellings to American ones
/// (lower-case words), so that "Korean"/"Korea" and "Defence"/"Defense" meet.
pub fn fold_variant(w: &str) -> &str {
    match w {
        "russian" => "russia",
        "korean" => "korea",
        "ukrainian" => "ukraine",
        "american" | "us" | "u.s" => "america",
        "chinese" => "china",
        "british" | "uk" => "britain",
        "french" => "france",
        "german" => "germany",
        "japanese" => "japan",
        "iranian" => "iran",
        "israeli" => "israel",
        "turkish" => "turkey",
        "indian" => "india",
        "european" => "europe",
        "syrian" => "syria",
        "peruvian" => "peru",
        "bolivian" => "bolivia",
        "dutch" => "netherlands",
        "belarusian" => "belarus",
        "polish" => "poland",
        "defence" => "defense",
        "organisation" => "organization",
        "centre" => "center",
        "programme" => "program",
        other => other,
    }
}

/// A sport's words for a competitor, which read as titles ("sprinter Tessa Marlow said") and
/// refer back to a player named before ("The midfielder declared").
const SPORT_TITLES: &[&str] = &[
    "runner",
    "sprinter",
    "athlete",
    "player",
    "striker",
    "midfielder",
    "goalkeeper",
    "swimmer",
    "cyclist",
    "skier",
    "boxer",
    "champion",
    "footballer",
    "cricketer",
    "golfer",
    "defender",
    "winger",
    "quarterback",
    "jockey",
    "skipper",
];

/// Returns true for a sport's word for a competitor (see [`SPORT_TITLES`]).
pub fn is_sport_title(w: &str) -> bool {
    SPORT_TITLES.contains(&w)
}

/// Returns true for a common first name ("Anika", "Jonas", "Jean"), of either sex or not
/// telling it.
pub fn is_first_name(w: &str) -> bool {
    static OTHER: LazyLock<WordSet> = LazyLock::new(|| name_list(include_str!("names_other.txt")));
    is_female_name(w) || is_male_name(w) || OTHER.contains(w)
}

/// Returns true for a first name given mostly to women ("Anika", "Marta").
pub fn is_female_name(w: &str) -> bool {
    static SET: LazyLock<WordSet> = LazyLock::new(|| name_list(include_str!("names_female.txt")));
    SET.contains(w)
}

/// The names of a list file: one a line, `#` opening a comment line.
fn name_list(file: &'static str) -> WordSet {
    file.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
}

/// Returns true for a first name given mostly to men ("Jonas", "Dmitry").
pub fn is_male_name(w: &str) -> bool {
    static SET: LazyLock<WordSet> = LazyLock::new(|| name_list(include_str!("names_male.txt")));
    SET.contains(w)
}

/// Lower-case words inside names: "Jan de Boer", "Ursula von der Leyen", "Mohammed bin
/// Salman".
pub fn is_name_particle(w: &str) -> bool {
    matches!(
        w,
        "de" | "van"
            | "von"
            | "der"
            | "den"
            | "al"
            | "el"
            | "bin"
            | "da"
            | "di"
            | "du"
            | "la"
            | "le"
            | "del"
            | "dos"
            | "ten"
            | "ter"
    )
}
