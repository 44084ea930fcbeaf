/// Converts GMB tags (`B-geo`, `I-per`…) to this project's BIO tags.
///
/// `geo` → LOCATION, `org` → ORGANIZATION, `per` → PERSON, `gpe` → NORP; `tim`, `art`, `eve` and
/// `nat` → O. A name split from its title by GMB's tagger becomes the person (see
/// `TitleSplitNames`), leading title tokens of PERSON spans are then stripped (see
/// `PersonTitles`), possessives leave the edges of spans (see `PossessiveEdges`) and lower-case
/// compass adjectives their start (see `CompassWords`), and place and organisation names take the
/// type of the list they are on (see `ListedNameConvention`).
public enum GMBLabels {
    /// Which of the project's label conventions `convert` applies on top of the type mapping and
    /// the title stripping (all on by default; off restores GMB's own labels for those names).
    public struct Conventions: Sendable {
        /// `ListedNameConvention`: listed place, organisation and NORP names keep the list's type.
        public var listedNames: Bool
        /// `TitleSplitNames`: a name split from its title by GMB's tagger is the person.
        public var titleSplitNames: Bool
        /// `PossessiveEdges`: a possessive at a span's edge is outside the name.
        public var possessiveEdges: Bool
        /// `CompassWords`: a lower-case compass adjective at a span's start is outside the name.
        public var compassWords: Bool
        /// `LeadingArticle`: a leading "the" is outside the name (scoring only: training keeps it).
        public var leadingArticle: Bool
        /// `EventNames`: an event's name is not an entity (scoring only: training keeps GMB's).
        public var eventNames: Bool
        /// `AttributiveModifiers`: "Tripoli-based" at a span's start is outside the name (scoring
        /// only: training keeps GMB's spans).
        public var attributiveModifiers: Bool
        /// `OrganizationJoins`: two organisations with "of (the)" or "for (the)" between them are
        /// one name (scoring only: training keeps GMB's spans).
        public var organizationJoins: Bool
        /// `CoordinatedNames`: two listed names joined by "and" are two names (scoring only:
        /// training keeps GMB's spans).
        public var coordinatedNames: Bool
        /// `NationalityJoins`: a nationality word opening a capitalised body's name is inside it
        /// (scoring only: training keeps GMB's spans).
        public var nationalityJoins: Bool
        /// `InnerPossessives`: a possessive inside a span between two names cuts it (scoring
        /// only: training keeps GMB's spans).
        public var innerPossessives: Bool
        /// `KnownPlaces`: a PERSON span that is a listed place and cannot be a person's name is a
        /// LOCATION (scoring only: training keeps GMB's spans).
        public var knownPlaces: Bool
        /// `EmbeddedTitles`: an ORGANIZATION or LOCATION span of a name, an office and a person
        /// ("U.S. Ambassador Zalmay Khalilzad") is the name and the person, the title outside
        /// (scoring only: training keeps GMB's spans).
        public var embeddedTitles: Bool
        /// `ListedOrganizations`: a listed organisation GMB left unmarked is an ORGANIZATION
        /// (scoring only: training keeps GMB's spans).
        public var unmarkedOrganizations: Bool
        /// `AdministrationNames`: a name before "administration" or "regime" is a PERSON
        /// (scoring only: training keeps GMB's spans).
        public var administrationNames: Bool
        /// `GivenNamePersons`: an organisation's span opened by a given name is a PERSON
        /// (scoring only: training keeps GMB's spans).
        public var givenNamePersons: Bool
        /// `KnownOrganizations`: a PERSON span that is a listed organisation and cannot be a
        /// person's name is an ORGANIZATION (scoring only: training keeps GMB's spans).
        public var knownOrganizations: Bool
        /// `OrganizationHeads`: a LOCATION span ending in "Party", "Corporation", "Church"… is an
        /// ORGANIZATION (scoring only: training keeps GMB's spans).
        public var organizationHeads: Bool
        /// `LowercaseTails`: lower-case words at a span's end are outside the name (scoring only:
        /// training keeps GMB's spans).
        public var lowercaseTails: Bool
        /// `TitleOpenedNames`: an organisation's span of titles and a person's name is the person
        /// (scoring only: training keeps GMB's spans).
        public var titleOpenedNames: Bool
        /// `CompassNationalities`: a capitalised compass word before a nationality word joins it
        /// (scoring only: training keeps GMB's spans).
        public var compassNationalities: Bool
        /// `TitleFragments`: a span of title words before the rest of a title or a name is not an
        /// entity (scoring only: training keeps GMB's spans).
        public var titleFragments: Bool
        /// `MentionCleanup.trimEdgePunctuation`: punctuation at a span's edges is outside the name
        /// (scoring only: training keeps GMB's spans).
        public var edgePunctuation: Bool

        /// Conventions chosen one by one; all on by default.
        public init(
            listedNames: Bool = true, titleSplitNames: Bool = true, possessiveEdges: Bool = true,
            compassWords: Bool = true, leadingArticle: Bool = true, eventNames: Bool = true,
            attributiveModifiers: Bool = true, organizationJoins: Bool = true, coordinatedNames: Bool = true,
            nationalityJoins: Bool = true, innerPossessives: Bool = true, knownPlaces: Bool = true,
            embeddedTitles: Bool = true, unmarkedOrganizations: Bool = true, administrationNames: Bool = true,
            givenNamePersons: Bool = true, knownOrganizations: Bool = true, organizationHeads: Bool = true,
            lowercaseTails: Bool = true, titleOpenedNames: Bool = true, compassNationalities: Bool = true,
            titleFragments: Bool = true, edgePunctuation: Bool = true
        ) {
            self.listedNames = listedNames
            self.titleSplitNames = titleSplitNames
            self.possessiveEdges = possessiveEdges
            self.compassWords = compassWords
            self.leadingArticle = leadingArticle
            self.eventNames = eventNames
            self.attributiveModifiers = attributiveModifiers
            self.organizationJoins = organizationJoins
            self.coordinatedNames = coordinatedNames
            self.nationalityJoins = nationalityJoins
            self.innerPossessives = innerPossessives
            self.knownPlaces = knownPlaces
            self.embeddedTitles = embeddedTitles
            self.unmarkedOrganizations = unmarkedOrganizations
            self.administrationNames = administrationNames
            self.givenNamePersons = givenNamePersons
            self.knownOrganizations = knownOrganizations
            self.organizationHeads = organizationHeads
            self.lowercaseTails = lowercaseTails
            self.titleOpenedNames = titleOpenedNames
            self.compassNationalities = compassNationalities
            self.titleFragments = titleFragments
            self.edgePunctuation = edgePunctuation
        }
    }

    /// The project tag for one GMB tag.
    public static func map(_ raw: Substring) -> UInt8 {
        guard raw.count > 2 else { return TagSet.outside }
        let type: EntityType
        switch raw.dropFirst(2) {
        case "geo": type = .location
        case "org": type = .organization
        case "per": type = .person
        case "gpe": type = .norp
        default: return TagSet.outside
        }
        return raw.hasPrefix("I-") ? TagSet.inside(type) : TagSet.begin(type)
    }

    /// Project tags for one sentence of GMB words and tags, with titles stripped and every span
    /// starting with a `B-` tag, under `conventions`.
    public static func convert(
        words: [String], rawTags: [Substring], titles: PersonTitles, conventions: Conventions = Conventions()
    ) -> [UInt8] {
        var tags = rawTags.map(map)
        for index in tags.indices where TagSet.isInside(tags[index]) {
            if index == 0 || !TagSet.isAllowed(tags[index], after: tags[index - 1]) { tags[index] -= 1 }
        }
        // Each word's scalars once, for the rules below that read them token by token.
        let scalars = words.map { Array($0.unicodeScalars) }
        let token = { (index: Int) in scalars[index][...] }
        let isTitle = { (index: Int) in titles.contains(words[index]) }
        if conventions.titleSplitNames { TitleSplitNames.relabel(tags: &tags, words: words, isTitle: isTitle) }
        if conventions.titleFragments { TitleFragments.apply(tags: &tags, isTitle: isTitle, token: token) }
        if conventions.titleOpenedNames { TitleOpenedNames.apply(tags: &tags, isTitle: isTitle, token: token) }
        PersonTitles.stripTitles(tags: &tags, isTitle: isTitle)
        if conventions.possessiveEdges { PossessiveEdges.trim(tags: &tags, words: words) }
        if conventions.embeddedTitles { EmbeddedTitles.apply(tags: &tags, isTitle: isTitle, token: token) }
        if conventions.innerPossessives {
            InnerPossessives.apply(tags: &tags, documents: [tags.indices], isTitle: isTitle, token: token)
        }
        // Compass words and modifiers leave span starts in one pass, as in `MentionCleanup`.
        TagSet.trimStarts(&tags) { index in
            (conventions.compassWords && CompassWords.isLowercaseCompassWord(token(index)))
                || (conventions.attributiveModifiers && AttributiveModifiers.isModifier(token(index)))
        }
        if conventions.edgePunctuation { MentionCleanup.trimEdgePunctuation(tags: &tags, token: token) }
        if conventions.lowercaseTails { LowercaseTails.trim(tags: &tags, token: token) }
        if conventions.leadingArticle { LeadingArticle.trim(tags: &tags, words: words) }
        if conventions.eventNames { EventNames.drop(tags: &tags, words: words) }
        if conventions.coordinatedNames {
            CoordinatedNames.apply(tags: &tags, token: token)
        }
        if conventions.organizationJoins {
            OrganizationJoins.apply(tags: &tags, token: token)
        }
        if conventions.listedNames { ListedNameConvention.relabel(tags: &tags, words: words) }
        if conventions.unmarkedOrganizations { ListedOrganizations.apply(tags: &tags, token: token) }
        if conventions.administrationNames { AdministrationNames.apply(tags: &tags, token: token) }
        // After the listed names: a country name GMB typed `gpe` is a place by then, not a
        // nationality word to join.
        if conventions.nationalityJoins {
            NationalityJoins.apply(tags: &tags, token: token)
        }
        if conventions.knownPlaces { KnownPlaces.apply(tags: &tags, token: token) }
        if conventions.compassNationalities { CompassNationalities.apply(tags: &tags, token: token) }
        if conventions.knownOrganizations { KnownOrganizations.apply(tags: &tags, token: token) }
        if conventions.organizationHeads {
            OrganizationHeads.apply(tags: &tags, token: token)
            PlaceHeads.apply(tags: &tags, token: token)
        }
        if conventions.givenNamePersons {
            GivenNamePersons.apply(tags: &tags, isTitle: isTitle, token: token)
        }
        return tags
    }
}
