/// The figures of one sentence: reads every count, its group of people and its cue, then folds
/// coordinated groups, subsets and repeats.
struct SentenceFigures {
    let words: [FigureWord]
    /// The cue reader, and through it the lexicon.
    let cues: CueReader
    private var lexicon: FigureLexicon { cues.lexicon }

    /// A figure before its text, place and actor are filled in.
    struct Candidate {
        var kind: FigureKind
        var group: PeopleGroup
        var cue: CueReader.Cue?
    }

    init(words: [FigureWord], cues: CueReader) {
        self.words = words
        self.cues = cues
    }

    func figures() -> [Candidate] {
        let cueFlags: WordInfo.Flags = [.afterStart, .beforeEnd, .releaseEnd]
        let hasCue = words.contains { !$0.info.flags.isDisjoint(with: cueFlags) }
        // "a civilian" is a figure only with a cue, so without one the articles are not counts.
        let counts = NumberScanner.scan(words, articles: hasCue).compactMap(\.count).filter {
            (($0.value ?? 1) > 0 || $0.value == nil) && (hasCue || !$0.isSingular)
        }
        let singles = hasCue ? singularCounts(excluding: counts) : []
        let all = (counts + singles).sorted { $0.words.lowerBound < $1.words.lowerBound }
        let groups = all.map { PeopleGroup.read(words, after: $0, lexicon: lexicon) }
        var candidates: [Candidate] = []
        var handled = [Bool](repeating: false, count: all.count)
        var innerPartitive = [Bool](repeating: false, count: all.count)
        for (position, count) in all.enumerated() {
            guard !handled[position], let group = groups[position] else { continue }
            if group.isPartitive {
                for (other, inner) in all.enumerated()
                where other > position && inner.words.lowerBound >= count.words.upperBound
                    && inner.words.upperBound <= group.end
                {
                    innerPartitive[other] = true
                    handled[other] = true
                }
            }
            // Coordinated groups: "one soldier and seven militants", "a, b and c".
            var chain = [position]
            var chainEnd = group.end
            var members = [group]
            while let next = chainedGroup(
                after: chainEnd, all: all, groups: groups, from: (chain.last ?? position) + 1),
                let member = groups[next]
            {
                chain.append(next)
                members.append(member)
                chainEnd = member.end
            }
            let classified = classify(members, chainEnd: chainEnd, candidates: candidates)
            for (offset, member) in chain.enumerated() {
                handled[member] = true
                if let candidate = classified[offset] { candidates.append(candidate) }
            }
        }
        // Inner counts of partitives ("40 of 300 residents") keep their identity only.
        for position in all.indices where innerPartitive[position] {
            guard let group = groups[position], let kind = identityKind(group) else { continue }
            candidates.append(Candidate(kind: kind, group: group, cue: nil))
        }
        return folded(candidates.sorted { $0.group.count.words.lowerBound < $1.group.count.words.lowerBound })
    }

    /// "a"/"an" before a singular person noun is already a count; "another man" is one too.
    private func singularCounts(excluding counts: [CountExpression]) -> [CountExpression] {
        var singles: [CountExpression] = []
        for (index, word) in words.enumerated()
        where word.info.flags.contains(.numberStart) && word.lower == "another" {
            guard !counts.contains(where: { $0.words.contains(index) }) else { continue }
            singles.append(CountExpression(value: 1, low: 1, high: 1, words: index..<index + 1, isSingular: true))
        }
        return singles
    }

    /// The next member of a coordination that ends at `end`: ", N people" or "and N people".
    private func chainedGroup(after end: Int, all: [CountExpression], groups: [PeopleGroup?], from: Int) -> Int? {
        var index = end
        guard index < words.count else { return nil }
        // "three foreign militants - possibly from Uzbekistan - and two local Pakistanis"
        if ["-", "–", "—", "--"].contains(words[index].lower), let after = dashAsideEnd(at: index) { index = after }
        guard index < words.count else { return nil }
        if words[index].lower == "," { index += 1 }
        if index < words.count, words[index].lower == "and" || words[index].lower == "as" {
            index += words[index].lower == "as" ? 3 : 1  // "as well as"
        }
        guard index > end else { return nil }
        for position in from..<all.count where all[position].words.lowerBound == index {
            guard let group = groups[position], group.shape != .elided else { return nil }
            return position
        }
        return nil
    }

    /// The kinds of a coordinated chain of groups (one entry per member; `nil` for no figure).
    private func classify(_ chain: [PeopleGroup], chainEnd: Int, candidates: [Candidate]) -> [Candidate?] {
        let first = chain[0]
        let start = first.count.words.lowerBound
        let left = cues.before(words, count: start)
        let right = cues.after(words, groupEnd: chainEnd) { skipParenthetical(at: $0) }
        let isSubset = isIncluded(at: start)
        var results: [Candidate?] = []
        for group in chain {
            results.append(
                classifyOne(group, left: left, right: right, isSubset: isSubset, previous: candidates.last))
        }
        return results
    }

    private func classifyOne(
        _ group: PeopleGroup, left: (cue: CueReader.Cue?, blocked: Bool), right: (cue: CueReader.Cue?, blocked: Bool),
        isSubset: Bool, previous: Candidate?
    ) -> Candidate? {
        let count = group.count
        let start = count.words.lowerBound
        if isFractionOf(at: start) {
            // "two-thirds of the 12,000 inhabitants fled": only the whole group is a figure, and
            // only by what it is; "4 out of 10 people" is no figure.
            if start >= 2, words[start - 2].lower == "out" { return nil }
            return identityKind(group).map { Candidate(kind: $0, group: group, cue: nil) }
        }
        if group.isPartitive, start > 0, ["identified", "named", "identify", "names"].contains(words[start - 1].lower) {
            return nil
        }
        if let head = group.head, let own = lexicon.after.match(words, startingAt: head), own.length == 1,
            words[head].info.status != nil
        {
            // "1,38,000 dead", "tens of thousands injured": the head is its own cue.
            return Candidate(
                kind: own.kind, group: group,
                cue: CueReader.Cue(kind: own.kind, words: head..<head + 1, isAdjacent: true))
        }
        let headStatus = group.head.flatMap { words[$0].info.status }
        let needsCue = count.isSingular || count.value == 1 || group.shape != .noun
        let leftNoun = left.cue.flatMap { cue in words[cue.words.upperBound - 1].lower == "of" ? cue : nil }
        var status: CueReader.Cue?
        var blocked = false
        if let leftNoun, leftNoun.kind.isStatus {
            status = leftNoun
        } else if let cue = right.cue, cue.kind.isStatus {
            status = cue
            blocked = right.blocked
        } else if let cue = left.cue, cue.kind.isStatus {
            status = cue
            blocked = left.blocked
        } else if let toll = cues.toll(words, count: count.words.lowerBound, after: 0), group.shape != .names {
            status = toll
        }
        if let status, !blocked {
            // Prisoners stay prisoners when they flee (DESIGN: counted whatever happens to them).
            if headStatus == .detained && status.kind == .displaced {
                return Candidate(kind: .detained, group: group, cue: nil)
            }
            return Candidate(kind: status.kind, group: group, cue: status)
        }
        if let modifier = group.statusModifier {
            return Candidate(kind: modifier, group: group, cue: nil)
        }
        if isSubset, let previous, !blocked, group.shape == .noun {
            return Candidate(kind: previous.kind, group: group, cue: nil)
        }
        guard !needsCue || (group.shape == .noun && !count.isSingular && count.value != 1) else { return nil }
        if let kind = headStatus {
            // A status noun carries its kind ("900 prisoners", "2,000 refugees") — but not as a
            // projection ("could kill 10 hostages" still counts hostages as detained).
            return Candidate(kind: kind, group: group, cue: nil)
        }
        if blocked { return identityKind(group).map { Candidate(kind: $0, group: group, cue: nil) } }
        if let cue = left.cue, cue.kind == .population {
            return Candidate(kind: .population, group: group, cue: cue)
        }
        if let cue = right.cue, cue.kind == .population {
            return Candidate(kind: .population, group: group, cue: cue)
        }
        return identityKind(group).map { Candidate(kind: $0, group: group, cue: nil) }
    }

    /// Troops, fighters or residents, from the head noun. Residents count as a population only
    /// when the sentence ties them to a place ("Gaza's 1.4 million residents", "a town of 5,000
    /// inhabitants").
    private func identityKind(_ group: PeopleGroup) -> FigureKind? {
        guard group.shape == .noun, let head = group.head, let kind = words[head].info.identity,
            (group.count.value ?? 2) >= 2, !group.count.isSingular
        else { return nil }
        if group.isPartitive && group.count.value == 1 { return nil }
        if kind == .population {
            let start = group.count.words.lowerBound
            let previous = start > 0 ? words[start - 1].lower : ""
            let beforeThe = start > 1 && previous == "the" ? words[start - 2].lower : ""
            guard
                previous == "'s" || previous == "’s" || previous == "its" || previous == "of" || previous == "their"
                    || beforeThe == "of"
            else { return nil }
        }
        return kind
    }

    /// Whether the count at `start` follows "including", "among them" or "along with".
    private func isIncluded(at start: Int) -> Bool {
        guard start > 0 else { return false }
        let previous = words[start - 1].lower
        if previous == "including" || previous == "includes" || previous == "include" { return true }
        guard start > 1 else { return false }
        let before = words[start - 2].lower
        return (before == "among" && (previous == "them" || previous == "whom"))
            || (before == "along" && previous == "with")
    }

    private static let fractions: WordSet = [
        "half", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "percent", "%", "out", "majority",
        "two-thirds", "one-third", "one-half", "three-quarters", "one-quarter", "minority", "most",
    ]

    /// Whether the count at `start` is the whole of a fraction ("half of the 300 residents",
    /// "4 out of 10").
    private func isFractionOf(at start: Int) -> Bool {
        var index = start - 1
        if index >= 0, words[index].lower == "the" || words[index].lower == "its" { index -= 1 }
        guard index >= 1, words[index].lower == "of" else { return false }
        return Self.fractions.contains(words[index - 1].lower)
    }

    /// Skips ", including two children," or "(…)" or "among 13 injured" from `index`; returns the
    /// index after it, or `nil`.
    private func skipParenthetical(at index: Int) -> Int? {
        let word = words[index].lower
        if word == "(" {
            var next = index + 1
            while next < words.count, next < index + 12 {
                if words[next].lower == ")" { return next + 1 }
                next += 1
            }
            return nil
        }
        if word == "among" {
            guard let count = CountParser.parse(words, at: index + 1) else { return nil }
            return count.words.upperBound
        }
        if word == "-" || word == "–" || word == "—" || word == "--" { return dashAsideEnd(at: index) }
        guard index + 1 < words.count else { return nil }
        let next = words[index + 1].lower
        // ", including two children,", ", mostly civilians,", ", which borders Hong Kong,"
        guard
            next == "including" || next == "mostly" || next == "most" || next == "many" || next == "some"
                || next == "among" || next == "all" || next == "which"
        else { return nil }
        var scan = index + 2
        while scan < words.count, scan < index + 14 {
            if words[scan].lower == "," { return scan + 1 }
            if words[scan].lower == "." || words[scan].lower == ";" { return nil }
            scan += 1
        }
        return nil
    }

    /// The index after an aside between dashes ("- possibly from Uzbekistan -") starting at
    /// `index`, or `nil`.
    private func dashAsideEnd(at index: Int) -> Int? {
        let dash = words[index].lower
        var scan = index + 1
        while scan < words.count, scan < index + 12 {
            let word = words[scan].lower
            if word == dash { return scan + 1 }
            if word == "." || word == ";" { return nil }
            scan += 1
        }
        return nil
    }

    /// One figure per count: a repeat of the same number for the same kind goes.
    private func folded(_ candidates: [Candidate]) -> [Candidate] {
        var kept: [Candidate] = []
        for candidate in candidates {
            let repeats = kept.contains { other in
                other.kind == candidate.kind && other.group.count.value == candidate.group.count.value
                    && other.group.count.low == candidate.group.count.low
                    && other.group.count.high == candidate.group.count.high
                    && !candidate.group.count.isSingular && candidate.group.count.value != 1
                    && (isGeneric(candidate) || isGeneric(other))
            }
            if !repeats { kept.append(candidate) }
        }
        return kept
    }

    /// Heads that restate a group rather than name one ("11 bodies", "the dead").
    private func isGeneric(_ candidate: Candidate) -> Bool {
        guard let head = candidate.group.head else { return true }
        return words[head].info.status != nil
    }
}
