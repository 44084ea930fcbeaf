/// The mentions of one article that have the same words: exact repeats of one surface form.
struct SurfaceGroup: Sendable {
    /// The shared surface form.
    let form: SurfaceForm
    /// Indices of the mentions, in text order.
    let members: [Int]
    /// Whether any of the mentions was tagged PERSON.
    let hasPerson: Bool
    /// The type most of the mentions have.
    let majority: EntityType

    /// The groups of `mentions` (sorted by position; `surfaces[i]` is the form of mention `i`),
    /// in order of first mention.
    static func groups(of mentions: [EntityMention], surfaces: [SurfaceForm]) -> [SurfaceGroup] {
        var forms: [SurfaceForm] = []
        var members: [[Int]] = []
        var groupOfKey: [String: Int] = [:]
        for index in mentions.indices {
            let form = surfaces[index]
            if let group = groupOfKey[form.key] {
                members[group].append(index)
            } else {
                groupOfKey[form.key] = forms.count
                forms.append(form)
                members.append([index])
            }
        }
        return zip(forms, members).map { form, members in
            let group = members.map { mentions[$0] }
            return SurfaceGroup(
                form: form, members: members, hasPerson: group.contains { $0.type == .person },
                majority: EntityMerger.majorityType(group))
        }
    }
}
