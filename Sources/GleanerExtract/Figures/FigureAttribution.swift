/// Turns a classified count into a `Figure`: its evidence span (the number phrase, stretched to a
/// cue right next to it), `who`, the place the sentence names and the actor.
extension SentenceFigures.Candidate {
    func figure(
        in text: TokenizedText, words: [FigureWord], entities: ArraySlice<EntityMention>, lexicon: FigureLexicon
    )
        -> Figure
    {
        let count = group.count
        var first = count.words.lowerBound
        var last = max(group.end, count.words.upperBound) - 1
        if let cue {
            if cue.words.upperBound <= first, cue.isAdjacent {
                first = cue.words.lowerBound
            } else if cue.words.lowerBound >= group.end,
                words[group.end..<cue.words.lowerBound].allSatisfy({
                    $0.info.flags.contains(.auxiliary) || $0.info.flags.contains(.time)
                })
            {
                last = cue.words.upperBound - 1
            }
        }
        let start = words[first].start
        let end = words[last].end
        let who = group.whoStart.flatMap { whoStart in
            group.head.map { text.text(from: words[whoStart].start, to: words[$0].end) }
        }
        return Figure(
            kind: kind, value: count.value, low: count.low, high: count.high, qualifier: count.qualifier, who: who,
            location: location(start: start, end: end, entities: entities),
            actor: actor(in: text, words: words, entities: entities, lexicon: lexicon), start: start, end: end,
            text: text.text(from: start, to: end))
    }

    /// The LOCATION entity of the sentence closest to the figure, preferring one after it.
    private func location(start: Int, end: Int, entities: ArraySlice<EntityMention>) -> String? {
        var best: (distance: Int, text: String)?
        for entity in entities where entity.type == .location {
            let distance =
                entity.start >= end ? entity.start - end : entity.end <= start ? (start - entity.end) * 2 + 1 : 0
            if distance < best?.distance ?? Int.max { best = (distance, entity.text) }
        }
        return best?.text
    }

    /// Whose troops or fighters ("300 Ethiopian soldiers", "Pakistan's troops"), or who did it
    /// ("were killed by gunmen", "militants killed").
    private func actor(
        in text: TokenizedText, words: [FigureWord], entities: ArraySlice<EntityMention>, lexicon: FigureLexicon
    )
        -> String?
    {
        let count = group.count
        if !kind.isStatus {
            if let modifiers = group.capitalisedModifiers, !modifiers.isEmpty {
                return text.text(from: words[modifiers.lowerBound].start, to: words[modifiers.upperBound - 1].end)
            }
            let start = count.words.lowerBound
            if start >= 2, words[start - 1].lower == "'s" || words[start - 1].lower == "’s",
                words[start - 2].isCapitalised
            {
                return entityText(endingAt: words[start - 2].end, entities: entities)
                    ?? text.text(from: words[start - 2].start, to: words[start - 2].end)
            }
            return nil
        }
        guard let cue else { return nil }
        if cue.words.lowerBound >= group.end {
            // "were killed by Taliban gunmen"
            let by = cue.words.upperBound
            guard by + 1 < words.count, words[by].lower == "by" else { return nil }
            return nounPhrase(from: by + 1, in: text, words: words, lexicon: lexicon)
        }
        // "gunmen killed", "Israeli troops have killed"
        var index = cue.words.lowerBound - 1
        while index >= 0, words[index].info.flags.contains(.auxiliary) { index -= 1 }
        guard index >= 0 else { return nil }
        let word = words[index]
        guard word.info.isPerson || word.isCapitalised,
            !word.info.flags.contains(.time), !word.info.flags.contains(.month),
            !entities.contains(where: { $0.type == .location && $0.start <= word.start && word.end <= $0.end })
        else { return nil }
        var start = index
        while start > 0, words[start - 1].isCapitalised || words[start - 1].info.flags.contains(.compound) {
            start -= 1
        }
        return text.text(from: words[start].start, to: word.end)
    }

    private func entityText(endingAt end: Int, entities: ArraySlice<EntityMention>) -> String? {
        entities.first { $0.end == end }?.text
    }

    /// A short noun phrase: capitalised words and person nouns from `start`, skipping articles.
    private func nounPhrase(from start: Int, in text: TokenizedText, words: [FigureWord], lexicon: FigureLexicon)
        -> String?
    {
        var first = start
        while first < words.count, ["a", "an", "the"].contains(words[first].lower) { first += 1 }
        var last = first
        while last < words.count, last < first + 4,
            words[last].isCapitalised || words[last].info.isPerson
                || words[last].info.flags.contains(.compound)
        {
            last += 1
        }
        guard last > first else { return nil }
        return text.text(from: words[first].start, to: words[last - 1].end)
    }
}
