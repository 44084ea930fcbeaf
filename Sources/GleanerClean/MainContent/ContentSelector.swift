/// Decides which blocks of a walked page are the article: resolves boilerplate marks, applies
/// link-density tests, chooses the content container and returns a verdict per block.
///
/// Class and id vocabularies sometimes hit a wrapper of the whole article ("no-sidebars",
/// "post related-…"). So after a first choice, a marked element that holds far more text than
/// was kept is taken as a false positive: its mark is ignored and the choice is made again
/// (at most `maximumRounds` times).
struct ContentSelector {
    /// The verdict for each block, in page order: `nil` keeps it.
    private(set) var verdicts: [DropReason?]
    /// The chosen container element.
    private(set) var container: Int32 = 0
    /// Bytes of the kept blocks.
    private(set) var keptBytes = 0

    /// Link text share above which a single block is dropped.
    static let blockLinkDensity = 0.65
    /// Link text share above which a container element (list, div, table) is dropped.
    static let containerLinkDensity = 0.4
    /// An element with at least this much text outside links is never a link cluster.
    static let clusterPlainBytes: Int32 = 1000
    /// Descend into a child holding at least this share of the container's article text.
    static let descendShare = 0.8
    /// A marked element is un-marked when it holds this many times the kept text.
    static let overrideFactor = 1.5
    static let maximumRounds = 8

    private let elements: [PageElement]
    private let blocks: [PageBlock]
    /// Verdicts that do not depend on the container (title heading, date lines, wording), asked
    /// only for blocks that pass every other test, and remembered.
    private let fixedReason: (Int) -> DropReason?
    private var fixed: [DropReason?]
    private var fixedKnown: [Bool]

    init(elements: [PageElement], blocks: [PageBlock], fixed fixedReason: @escaping (Int) -> DropReason?) {
        self.elements = elements
        self.blocks = blocks
        self.fixedReason = fixedReason
        fixed = Array(repeating: nil, count: blocks.count)
        fixedKnown = Array(repeating: false, count: blocks.count)
        verdicts = Array(repeating: nil, count: blocks.count)
        guard !elements.isEmpty else { return }
        // Text per element that is not link-dense, whatever the marks say.
        var plainText = [Int](repeating: 0, count: elements.count)
        for block in blocks where Double(block.linkBytes) <= Self.blockLinkDensity * Double(block.bytes) {
            var ancestor = block.element
            while ancestor >= 0 {
                plainText[Int(ancestor)] += Int(block.bytes)
                ancestor = elements[Int(ancestor)].parent
            }
        }
        var ignored = Set<Int>()
        for _ in 0..<Self.maximumRounds {
            let effective = select(ignoring: ignored)
            // The marked element holding the most text; un-mark it if it dwarfs the kept text.
            var best = -1
            for index in elements.indices where elements[index].prune != nil && !ignored.contains(index) {
                let parent = Int(elements[index].parent)
                guard parent < 0 || effective[parent] == nil else { continue }  // outermost marks only
                if elements[index].prune == .comments, keptBytes >= HTMLCleaner.minimumArticleBytes { continue }
                if best < 0 || plainText[index] > plainText[best] { best = index }
            }
            guard best >= 0, plainText[best] >= 400,
                Double(plainText[best]) > Self.overrideFactor * Double(max(keptBytes, 1))
            else { break }
            ignored.insert(best)
            // The same class elsewhere on the page is the same false positive (sections of one
            // article that all carry it).
            let shared = elements[best].classHash
            if shared != 0 {
                for index in elements.indices where elements[index].classHash == shared && elements[index].prune != nil
                {
                    ignored.insert(index)
                }
            }
        }
    }

    /// One choice; returns the effective mark per element.
    private mutating func select(ignoring ignored: Set<Int>) -> [DropReason?] {
        let count = elements.count
        // 1. Effective boilerplate mark per element, parents first (pre-order).
        var effective = [DropReason?](repeating: nil, count: count)
        for index in 0..<count {
            let element = elements[index]
            var own = ignored.contains(index) ? nil : element.prune
            // A link cluster: mostly link text, and not much plain text (a wrapper of the article
            // and a big menu has both).
            if own == nil, element.bytes > 0, element.parent >= 0, element.kind != .body, element.kind != .main,
                element.marker == 0, element.bytes - element.linkBytes < Self.clusterPlainBytes
            {
                let density = Double(element.linkBytes) / Double(element.bytes)
                let limit =
                    switch element.kind {
                    case .list, .container, .table, .other: Self.containerLinkDensity
                    default: 2.0
                    }
                if density > limit { own = .linkDense }
            }
            let parent = Int(element.parent)
            effective[index] = own ?? (parent >= 0 ? effective[parent] : nil)
        }
        // 2. Block verdicts before the container choice; article text per element.
        var good = [Int](repeating: 0, count: count)
        for (index, block) in blocks.enumerated() {
            var reason = effective[Int(block.element)]
            if reason == nil, Double(block.linkBytes) > Self.blockLinkDensity * Double(block.bytes),
                !Self.isHeading(elements[Int(block.element)].kind)
            {
                reason = .linkDense
            }
            if reason == nil { reason = fixedVerdict(index) }
            verdicts[index] = reason
            guard reason == nil else { continue }
            let weight = elements[Int(block.element)].kind == .paragraph ? 2 : 1
            var ancestor = block.element
            while ancestor >= 0 {
                good[Int(ancestor)] += weight * Int(block.bytes)
                ancestor = elements[Int(ancestor)].parent
            }
        }
        // 3. The container: the strongest article-body marker with enough text, else the root,
        // then down into any child that holds nearly all of the article text.
        let total = good[0]
        var chosen = 0
        var chosenMarker: UInt8 = 0
        for index in 0..<count where elements[index].marker > 0 && effective[index] == nil {
            let marker = elements[index].marker
            guard good[index] >= 400, Double(good[index]) >= 0.3 * Double(total) else { continue }
            if marker > chosenMarker || (marker == chosenMarker && good[index] > good[chosen]) {
                chosen = index
                chosenMarker = marker
            }
        }
        if chosenMarker < 2 {
            var current = chosen
            while true {
                var next: Int?
                var child = current + 1
                while child <= Int(elements[current].end) {
                    if good[child] > 0, Double(good[child]) >= Self.descendShare * Double(good[current]),
                        Self.canContain(elements[child].kind)
                    {
                        next = child
                        break
                    }
                    child = Int(elements[child].end) + 1
                }
                guard let next else { break }
                current = next
            }
            chosen = current
        }
        container = Int32(chosen)
        keptBytes = 0
        let end = elements[chosen].end
        for (index, block) in blocks.enumerated() {
            let inside = block.element >= chosen && block.element <= end
            guard verdicts[index] == nil else { continue }
            if inside {
                keptBytes += Int(block.bytes)
            } else {
                verdicts[index] = .outsideContent
            }
        }
        return effective
    }

    private mutating func fixedVerdict(_ index: Int) -> DropReason? {
        if !fixedKnown[index] {
            fixed[index] = fixedReason(index)
            fixedKnown[index] = true
        }
        return fixed[index]
    }

    /// Headings are often links to themselves (anchors); whether they belong is left to the
    /// link density of the element around them.
    private static func isHeading(_ kind: ElementKind) -> Bool {
        kind == .heading || kind == .title
    }

    /// Whether an element of this kind can be the content container (not a single paragraph).
    private static func canContain(_ kind: ElementKind) -> Bool {
        switch kind {
        case .paragraph, .title, .heading, .listItem, .link, .preformatted: false
        default: true
        }
    }
}
