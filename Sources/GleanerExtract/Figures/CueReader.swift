/// Finds the word that says what happened to a group of people, in the same clause: a cue before
/// the count ("killing five", "the deaths of 20"), a cue after the group ("were killed",
/// "11 people dead"), or a toll noun earlier in the clause ("the death toll rose to 30"). A cue
/// under a modal ("could kill millions") is a projection and gives nothing.
struct CueReader: Sendable {
    /// A cue and where it sits.
    struct Cue: Sendable, Equatable {
        var kind: FigureKind
        /// The cue's words.
        var words: Range<Int>
        /// Whether only auxiliaries or adverbs stand between the cue and the group.
        var isAdjacent: Bool
    }

    let lexicon: FigureLexicon

    private static let leftAdverbs: WordSet = ["also", "reportedly", "allegedly", "apparently", "all", "then"]
    private static let prepositions: WordSet = [
        "from", "in", "at", "on", "near", "inside", "aboard", "across", "outside", "of", "with",
    ]

    /// A cue verb or noun just before the count. `blocked` is set when a modal or "to" makes it a
    /// projection.
    func before(_ words: [FigureWord], count start: Int) -> (cue: Cue?, blocked: Bool) {
        var end = start - 1
        while end >= 0, Self.leftAdverbs.contains(words[end].lower) { end -= 1 }
        // "arrested the two men", "the bodies of the two soldiers"
        if end >= 1, words[end].lower == "the" { end -= 1 }
        // "killed the driver and two passengers": the verb before a first object.
        var isAdjacent = end == start - 1
        if end >= 2, words[end].lower == "and", let verbEnd = verbBeforeObject(words, endingAt: end - 1) {
            end = verbEnd
            isAdjacent = false
        }
        if let release = lexicon.release.match(words, endingAt: end) {
            return (
                Cue(kind: release.kind, words: end + 1 - release.length..<end + 1, isAdjacent: end == start - 1), false
            )
        }
        guard let match = lexicon.before.match(words, endingAt: end) else { return (nil, false) }
        var kind = match.kind
        var cueStart = end + 1 - match.length
        // "killed or injured five soldiers", "arresting and killing dozens": the first cue.
        if cueStart >= 2, words[cueStart - 1].lower == "or" || words[cueStart - 1].lower == "and",
            let first = lexicon.before.match(words, endingAt: cueStart - 2)
        {
            kind = first.kind
            cueStart = cueStart - 1 - first.length
        }
        let cue = Cue(kind: kind, words: cueStart..<end + 1, isAdjacent: isAdjacent)
        let isNoun = words[end].lower == "of" || words[end].lower == "to"
        let projected =
            isProjection(words, before: cueStart)
            || (Self.baseForms.contains(words[end].lower) && hasModal(words, before: cueStart))
        return (cue, !isNoun && projected)
    }

    /// A cue after the group that ends at `end`.
    func after(_ words: [FigureWord], groupEnd end: Int, skip: (Int) -> Int?) -> (cue: Cue?, blocked: Bool) {
        var index = end
        var blocked = false
        var adjacent = true
        var skippedPhrase = false
        var sawBe = false
        var steps = 0
        while index < words.count, steps < 10 {
            let word = words[index].lower
            if let match = lexicon.after.match(words, startingAt: index) {
                if index > 0, words[index - 1].lower == "to", match.kind != .displaced { blocked = true }
                let cueEnd = index + match.length
                // "a suicide bomber killed five people": an active verb with its own object.
                if !sawBe, match.kind != .displaced, match.kind != .population, cueEnd < words.count,
                    startsObject(words, cueEnd)
                {
                    return (nil, false)
                }
                if Self.baseForms.contains(words[cueEnd - 1].lower), hasModal(words, before: index) { blocked = true }
                return (Cue(kind: match.kind, words: index..<cueEnd, isAdjacent: adjacent), blocked)
            }
            steps += 1
            if Self.beForms.contains(word) { sawBe = true }
            let flags = words[index].info.flags
            if flags.contains(.auxiliary) || flags.contains(.time) || isAdverb(word) {
                index += 1
            } else if flags.contains(.modal) {
                blocked = true
                index += 1
            } else if word == "," || word == "(" || word == "among" || word == "-" || word == "–" || word == "—"
                || word == "--", let next = skip(index)
            {
                adjacent = false
                index = next
            } else if Self.prepositions.contains(word), !skippedPhrase, let next = prepositionalPhraseEnd(words, index)
            {
                adjacent = false
                skippedPhrase = true
                index = next
            } else {
                break
            }
        }
        return (nil, false)
    }

    /// A toll noun earlier in the clause: "the death toll … rose to", "the number of dead is".
    func toll(_ words: [FigureWord], count start: Int, after limit: Int) -> Cue? {
        var index = start - 1
        while index >= max(limit, start - 12) {
            let word = words[index].lower
            if word == "." || word == ";" || word == ":" || word == "," { return nil }
            if let match = lexicon.tolls.match(words, endingAt: index) {
                return Cue(kind: match.kind, words: index + 1 - match.length..<index + 1, isAdjacent: false)
            }
            index -= 1
        }
        return nil
    }

    private static let beForms: WordSet = ["be", "been", "being", "was", "were", "is", "are", "'s", "'re"]
    /// Cue verbs in their base form: after a modal anywhere earlier in the sentence they are a
    /// projection ("could mutate … and kill millions").
    private static let baseForms: WordSet = ["kill", "die", "wound", "injure", "flee", "arrest", "detain"]
    private static let objectStarts: WordSet = [
        "a", "an", "the", "his", "her", "their", "its", "another", "him", "them",
    ]

    /// Whether an object noun phrase starts at `index`.
    private func startsObject(_ words: [FigureWord], _ index: Int) -> Bool {
        let word = words[index].lower
        // "killed or injured five soldiers": the object comes after the second verb.
        if word == "or" || word == "and", index + 1 < words.count,
            let second = lexicon.after.match(words, startingAt: index + 1)
                ?? lexicon.before.match(
                    words, startingAt: index + 1),
            index + 1 + second.length < words.count
        {
            return startsObject(words, index + 1 + second.length)
        }
        if Self.objectStarts.contains(word) || words[index].info.isPerson { return true }
        guard let count = CountParser.parse(words, at: index) else { return false }
        return PeopleGroup.read(words, after: count, lexicon: lexicon) != nil
    }

    private func hasModal(_ words: [FigureWord], before index: Int) -> Bool {
        words[..<index].contains { $0.info.flags.contains(.modal) }
    }

    /// "slightly", "seriously", "critically": adverbs between an auxiliary and its cue.
    private func isAdverb(_ word: LowerWord) -> Bool {
        word.count > 4 && word.hasSuffix("ly") && word != "only"
    }

    /// The index of a cue verb that ends just before a short object ending at `last` ("killed |
    /// the driver"), or `nil`.
    private func verbBeforeObject(_ words: [FigureWord], endingAt last: Int) -> Int? {
        var index = last
        while index >= 0, index > last - 4 {
            if lexicon.before.match(words, endingAt: index) != nil { return index < last ? index : nil }
            let word = words[index]
            guard
                word.info.isPerson || ["the", "a", "an", "his", "her", "their", "its"].contains(word.lower)
                    || PeopleGroup.isModifier(words, index, lexicon: lexicon)
            else { return nil }
            index -= 1
        }
        return nil
    }

    /// A modal or infinitive "to" before the cue at `start`, over auxiliaries.
    private func isProjection(_ words: [FigureWord], before start: Int) -> Bool {
        var index = start - 1
        var steps = 0
        while index >= 0, steps < 4 {
            let word = words[index].lower
            if words[index].info.flags.contains(.modal) || word == "to" { return true }
            guard words[index].info.flags.contains(.auxiliary) || Self.leftAdverbs.contains(word) else { return false }
            index -= 1
            steps += 1
        }
        return false
    }

    /// The end of a short prepositional phrase at `index` ("from outside Asia", "in the village")
    /// when an auxiliary or a cue follows it.
    private func prepositionalPhraseEnd(_ words: [FigureWord], _ index: Int) -> Int? {
        var next = index + 1
        while next < words.count, next <= index + 6 {
            let word = words[next].lower
            if words[next].info.flags.contains(.auxiliary) || lexicon.after.match(words, startingAt: next) != nil {
                return next
            }
            guard let first = word.firstScalar, ScalarText.isLetter(first) || ScalarText.isDigit(first),
                word != "and", word != "or", word != "who", word != "which", word != "that"
            else { return nil }
            next += 1
        }
        return nil
    }
}
