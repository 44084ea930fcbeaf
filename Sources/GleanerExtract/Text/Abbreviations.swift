/// Words that keep their final period ("Mr.", "Gen.", "Jan.") and how each kind behaves at a
/// sentence end. Matching is exact (case-sensitive) on the word before the period.
enum Abbreviations {
    /// Titles and name prefixes: never end a sentence ("Gen. Smith", "Lt. Col. Jones").
    static let titles: [String] = [
        "Mr", "Mrs", "Ms", "Messrs", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Capt", "Cpt", "Sgt", "Cpl",
        "Pvt", "Adm", "Cmdr", "Brig", "Gov", "Sen", "Rep", "Rev", "Fr", "Hon", "Amb", "Pres", "Supt", "Insp",
        "St", "Mt", "Ft", "Gens", "Sens", "Reps", "No", "Nos", "Vol", "Art", "Sec",
    ]
    /// Other abbreviations: they can end a sentence when the next word clearly starts one.
    static let others: [String] = [
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Jr", "Sr", "Inc", "Corp", "Ltd", "Co", "Bros", "Assn", "Dept", "Univ", "Ave", "Blvd", "Rd",
        "etc", "vs", "approx", "est", "al", "cf", "Ph", "pp", "fig", "Fig",
    ]

    static let titleHashes: Set<UInt64> = Set(titles.map(ScalarText.exactHash))
    static let otherHashes: Set<UInt64> = Set(others.map(ScalarText.exactHash))

    /// Longest entry, so longer words skip the lookup.
    static let maximumLength = 7

    /// Capitalised words that almost always start a sentence, used after "U.S." or "Inc." to decide
    /// whether the period also ends the sentence.
    static let sentenceStarters: Set<UInt64> = Set(
        [
            "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "But", "And", "Or", "So", "Yet",
            "In", "On", "At", "As", "If", "When", "While", "After", "Before", "Since", "Although", "However",
            "This", "That", "These", "Those", "There", "Its", "His", "Her", "Their", "Our", "My", "Some",
            "Many", "Most", "Officials", "Meanwhile", "Earlier", "Later", "Last", "Next", "No", "Not",
        ].map(ScalarText.exactHash))
}
