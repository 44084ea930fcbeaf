/// The people a count counts: the words after the number up to the head noun ("32 suspected
/// militants", "two of its Afghan employees", "seven Taliban"), or nothing when the noun is left
/// out ("killing six"). A count followed by a noun that is not a person ("12 observation posts")
/// has no group.
struct PeopleGroup: Sendable {
    /// How the group was read.
    enum Shape: Sendable, Equatable {
        /// A person noun heads the group.
        case noun
        /// Capitalised names stand for the people ("seven Taliban", "three Iraqis").
        case names
        /// No noun: the count stands alone ("killing six", "11 wounded").
        case elided
    }

    var count: CountExpression
    var shape: Shape
    /// The head noun's word index, for `.noun` and `.names`.
    var head: Int?
    /// The first word of `who` ("police" of "police officers").
    var whoStart: Int?
    /// One past the group's last word.
    var end: Int
    /// "N of the X", "N of its X": a part of a group.
    var isPartitive: Bool
    /// The capitalised words between the number and the head ("Ethiopian", "Abu Sayyaf").
    var capitalisedModifiers: Range<Int>?
    /// A status word among the modifiers ("two dead gunmen", "900 displaced residents").
    var statusModifier: FigureKind?

    /// Words that may stand between a number and an elided noun ("11 more were killed").
    private static let elisionModifiers: WordSet = ["more", "other", "additional", "others"]
    private static let determiners: WordSet = [
        "the", "its", "their", "his", "her", "those", "these", "our", "them", "whom", "which", "your", "my",
    ]
    /// Closed-class words: never a modifier of the counted noun.
    static let closedClass: Set<String> = [
        "the", "a", "an", "of", "in", "on", "at", "to", "from", "by", "for", "with", "and", "or", "but", "as",
        "near", "into", "onto", "across", "during", "since", "after", "before", "including", "among", "while",
        "when", "where", "who", "whom", "which", "that", "this", "these", "those", "were", "was", "is", "are",
        "be", "been", "being", "have", "has", "had", "will", "would", "could", "can", "may", "might", "should",
        "must", "not", "no", "than", "per", "each", "every", "its", "their", "his", "her", "our", "it", "they",
        "he", "she", "we", "you", "i", "them", "there", "here", "so", "if", "because", "about", "over", "under",
        "up", "down", "out", "off", "through", "between", "against", "without", "within", "toward", "towards",
        "inside", "outside", "aboard", "along", "around", "behind", "beyond", "despite", "like", "unlike",
        "until", "till", "via", "whether", "also", "all", "both", "either", "neither", "some", "any", "most",
        "many", "much", "few", "several", "'s", "’s",
    ]

    /// The group after `count`, or `nil` when the count counts something other than people.
    static func read(_ words: [FigureWord], after count: CountExpression, lexicon: FigureLexicon) -> PeopleGroup? {
        let n = words.count
        var index = count.words.upperBound
        var isPartitive = false
        // "two of the wounded", "one of its soldiers", "40 of 300 residents".
        if count.value != nil, index < n, words[index].lower == "of" {
            var next = index + 1
            while next < n, determiners.contains(words[next].lower) { next += 1 }
            if next < n, let inner = CountParser.parse(words, at: next), !inner.isSingular {
                // "one of nine people arrested": the figure is the nine.
                if count.value == 1 { return nil }
                next = inner.words.upperBound
            }
            if next > index + 1 || (next < n && words[next].info.isPerson) {
                isPartitive = true
                index = next
                if next > 0, words[next - 1].lower == "them" || words[next - 1].lower == "whom" {
                    return PeopleGroup(
                        count: count, shape: .elided, head: nil, whoStart: nil, end: next, isPartitive: true,
                        capitalisedModifiers: nil)
                }
            }
        }
        let afterNumber = index
        var modifierCount = 0
        var onlyElisionModifiers = true
        var capitalStart: Int?
        var capitalEnd: Int?
        var statusModifier: FigureKind?
        while index < n, modifierCount <= 4 {
            let word = words[index]
            if let status = lexicon.after.match(words, startingAt: index), status.length == 1, status.kind.isStatus,
                personNounFollows(words, after: index, lexicon: lexicon)
            {
                statusModifier = status.kind
                onlyElisionModifiers = false
                modifierCount += 1
                index += 1
                continue
            }
            // "wounded", "dead", "missing" head a group only right after the number ("11 wounded",
            // "two of the wounded"); later they are the group's verb ("a roadside bomb wounded").
            let isVerbLike = lexicon.after.match(words, startingAt: index) != nil
            if isVerbLike && word.info.isPerson && index != afterNumber && !onlyElisionModifiers {
                break
            }
            if word.info.isPerson, !(word.isCapitalised && isLikelyName(words, index, lexicon)) {
                var group = nounGroup(
                    words, count: count, head: index, afterNumber: afterNumber, isPartitive: isPartitive,
                    capitals: capitalStart.map { $0..<(capitalEnd ?? $0) }, lexicon: lexicon)
                group?.statusModifier = statusModifier
                return group
            }
            guard isModifier(words, index, lexicon: lexicon) else { break }
            if word.isCapitalised {
                if capitalStart == nil { capitalStart = index }
                capitalEnd = index + 1
            }
            if !elisionModifiers.contains(word.lower) { onlyElisionModifiers = false }
            modifierCount += 1
            index += 1
        }
        if index >= n || !isModifier(words, index, lexicon: lexicon) {
            // No person noun: a run of capitalised names, or an elided noun.
            if let capitalStart, let capitalEnd, capitalEnd == index {
                let end = joinedEnd(words, from: capitalEnd, lexicon: lexicon) ?? capitalEnd
                return PeopleGroup(
                    count: count, shape: .names, head: end - 1, whoStart: capitalStart, end: end,
                    isPartitive: isPartitive, capitalisedModifiers: nil, statusModifier: statusModifier)
            }
            if onlyElisionModifiers {
                return PeopleGroup(
                    count: count, shape: .elided, head: nil, whoStart: nil, end: index, isPartitive: isPartitive,
                    capitalisedModifiers: nil)
            }
        }
        return nil
    }

    /// Whether a person noun follows `index` within three words with only modifiers between
    /// ("dead gunmen", "newly displaced residents"; not "dead and 30 wounded").
    private static func personNounFollows(_ words: [FigureWord], after index: Int, lexicon: FigureLexicon) -> Bool {
        var next = index + 1
        while next < min(words.count, index + 4) {
            if words[next].info.isPerson { return true }
            guard isModifier(words, next, lexicon: lexicon) else { return false }
            next += 1
        }
        return false
    }

    /// "Mercy Corps" is a name; "Marines" is a person noun.
    private static func isLikelyName(_ words: [FigureWord], _ index: Int, _ lexicon: FigureLexicon) -> Bool {
        index + 1 < words.count && words[index + 1].isCapitalised && !words[index + 1].info.isPerson
    }

    private static func nounGroup(
        _ words: [FigureWord], count: CountExpression, head start: Int, afterNumber: Int, isPartitive: Bool,
        capitals: Range<Int>?, lexicon: FigureLexicon
    ) -> PeopleGroup? {
        var head = start
        // Compound person nouns: "police officers", "aid workers", "rebel fighters".
        while head + 1 < words.count, words[head + 1].info.isPerson,
            lexicon.after.match(words, startingAt: head + 1) == nil
        {
            head += 1
        }
        var headWord = words[head].lower
        var isSingularForm = words[head].info.flags.contains(.singularPerson) && !isPluralForm(headWord, lexicon)
        // "three refugee camps", "two police stations": the person noun modifies a thing.
        if head + 1 < words.count {
            let next = words[head + 1]
            let nounContinues =
                !next.isCapitalised && isModifier(words, head + 1, lexicon: lexicon) && !next.lower.hasSuffix("ed")
                && !next.lower.hasSuffix("ing") && lexicon.after.match(words, startingAt: head + 1) == nil
                && !next.info.flags.contains(.auxiliary)
            if nounContinues && (isSingularForm && (count.value ?? 2) > 1 || headWord == "police") {
                // "three police boat drivers": a person noun may still close the compound.
                guard head + 2 < words.count, words[head + 2].info.isPerson,
                    lexicon.after.match(words, startingAt: head + 2) == nil
                else { return nil }
                head += 2
                headWord = words[head].lower
                isSingularForm = words[head].info.flags.contains(.singularPerson) && !isPluralForm(headWord, lexicon)
            }
        }
        if count.isSingular || count.value == 1 {
            // "a civilian", "one soldier": a singular noun; "one of its soldiers" is partitive.
            if !isPartitive && !isSingularForm && words[head].info.status == nil { return nil }
        }
        var whoStart = head
        let groupEnd = joinedEnd(words, from: head + 1, lexicon: lexicon) ?? head + 1
        while whoStart > afterNumber,
            words[whoStart - 1].info.flags.contains(.compound) || words[whoStart - 1].info.isPerson
        {
            whoStart -= 1
        }
        return PeopleGroup(
            count: count, shape: .noun, head: groupEnd - 1, whoStart: whoStart, end: groupEnd,
            isPartitive: isPartitive, capitalisedModifiers: capitals)
    }

    /// The end of nouns joined to a group without a count of their own ("36 militants and
    /// troops", "hundreds of rebels, government troops and civilians"), or `nil`.
    private static func joinedEnd(_ words: [FigureWord], from end: Int, lexicon: FigureLexicon) -> Int? {
        var joined: Int?
        var index = end
        while index < words.count, words[index].lower == "and" || words[index].lower == "," {
            let isComma = words[index].lower == ","
            var next = index + 1
            if next < words.count, words[next].lower == "and" { next += 1 }
            guard next < words.count, CountParser.parse(words, at: next) == nil else { break }
            var modifiers = 0
            // Adjectives may stand before the joined noun ("moderate Hutus"); a word in -ed is more
            // likely a verb ("and advised citizens").
            while next < words.count, modifiers < 3, !words[next].info.isPerson,
                isModifier(words, next, lexicon: lexicon),
                words[next].isCapitalised || !words[next].lower.hasSuffix("ed")
            {
                next += 1
                modifiers += 1
            }
            guard next < words.count, words[next].info.isPerson || words[next].isCapitalised,
                lexicon.after.match(words, startingAt: next) == nil,
                lexicon.before.match(words, startingAt: next) == nil
            else { break }
            while next + 1 < words.count, words[next + 1].info.isPerson,
                lexicon.after.match(words, startingAt: next + 1) == nil
            {
                next += 1
            }
            index = next + 1
            // A comma joins only in a list that ends with "and" ("rebels, troops and civilians").
            if !isComma || (index < words.count && words[index].lower == "and") || (joined != nil) {
                joined = next + 1
            }
            if isComma && !(index < words.count && (words[index].lower == "and" || words[index].lower == ",")) { break }
        }
        return joined
    }

    private static func isPluralForm(_ word: LowerWord, _ lexicon: FigureLexicon) -> Bool {
        // A form listed as singular may also be a plural ("police", "personnel" are plural-only).
        word.hasSuffix("s") && !word.hasSuffix("ss")
            && lexicon.singularPersonNouns.contains(String(word.string.dropLast()))
    }

    /// Whether `word` can stand between a number and its noun: an open-class word, a capitalised
    /// name or a hyphenated word, not punctuation, a closed-class word or a cue.
    static func isModifier(_ words: [FigureWord], _ index: Int, lexicon: FigureLexicon) -> Bool {
        let word = words[index]
        guard let first = word.lower.firstScalar, ScalarText.isLetter(first) || ScalarText.isDigit(first)
        else { return false }
        if !word.info.flags.isDisjoint(with: [.closedClass, .auxiliary, .modal]) { return false }
        if lexicon.after.match(words, startingAt: index) != nil || lexicon.before.match(words, startingAt: index) != nil
        {
            return false
        }
        if word.info.flags.contains(.numberWord)
            || (word.hasHyphen && NumberWords.smallValue(word.lower) != nil)
        {
            return false
        }
        if word.lower.allBytes({ ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2C || $0 == 0x2E }) { return false }
        return true
    }
}
