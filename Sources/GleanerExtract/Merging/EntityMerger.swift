/// Turns the mentions the tagger found in one article into distinct entities, each once with all
/// its mentions, sorted by first mention.
///
/// - Exact repeats (the same words) are one entity, and so are words in capitals and the same
///   words in ordinary case ("ERBIL" in a dateline and "Erbil").
/// - A short form joins the full name it ends: a PERSON mention "Putin" joins an earlier or later
///   PERSON "Vladimir Putin", "Assad" joins "Bashar al-Assad". When a short form ends two different
///   full names ("Assad" with "Bashar Assad" and "Hafez Assad"), each of its mentions joins the
///   nearest full name before it, else the first one after it.
/// - An organisation's short form of two words or more joins the one longer organisation name it
///   ends ("Protection Force" with "Souq al-Juma Protection Force") or, when the rest of the full
///   name is words with an Arabic article, begins ("Harakat al-Fajr" with "Harakat al-Fajr al-Islami").
/// - An acronym joins its expansion when the article gives both: "U.N." or "UN" with "United
///   Nations", "NATO" with "North Atlantic Treaty Organization" (initials of the capitalised words,
///   dots ignored). Not for people, and not when two different expansions fit.
/// - Each entity has one type, that of most of its mentions (ties in `EntityType.allCases`
///   order: PERSON, ORGANIZATION, LOCATION, NORP); mentions in capitals count only when the
///   entity has no other form. Its `text` is its longest form.
///
/// ```swift
/// let entities = EntityMerger.merge(tagger.entities(in: text))
/// ```
public enum EntityMerger {
    /// The distinct entities of `mentions` (one article's), sorted by first mention.
    public static func merge(_ mentions: [EntityMention]) -> [MergedEntity] {
        let mentions = mentions.sorted { ($0.start, $0.end) < ($1.start, $1.end) }
        guard !mentions.isEmpty else { return [] }
        let surfaces = mentions.map { SurfaceForm($0.text) }
        let groups = SurfaceGroup.groups(of: mentions, surfaces: surfaces)
        var sets = DisjointSets(count: mentions.count)

        // Short forms, longest first, so that "Bashar Assad" has joined "Bashar al-Assad"
        // before "Assad" looks for its full name.
        var isShortForm = [Bool](repeating: false, count: groups.count)
        var resolved: [(group: Int, candidates: [Int])] = []
        for (index, group) in groups.enumerated() where group.hasPerson {
            let candidates = groups.indices.filter {
                groups[$0].hasPerson && group.form.isSurname(of: groups[$0].form)
            }
            if !candidates.isEmpty {
                isShortForm[index] = true
                resolved.append((index, candidates))
            }
        }
        // An organisation's short form joins its full name when exactly one fits.
        for (index, group) in groups.enumerated() where group.majority == .organization && !isShortForm[index] {
            let candidates = groups.indices.filter {
                groups[$0].majority == .organization && group.form.isOrganizationShortForm(of: groups[$0].form)
            }
            if candidates.count == 1 {
                isShortForm[index] = true
                resolved.append((index, candidates))
            }
        }
        for (index, group) in groups.enumerated() where !isShortForm[index] {
            for member in group.members.dropFirst() { sets.union(group.members[0], member) }
        }
        joinCapitals(groups, sets: &sets)
        resolved.sort {
            (-groups[$0.group].form.words.count, $0.group) < (-groups[$1.group].form.words.count, $1.group)
        }
        for (index, candidates) in resolved {
            joinShortForm(groups[index], to: candidates.map { groups[$0] }, mentions: mentions, sets: &sets)
        }

        // Acronyms with exactly one expansion (after the merges above).
        for group in groups where group.form.acronym != nil && group.majority != .person {
            let roots = Set(
                groups.filter { $0.form.initials == group.form.acronym && $0.majority != .person }
                    .map { sets.root($0.members[0]) })
            if roots.count == 1, let root = roots.first {
                for member in group.members { sets.union(root, member) }
            }
        }
        return entities(mentions, surfaces: surfaces, sets: &sets)
    }

    /// Joins words in capitals ("ERBIL") to the first group of the same words in ordinary case.
    private static func joinCapitals(_ groups: [SurfaceGroup], sets: inout DisjointSets) {
        var ordinary: [String: Int] = [:]
        for group in groups where !group.form.isCapitals {
            ordinary[group.form.key.lowercased()] = ordinary[group.form.key.lowercased()] ?? group.members[0]
        }
        for group in groups where group.form.isCapitals {
            guard let target = ordinary[group.form.key.lowercased()] else { continue }
            for member in group.members { sets.union(target, member) }
        }
    }

    /// Joins a short form's mentions to its full name; with several full names, each mention to
    /// the nearest one before it, else the first one after it.
    private static func joinShortForm(
        _ group: SurfaceGroup, to candidates: [SurfaceGroup], mentions: [EntityMention], sets: inout DisjointSets
    ) {
        let roots = Set(candidates.map { sets.root($0.members[0]) })
        if roots.count == 1, let root = roots.first {
            for member in group.members { sets.union(root, member) }
            return
        }
        let fullMentions = candidates.flatMap(\.members).sorted()
        for member in group.members {
            let before = fullMentions.last { mentions[$0].start < mentions[member].start }
            sets.union(before ?? fullMentions[0], member)
        }
    }

    private static func entities(
        _ mentions: [EntityMention], surfaces: [SurfaceForm], sets: inout DisjointSets
    ) -> [MergedEntity] {
        var membersByRoot: [Int: [Int]] = [:]
        for index in mentions.indices { membersByRoot[sets.root(index), default: []].append(index) }
        return membersByRoot.values.map { members in
            entity(members.map { (mentions[$0], surfaces[$0]) })
        }.sorted { first, second in
            (first.mentions[0].lowerBound, first.mentions[0].upperBound)
                < (second.mentions[0].lowerBound, second.mentions[0].upperBound)
        }
    }

    /// One entity from its mentions (in text order) and their surface forms.
    private static func entity(_ members: [(mention: EntityMention, form: SurfaceForm)]) -> MergedEntity {
        // The longest form: most words, then most code points, then not in capitals.
        func size(_ member: (mention: EntityMention, form: SurfaceForm)) -> (Int, Int, Int) {
            (member.form.words.count, member.mention.end - member.mention.start, member.form.isCapitals ? 0 : 1)
        }
        var longest = members[0]
        var longestSize = size(longest)
        for member in members.dropFirst() where size(member) > longestSize {
            (longest, longestSize) = (member, size(member))
        }
        var ranges: [Range<Int>] = []
        for (mention, _) in members where ranges.last != mention.start..<mention.end {
            ranges.append(mention.start..<mention.end)
        }
        // The tagger is least reliable on words in capitals (datelines, acronyms): they vote only
        // when the entity has no other form.
        let ordinary = members.filter { !$0.form.isCapitals }.map(\.mention)
        let type = majorityType(ordinary.isEmpty ? members.map(\.mention) : ordinary)
        return MergedEntity(text: longest.form.key, type: type, mentions: ranges)
    }

    /// The type most mentions have; ties go to the first in `EntityType.allCases`.
    static func majorityType(_ members: [EntityMention]) -> EntityType {
        var counts: [EntityType: Int] = [:]
        for mention in members { counts[mention.type, default: 0] += 1 }
        let most = counts.values.max() ?? 0
        return EntityType.allCases.first { counts[$0, default: 0] == most } ?? members[0].type
    }
}
