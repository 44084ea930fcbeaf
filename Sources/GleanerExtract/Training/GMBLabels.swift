/// Converts GMB tags (`B-geo`, `I-per`…) to this project's BIO tags.
///
/// `geo` → LOCATION, `org` → ORGANIZATION, `per` → PERSON, `gpe` → NORP; `tim`, `art`, `eve` and
/// `nat` → O. Leading title tokens of PERSON spans are then stripped (see `PersonTitles`), and
/// place and organisation names take the type of the list they are on (see `ListedNameConvention`).
public enum GMBLabels {
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
    /// starting with a `B-` tag; `listedNames` false keeps GMB's types of listed names.
    public static func convert(
        words: [String], rawTags: [Substring], titles: PersonTitles, listedNames: Bool = true
    ) -> [UInt8] {
        var tags = rawTags.map(map)
        for index in tags.indices where TagSet.isInside(tags[index]) {
            if index == 0 || !TagSet.isAllowed(tags[index], after: tags[index - 1]) { tags[index] -= 1 }
        }
        titles.stripTitles(tags: &tags) { titles.contains(words[$0]) }
        if listedNames { ListedNameConvention.relabel(tags: &tags, words: words) }
        return tags
    }
}
